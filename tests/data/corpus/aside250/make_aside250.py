"""Write the aside250 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 纪检监察建议的整改落实, 巡察整改 (校内巡察, 立行立改事项), 作风督查暗访 (曝光、治庸问责、“四条禁令”),
形式主义官僚主义问题整改 (指尖上的形式主义、政务App清理、为基层减负情况报告).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .doc and .wps (LibreOffice conversions of an
.xlsx and two .docx), a CSV in GBK, a .docx whose items are numbered paragraphs, and a .zip of two returns (an .xlsx
and a .docx). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside250.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 30, 17, 20, 0)
ZIP_TIME = (2024, 7, 30, 17, 20, 0)


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
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "align": "center", "valign": "vcenter"})
        self.group = add({"bold": True, "border": 1, "valign": "vcenter"})

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
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .doc and .wps returns")
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


def _heading(doc, text: str) -> None:
    _paragraph(doc, text, 16, "黑体")


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
# 1. 暗访曝光问题跟踪督办销号台账, after a county 纪委监委's account of its 作风建设专项治理暗访短片 (曝光23个问题，涉及
# 13个部门、7个乡镇; 下达核查处理问题交办函; 督促限期整改; 建立完善跟踪督办和销号销案台账管理机制，确保件件有回音):
# http://szrb.sz-news.com.cn/shtml/szrb/20190108/185582.shtml
# An .xlsx: title, 填报单位/截至 line, one header row with 暗访时间, 交办函编号 and 交办日期, 整改时限 as N个工作日
# counted from each row's 交办日期 (or 长期坚持), a 销号情况 column beside 整改落实情况, a 说明 line and a signature line.
EXPOSED_ROWS = [
    (
        "2024.6.18",
        "市不动产登记中心办事大厅取号机故障两天未修复，群众排队无人引导",
        "市不动产登记中心",
        "濮纪交〔2024〕11号",
        date(2024, 6, 24),
        "10个工作日",
        "已更换取号设备，增设大厅引导岗",
        "已销号",
    ),
    (
        "2024.6.18",
        "中原路街道便民服务中心社保窗口工作人员上班时间玩手机游戏",
        "华龙区中原路街道办事处",
        "濮纪交〔2024〕12号",
        date(2024, 6, 24),
        "10个工作日",
        "已对当事人诫勉谈话，窗口实行每日巡查",
        "已销号",
    ),
    (
        "2024.6.19",
        "城市管理服务热线工作时间多次拨打无人接听",
        "市城管执法局",
        "濮纪交〔2024〕13号",
        date(2024, 6, 24),
        "10个工作日",
        "已调整热线值班安排，接听率提升至98%，待复查",
        "未销号",
    ),
    (
        "2024.6.20",
        "马庄桥镇便民服务中心中午时段大门紧锁，群众办事吃“闭门羹”",
        "清丰县马庄桥镇人民政府",
        "濮纪交〔2024〕14号",
        date(2024, 6, 25),
        "5个工作日",
        "",
        "",
    ),
    (
        "2024.6.20",
        "食品经营许可窗口对材料不全的申请人仅口头告知，未出具一次性告知书",
        "市场监管局",
        "濮纪交〔2024〕15号",
        date(2024, 6, 25),
        "10个工作日",
        "已建立一次性告知制度并组织窗口人员培训",
        "已销号",
    ),
    (
        "2024.6.21",
        "医师执业注册变更窗口以“系统维护”为由连续三天不受理申请",
        "市卫计委",
        "濮纪交〔2024〕16号",
        date(2024, 6, 26),
        "10个工作日",
        "系统已恢复受理，正在核查相关人员责任",
        "未销号",
    ),
    (
        "2024.6.24",
        "陈庄镇村级党群服务中心代办员长期不在岗，代办事项登记簿空白",
        "范县陈庄镇人民政府",
        "濮纪交〔2024〕17号",
        date(2024, 6, 28),
        "10个工作日",
        "未整改",
        "未销号",
    ),
    (
        "2024.6.25",
        "部分公交驾驶员行车中接打电话、到站不停靠",
        "众意公交公司",
        "濮纪交〔2024〕18号",
        date(2024, 6, 28),
        "10个工作日",
        "已约谈驾驶员12人，纳入月度绩效考核",
        "已销号",
    ),
    (
        "2024.6.25",
        "窗口“好差评”系统收到的差评未按规定回访整改",
        "公积金中心",
        "濮纪交〔2024〕19号",
        date(2024, 6, 28),
        "长期坚持",
        "已建立差评件回访机制，每月通报，长期坚持",
        "常态监督",
    ),
]


def write_exposed(path: Path) -> Path:
    b = Book(path, author="党风政风监督室")
    ws = b.sheet("销号台账")
    b.widths(ws, [6, 11, 40, 22, 18, 12, 12, 32, 10])
    b.line(ws, 0, "濮阳市能力作风建设暗访曝光问题跟踪督办销号台账", 8, b.title)
    b.line(ws, 1, "填报单位：中共濮阳市纪委监委党风政风监督室    截至日期：2024年7月30日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "暗访时间",
            "曝光问题",
            "涉及单位",
            "交办函编号",
            "交办日期",
            "整改时限",
            "整改落实情况",
            "销号情况",
        ],
    )
    for i, row in enumerate(EXPOSED_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(EXPOSED_ROWS)
    b.line(
        ws, end, "说明：整改时限自交办之日起计算；整改到位并经复查合格的予以销号，未销号的继续跟踪督办。", 8
    )
    b.line(ws, end + 1, "审核人：申卫国    填表人：孔令雪    联系电话：0393-8990127", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 纪检监察建议整改落实回访评估台账, after a city 纪委监委's 纪检监察建议整改落实闭环监督实施办法 (送达、督办、评估、回访、
# 结果运用; 公开送达、现场交办; 听取汇报、查阅台账、现场检查; 从责任落实、整改实施、制度建设等5个方面明确评估标准和
# 评估结果):
# http://lchospital.cn/yideyifengjianshe/8774.html
# An .xls (xlwt): title, 填报单位 line, a two-row header (整改落实 over 整改期限/整改落实情况, 回访评估 over
# 回访时间/评估结果), 建议书编号, 被建议单位 and 送达日期 merged down over each 建议书's problems, 立行立改 counted from
# the 送达日期, a 注 line and a signature line.
ADVICE_LETTERS = [
    (
        "濮纪建〔2024〕3号",
        "市交通局",
        "2024.5.20",
        [
            (
                "农村公路养护资金拨付审核把关不严，个别养护项目未验收即拨付",
                "2024年7月31日",
                "已对2023年以来养护项目逐一复核，追回资金12.6万元，整改完成",
                "2024.7.22",
                "好",
            ),
            (
                "工程变更签证缺少监理单位和业主代表签字",
                "2024年8月31日",
                "已修订工程变更管理办法，正在组织业务培训",
                "2024.7.22",
                "较好",
            ),
        ],
    ),
    (
        "濮纪建〔2024〕5号",
        "市医保局",
        "2024.5.28",
        [
            (
                "定点医药机构协议管理不严，对违规机构未按协议扣减费用",
                "2024年6月30日",
                "已扣减违规费用38.4万元，暂停2家机构医保服务，已完成",
                "2024.7.15",
                "好",
            ),
            (
                "医保基金稽核岗位未实行轮岗，个别人员连续在岗超过8年",
                "2024年12月31日",
                "轮岗方案已制定，计划年底前完成轮岗",
                "2024.7.15",
                "一般",
            ),
        ],
    ),
    (
        "濮纪建〔2024〕6号",
        "清丰县韩村镇人民政府",
        "2024.6.3",
        [
            ("村级财务“村账镇管”审核流于形式，存在白条入账", "2024年7月15日", "", "", ""),
            ("村务公开栏内容长期未更新", "立行立改", "已于6月5日更新公开内容，整改到位", "2024.7.10", "好"),
        ],
    ),
    (
        "濮纪建〔2024〕8号",
        "市自然资源局",
        "2024.6.14",
        [
            (
                "土地出让金催缴不力，3宗地块欠缴出让金逾期未追缴",
                "2024年9月30日",
                "已发出催缴通知书3份，正在协调分期缴纳",
                "2024.7.25",
                "一般",
            ),
            ("违法用地查处存在“以罚代拆”", "2024年10月31日", "未整改", "2024.7.25", "差"),
        ],
    ),
]


def _advice_cells(styles: dict) -> list[tuple]:
    h, c, ctr = styles["head"], styles["cell"], styles["center"]
    cells: list[tuple] = []
    for col, word in enumerate(["序号", "建议书编号", "被建议单位", "送达日期", "指出的问题"]):
        cells.append((2, col, word, h, 3, col))
    cells.append((2, 5, "整改落实", h, 2, 6))
    cells.append((2, 7, "回访评估", h, 2, 8))
    for col, word in enumerate(["整改期限", "整改落实情况", "回访时间", "评估结果"], 5):
        cells.append((3, col, word, h))
    r, n = 4, 0
    for number, unit, served, problems in ADVICE_LETTERS:
        last = r + len(problems) - 1
        cells += [(r, 1, number, ctr, last, 1), (r, 2, unit, c, last, 2), (r, 3, served, ctr, last, 3)]
        for problem in problems:
            n += 1
            cells.append((r, 0, n, ctr))
            for col, v in enumerate(problem, 4):
                cells.append((r, col, v, ctr if col in (5, 7, 8) else c))
            r += 1
    return cells


def write_advice(path: Path) -> Path:
    styles = {"head": _xf(bold=True, center=True), "cell": _xf(), "center": _xf(center=True)}
    title = _xf(bold=True, border=False, center=True, size=16)
    plain = _xf(border=False)
    cells = [
        (0, 0, "纪检监察建议整改落实回访评估台账（2024年上半年）", title, 0, 8),
        (1, 0, "填报单位：中共濮阳市纪委监委党风政风监督室    回访截至：2024年7月26日", plain, 1, 8),
    ]
    cells += _advice_cells(styles)
    r = 4 + sum(len(p) for *_, p in ADVICE_LETTERS)
    cells += [
        (
            r,
            0,
            "注：评估结果分为好、较好、一般、差四个等次；整改期限以建议书载明为准，“立行立改”事项自送达之日起整改。",
            plain,
            r,
            8,
        ),
        (r + 1, 0, "审核人：郑国栋    填表人：常晓燕    联系电话：0393-8990135", plain, r + 1, 8),
    ]
    return _write_xls(path, [("回访评估", cells)])


# ---------------------------------------------------------------------------------------------
# 3. “指尖上的形式主义”和挂牌过多清理整改清单, after a county 纪委监委's account of its 清理整治 with 县委办、县政府办、
# 县委组织部、县委网信办 (对各乡镇及所辖村、各县直单位微信工作群、各类APP、报表台账、办公场所门牌过多过滥等加重
# 基层负担的形式主义问题开展清理整治; 注销“僵尸”账号、解散临时性群组、整合功能重复的群组; 强制使用、过度留痕、
# 滥用排名、多头填报):
# http://jc-fzw.org.cn/show-99105.html
# A CSV in GBK: a title line, a line with the 交办日期 the 立行立改 rows count from, one header line with 问题类别
# and a 是否完成整改（是/否） column beside a 备注, deadlines as dates / 7月底前 / 年底前 / 立行立改 / 长期坚持, a 合计 line.
FINGERTIP_ROWS = [
    (
        "城关镇人民政府",
        "微信工作群",
        "镇村两级工作群38个，其中“僵尸群”“空壳群”12个",
        "解散僵尸群，整合同类群组",
        "2024年6月30日",
        "是",
        "已解散12个，整合同类群组5个",
    ),
    (
        "元村镇人民政府",
        "门牌标识",
        "村级组织活动场所外挂牌匾平均每村9块，超出规定数量",
        "按规定标准清理规范挂牌",
        "7月底前",
        "否",
        "已清理6个村，其余11个村正在清理",
    ),
    (
        "南乐县教育局",
        "政务APP",
        "要求教师下载安装并每日打卡的学习类APP共4个",
        "取消强制安装和打卡排名",
        "立行立改",
        "是",
        "",
    ),
    (
        "南乐县卫生健康委员会",
        "报表台账",
        "要求村卫生室每月重复填报纸质和电子两套公共卫生台账",
        "实行一次录入、多方共享",
        "2024年9月30日",
        "否",
        "",
    ),
    (
        "谷金楼镇人民政府",
        "微信工作群",
        "要求村干部在工作群内上传工作照片“打卡留痕”",
        "停止晒照打卡",
        "立行立改",
        "是",
        "已于6月18日在全镇干部会上宣布取消",
    ),
    (
        "南乐县农业农村局",
        "报表台账",
        "高标准农田建设进度表每周要求乡镇报送3次",
        "统一为每月报送1次",
        "2024年7月15日",
        "否",
        "已修改报送要求，待县专项工作机制办公室审核",
    ),
    (
        "南乐县住房和城乡建设局",
        "政务APP",
        "自建“智慧住建”APP与省平台功能重复，注册用户不足50人",
        "关停注销",
        "年底前",
        "否",
        "正在办理注销手续",
    ),
    (
        "千口镇人民政府",
        "门牌标识",
        "村（社区）制度上墙面积过大，同一制度重复上墙",
        "规范上墙制度",
        "长期坚持",
        "",
        "纳入日常督查，长期坚持",
    ),
]


def write_fingertip(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["南乐县整治“指尖上的形式主义”和村级组织挂牌过多问题清理整改清单"])
    w.writerow(["交办日期：2024年6月17日（“立行立改”事项自交办之日起整改）    进展截至：2024年7月29日"])
    w.writerow(
        ["序号", "单位名称", "问题类别", "问题表现", "整改要求", "完成时限", "是否完成整改（是/否）", "备注"]
    )
    for i, row in enumerate(FINGERTIP_ROWS, 1):
        w.writerow([i, *row])
    done = sum(1 for r in FINGERTIP_ROWS if r[5] == "是")
    w.writerow(["合计", "", "", f"共{len(FINGERTIP_ROWS)}项", "", "", f"已完成{done}项", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 4. 校党委巡察反馈问题整改台账, after a university 纪委's account of its 二届党委第二轮巡察反馈 (三个巡察组“一对一”
# 向6家二级党委反馈，启动为期三个月的集中整改; 反馈指出四个方面的问题: 贯彻落实党的理论路线方针政策和党中央重大
# 决策部署有不足, 落实全面从严治党责任不到位、廉政风险排查不严不实, 落实新时代党的组织路线有短板, 落实巡视整改
# 不到位):
# https://hkjw.hbust.edu.cn/info/1094/3701.htm
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 填报单位/集中整改期 line,
# the items under the four aspects as rows merged across, 涉及二级党组织 and the college's own 处室 as 责任部门, deadlines
# as dates / 集中整改期内 / 长期坚持, a signature line.
PATROL_GROUPS = [
    (
        "一、贯彻落实党的理论路线方针政策和党中央重大决策部署有不足",
        [
            (
                "理论学习中心组学习计划未结合学院实际，专题研讨次数不足",
                "医药卫生学院党委",
                "修订学习计划，每季度开展专题研讨不少于1次",
                "刘建平",
                "党委宣传部",
                "集中整改期内",
                "已完成，2024年学习计划已修订印发",
            ),
            (
                "产教融合项目推进缓慢，校企合作协议签订后未实质运行",
                "石油化工学院党委",
                "逐项梳理合作协议，明确实施项目和负责人",
                "孙志强",
                "教务处",
                "2024年12月底前",
                "已与3家企业重新签订实施协议，其余正在对接",
            ),
        ],
    ),
    (
        "二、落实全面从严治党责任不到位，廉政风险排查不严不实",
        [
            (
                "招生、采购等关键岗位廉政风险点多年未更新",
                "（学院层面）",
                "全面开展廉政风险排查，更新风险防控清单",
                "韩立新",
                "纪委办公室",
                "2024年6月30日",
                "已更新风险点126个，已完成",
            ),
            (
                "二级学院劳务费发放未履行审批程序",
                "信息工程学院党委",
                "逐笔核查2022年以来劳务费发放，规范审批",
                "王红霞",
                "财务处",
                "2024年7月15日",
                "正在逐笔核查，已退回不合规发放2笔",
            ),
        ],
    ),
    (
        "三、落实新时代党的组织路线有短板",
        [
            (
                "学生党支部组织生活会记录不规范，批评与自我批评流于形式",
                "机电工程学院党委",
                "规范组织生活会程序，纳入支部考核",
                "赵文博",
                "党委组织部",
                "长期坚持",
                "已纳入支部年度考核，长期坚持",
            ),
            (
                "领导班子成员分工调整后未及时明确“一岗双责”清单",
                "经济管理学院党委",
                "重新制定班子成员“一岗双责”清单",
                "赵文博",
                "党委组织部",
                "2024年9月30日",
                "",
            ),
        ],
    ),
    (
        "四、落实巡视整改不到位，整改效果不佳",
        [
            (
                "上轮巡察反馈的实验室危化品管理问题仍未彻底整改",
                "石油化工学院党委",
                "建立危化品采购、存储、使用全过程台账",
                "孙志强",
                "实验实训中心",
                "2024年7月15日",
                "未整改",
            ),
            (
                "巡察整改资料归档不全，部分问题佐证材料缺失",
                "（学院层面）",
                "补齐整改佐证材料，按问题立卷归档",
                "韩立新",
                "党委巡察办",
                "集中整改期内",
                "已补充归档，已销号",
            ),
        ],
    ),
]


def write_patrol_book(path: Path) -> Path:
    b = Book(path, author="党委巡察办")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 40, 18, 32, 10, 14, 14, 30])
    b.line(ws, 0, "中共濮阳职业技术学院委员会第二轮巡察反馈问题整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳职业技术学院（盖章）    集中整改期：2024年4月15日至7月15日    填报日期：2024年7月29日",
        7,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "反馈问题",
            "涉及二级党组织",
            "整改措施",
            "责任领导",
            "责任部门",
            "整改时限",
            "整改完成情况",
        ],
    )
    r, n = 3, 0
    for title, rows in PATROL_GROUPS:
        b.merge(ws, r, 0, r, 7, title, b.group)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(ws, r + 1, "党委巡察办负责人：杜海燕    填表人：闫静    联系电话：0393-4430216", 7)
    return b.close()


def write_patrol(path: Path) -> Path:
    return via_soffice(write_patrol_book, path, "xls", "巡察反馈问题整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 5. 治庸问责暗访发现问题整改情况的报告, after a city 治庸问责办's 作风建设组 暗访 of base-level cadres before the weekend
# (暗访组赴3个城区、11家单位; 按时间逐条记录: 上午10时30分来到江汉区发改委，会计办公室内一名工作人员正在浏览股票
# 网页; 督查员来到成本监审价格认定分局办公室; 审计局固定资产投资科科长玩连连看; 派出所“今日值班”公示牌更新不及时;
# 实名曝光“开小差”者; 单位负责人表示将严肃处理):
# http://jh33jhnhju.pixnet.net/blog/post/140372657
# A .docx: title, 主送, a preamble that states the 通报 date and the 5个工作日内 every item counts from, the items as
# numbered paragraphs (时刻, 单位, 科室, 情形, then 整改情况 in a sentence; one paragraph sets its own date), a closing
# paragraph, the office and date at the foot.
DODGE_PARAS = [
    (
        "（一）6月14日上午10时30分，暗访组来到华龙区发展和改革委员会（以下简称区发改委）。财务室内一名工作人员"
        "正在浏览股票网页，见督查员进入后急忙关闭网页。整改情况：区发改委已对当事人诫勉谈话，并在委机关通报，"
        "已整改到位。"
    ),
    (
        "（二）6月14日上午11时05分，暗访组来到华龙区审计局。固定资产投资审计股办公室内，该股负责人正在电脑上"
        "玩“连连看”游戏。整改情况：区审计局已对当事人进行提醒谈话，责令其作出书面检查，整改完成。"
    ),
    (
        "（三）6月14日下午3时07分，暗访组来到华龙区人力资源和社会保障局劳动保障监察大队。值班公示牌仍停留在"
        "5月份，当日值班人员不在岗。整改情况：该局正在完善值班公示和带班制度。"
    ),
    (
        "（四）6月14日下午3时40分，暗访组来到华龙区黄河路街道办事处党群服务中心。“今日值班”公示牌未更新，"
        "退役军人服务窗口无人在岗。"
    ),
    (
        "（五）6月14日下午4时15分，暗访组来到华龙区城市管理局执法二中队。3名队员在值班室内打扑克。"
        "区城管局须于7月10日前完成执法队伍作风专项整顿。整改情况：专项整顿已启动，尚未完成。"
    ),
    (
        "（六）6月14日下午4时50分，暗访组来到华龙区市场监督管理局孟轲市场监管所。办公区域大门紧锁，"
        "电话无人接听。整改情况：未整改，已责令该局说明情况。"
    ),
    (
        "（七）6月14日下午5时10分，暗访组来到华龙区岳村镇人民政府便民服务中心。2名窗口工作人员提前离岗。"
        "整改情况：岳村镇已对2名脱岗人员扣发当月绩效，整改到位。"
    ),
]


def write_dodge(path: Path) -> Path:
    doc = _new_document("作风建设组")
    _title(doc, "华龙区治庸问责办公室关于机关作风暗访发现问题整改情况的报告")
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "6月14日（周五），区治庸问责办作风建设组分3路对区直部门、街道和乡镇的工作作风进行了暗访，"
        "发现问题7个。6月17日，区治庸问责办印发通报，对相关单位和人员实名曝光，责令被通报单位自通报之日起"
        "5个工作日内完成整改并书面报告。现将暗访发现问题及整改情况报告如下：",
    )
    for text in DODGE_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，区治庸问责办将对整改情况开展“回头看”，对整改不到位的单位再次通报。")
    _paragraph(doc, "华龙区治庸问责办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 6. 纪检监察建议闭环管理台账, after a city 纪委监委's account of its 纪检监察建议 work (形成“发现问题——提出建议——限期
# 整改——常态监督——跟踪回访——结果运用”工作闭环; 纪委监委机关、派驻机构、乡镇(街道)纪检监察机构三个版本的流程图;
# 严格审批把关):
# https://m.news.shi-fen.com/china/202403/50-1569818.html
# An .xlsx (the 派驻机构 version): title, 填报单位 line, a two-row header with the six stages of the loop as groups
# (发现问题 over 问题来源/问题描述, 提出建议 over 建议书文号/被建议单位/送达日期, …), the supervised units under former
# and short names, 整改期限 as 30日内 / 2个月内 counted from the 送达日期, dates and 长期坚持, a signature line.
LOOP_ROWS = [
    (
        "日常监督",
        "物业专项维修资金使用审批把关不严，存在先支取后补手续",
        "濮纪五建〔2024〕2号",
        "市房管局",
        date(2024, 5, 13),
        "30日内",
        "已完成维修资金审批流程再造，整改完成",
        date(2024, 7, 2),
        "整改到位，同意销号",
        "纳入年度党风廉政建设考核",
    ),
    (
        "线索处置",
        "建筑工地扬尘治理执法中存在“以罚代管”",
        "濮纪五建〔2024〕3号",
        "市住建委",
        date(2024, 6, 4),
        "2个月内",
        "正在修订扬尘治理执法裁量基准",
        "",
        "",
        "",
    ),
    (
        "巡察移交",
        "规划条件核实中对容积率超标项目未提出处理意见",
        "濮纪五建〔2024〕4号",
        "市规划局",
        date(2024, 6, 11),
        "2024年9月30日",
        "已对2019年以来47个项目开展复核",
        date(2024, 7, 19),
        "整改未到位，继续督办",
        "",
    ),
    (
        "案件查办",
        "执法车辆派车登记台账不全，存在公车私用风险",
        "濮纪五建〔2024〕5号",
        "市城管委",
        date(2024, 6, 17),
        "30日内",
        "已建立车辆定位监控和派车登记制度",
        date(2024, 7, 24),
        "同意销号",
        "报市纪委监委备案",
    ),
    (
        "日常监督",
        "缴存单位补缴审核中存在“人情审批”",
        "濮纪五建〔2024〕6号",
        "公积金中心",
        date(2024, 6, 20),
        "2024年8月31日",
        "",
        "",
        "",
        "",
    ),
    (
        "信访举报",
        "登记窗口“黄牛”代办，内部人员泄露预约号源",
        "濮纪五建〔2024〕7号",
        "市不动产登记中心",
        date(2024, 6, 27),
        "30日内",
        "尚未启动整改",
        date(2024, 7, 29),
        "逾期未整改，已约谈主要负责人",
        "约谈",
    ),
    (
        "日常监督",
        "市政设施养护项目分包管理不规范",
        "濮纪五建〔2024〕8号",
        "市城市管理局",
        date(2024, 7, 8),
        "2024年10月31日",
        "已制定整改方案，正在推进",
        "",
        "",
        "",
    ),
    (
        "日常监督",
        "重点岗位干部廉政档案更新不及时",
        "濮纪五建〔2024〕9号",
        "市资规局",
        date(2024, 7, 15),
        "长期坚持",
        "已建立廉政档案动态更新机制，常态化推进",
        "",
        "",
        "",
    ),
]


def write_loop(path: Path) -> Path:
    b = Book(path, author="第五派驻纪检监察组")
    ws = b.sheet("闭环管理台账")
    b.widths(ws, [6, 10, 36, 20, 12, 12, 14, 30, 12, 22, 20])
    b.line(ws, 0, "纪检监察建议闭环管理台账（派驻机构）", 10, b.title)
    b.line(
        ws,
        1,
        "填报单位：市纪委监委第五派驻纪检监察组（综合监督市住房和城乡建设局、市城市管理局、市自然资源和规划局等单位）"
        "    填报日期：2024年7月30日",
        10,
    )
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    groups = [
        ("发现问题", ["问题来源", "问题描述"]),
        ("提出建议", ["建议书文号", "被建议单位", "送达日期"]),
        ("限期整改", ["整改期限"]),
        ("常态监督", ["整改进展"]),
        ("跟踪回访", ["回访日期", "回访意见"]),
        ("结果运用", ["结果运用"]),
    ]
    col = 1
    for group, words in groups:
        if len(words) == 1 and words[0] == group:
            b.merge(ws, 2, col, 3, col, group, b.head)
        else:
            b.merge(ws, 2, col, 2, col + len(words) - 1, group, b.head)
            b.header(ws, 3, words, first=col)
        col += len(words)
    for i, row in enumerate(LOOP_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 5 + len(LOOP_ROWS)
    b.line(ws, end, "组长：谷雨田    填表人：骆佳    联系电话：0393-8990251", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 政务移动互联网应用程序清理规范问题清单, after a province's 政务App清理规范 (县级及以下政务服务App全部取消; 梳理发现
# 22个县级及以下政务App中部分App功能较单一、注册用户较少，部分App功能与省级“苏服办”重复，主办单位予以直接关停;
# 不得强制推广下载、不得将点赞量、学习时长等作为考评依据、强制打卡):
# http://m.hkduofen.com/content/2026-01/30/content_1399795.html
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): title, 印发日期/进展截至 line, a table with 应用程序名称 and
# 主办单位 (short names, a county office, a district bureau) beside the problem, 处置方式, deadlines as dates / 年底前 /
# 立行立改, a 注 line and the office at the foot.
APP_ROWS = [
    (
        "“濮阳智慧交通”App",
        "市交通局",
        "功能单一，注册用户不足300人",
        "直接关停",
        "2024年6月30日",
        "已关停，已从应用商店下架",
    ),
    (
        "“健康濮阳”App",
        "市卫健委",
        "预约挂号、报告查询功能与“豫事办”重复",
        "整合迁移至“豫事办”",
        "2024年9月30日",
        "数据迁移中",
    ),
    (
        "“濮阳综合应急”App",
        "市应急局",
        "要求乡镇应急队员每日打卡签到并按在线时长排名",
        "取消打卡签到和排名功能",
        "立行立改",
        "已取消",
    ),
    (
        "“龙都城管通”App",
        "市城管局",
        "强制要求网格员使用并实时上传工作轨迹",
        "取消强制上传轨迹",
        "2024年7月31日",
        "",
    ),
    (
        "“濮阳教育云”App",
        "市教育局",
        "考核通报各校教师安装使用率",
        "停止考核通报，整合至省级平台",
        "年底前",
        "未启动",
    ),
    (
        "“清丰政务通”App",
        "清丰县人民政府办公室",
        "与“豫事办”功能重复，月活跃用户不足100人",
        "直接关停",
        "2024年7月15日",
        "已提交注销申请，等待应用商店审核",
    ),
    (
        "“华龙智慧社区”App",
        "华龙区民政局",
        "要求社区工作者每日上传入户走访照片",
        "取消照片上传要求",
        "2024年6月30日",
        "已整改",
    ),
]


def write_apps_docx(path: Path) -> Path:
    doc = _new_document("专项工作机制办公室")
    _title(doc, "濮阳市政务移动互联网应用程序清理规范问题清单", 18)
    _paragraph(
        doc,
        "市整治形式主义为基层减负专项工作机制办公室    印发日期：2024年6月5日    进展截至：2024年7月26日",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(APP_ROWS, 1)]
    _table(doc, ["序号", "应用程序名称", "主办单位", "存在问题", "处置方式", "完成时限", "进展情况"], body)
    _paragraph(
        doc,
        "注：处置方式分直接关停、整合迁移、限期整改三类；“立行立改”事项自清单印发之日起执行；进展情况由主办单位填报。",
        12,
    )
    _paragraph(doc, "市整治形式主义为基层减负专项工作机制办公室", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_apps(path: Path) -> Path:
    return via_soffice(write_apps_docx, path, "doc", "政务App清理规范问题清单.docx")


# ---------------------------------------------------------------------------------------------
# 8. 明查暗访违反“四条禁令”问题整改反馈 (two returns in one zip), after a city's “转作风、优环境”第一轮明查暗访 (对90个
# 市级部门和11个县(市、区)重点单位、重点乡镇和基层站所的机关作风进行大暗访; 15个市直部门和9个县(市、区)的55人
# 违反机关效能“四条禁令”，存在上班时间QQ聊天、玩电脑游戏等现象; 公示):
# http://ww.zjgwyw.org/2010/0226/5558.html
# A .zip holding an .xlsx from the city 作风效能办 (被查单位 under short and former names, 科室 and the person named, 处理
# 意见, dates) and a .docx with a table from a county 效能办 (towns, bureaus, its own 行政服务中心; 立行立改 counted from
# the 暗访 date the preamble states).
BAN_CITY_ROWS = [
    (
        date(2024, 7, 8),
        "市气象局",
        "办公室",
        "李某",
        "上班时间在电脑上玩网络游戏",
        "效能告诫",
        date(2024, 7, 12),
        "已作出书面检查，在局机关通报",
    ),
    (
        date(2024, 7, 8),
        "市统计局",
        "综合科",
        "王某",
        "上班时间用办公电脑观看网络视频",
        "效能告诫",
        date(2024, 7, 12),
        "已整改",
    ),
    (
        date(2024, 7, 9),
        "市法制办",
        "行政复议科",
        "张某",
        "上班时间网上购物",
        "批评教育",
        date(2024, 7, 15),
        "",
    ),
    (
        date(2024, 7, 10),
        "市交易中心",
        "开评标服务科",
        "赵某",
        "工作时间离岗外出办私事",
        "效能告诫",
        date(2024, 7, 15),
        "正在调查核实",
    ),
]
BAN_COUNTY_ROWS = [
    (
        "郎中乡人民政府",
        "便民服务站大门紧锁，无人在岗",
        "落实值班和AB岗制度",
        "立行立改",
        "已整改，值班表已公示",
    ),
    (
        "濮阳县住房和城乡建设局",
        "工作人员上班时间在办公室吃零食、闲聊",
        "开展作风整顿，严格考勤",
        "7月底前",
        "已召开作风整顿会，考勤打卡制度正在落实",
    ),
    (
        "濮阳县农业农村局",
        "办公楼多个房间上班时间房门紧锁，人员去向不明",
        "建立外出登记制度",
        "2024年8月15日",
        "未整改",
    ),
    (
        "濮阳县行政服务中心",
        "国土窗口工作人员上班时间看网络视频",
        "纳入窗口日常考核",
        "长期坚持",
        "纳入窗口日常考核，长期坚持",
    ),
]


def write_ban_city(path: Path) -> Path:
    b = Book(path, author="市作风效能办")
    ws = b.sheet("市直部门")
    b.widths(ws, [6, 12, 16, 14, 10, 30, 12, 12, 30])
    b.line(ws, 0, "市直部门明查暗访违反效能建设“四条禁令”问题整改反馈表", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市作风效能建设领导小组办公室    填报日期：2024年7月29日", 8)
    b.header(
        ws,
        2,
        ["序号", "检查时间", "被查单位", "科室", "违规人员", "违规情形", "处理意见", "整改时限", "整改情况"],
    )
    for i, row in enumerate(BAN_CITY_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(BAN_CITY_ROWS), "填表人：鲁晓峰    联系电话：0393-8990346", 8)
    return b.close()


def write_ban_county(path: Path) -> Path:
    doc = _new_document("濮阳县效能办")
    _title(doc, "濮阳县明查暗访发现问题整改情况", 18)
    _paragraph(
        doc,
        "填报单位：濮阳县作风效能建设领导小组办公室    暗访时间：2024年7月9日（“立行立改”事项自暗访之日起整改）",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(BAN_COUNTY_ROWS, 1)]
    _table(doc, ["序号", "单位", "存在问题", "整改措施", "整改时限", "整改情况"], body)
    _paragraph(doc, "填表人：贾文涛    联系电话：0393-3212208    2024年7月29日", 12)
    return _save_fixed(doc, path)


def write_ban_zip(path: Path) -> Path:
    members = [
        ("市直部门明查暗访问题整改反馈表.xlsx", write_ban_city),
        ("濮阳县明查暗访发现问题整改情况.docx", write_ban_county),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 9. 整治形式主义为基层减负工作情况报告, after a county's 年度整治形式主义为基层减负工作情况报告 (一、总体成效: 紧盯“文山
# 会海”“指尖上的负担”、督查检查考核过多过滥; 二、主要做法: 精文减会、规范督查检查考核、一表通、集中整治“指尖上的
# 形式主义”; 三、存在的问题; 四、下一步工作安排):
# https://guanshanwenku.com/gongzuozongjie/2026/01/129502.html
# A .doc (Word 97 via LibreOffice): title, 主送, preamble that states the 交办 date the 立行立改 item counts from, the
# four sections, the items as numbered paragraphs under 三 (问题, 责任单位 under short and former names, 整改时限 as
# 6月底前 / 第三季度 / dates / 立行立改, progress in sentences), section 四 and the office and date at the foot.
BURDEN_ITEMS = [
    (
        "（一）向乡镇（街道）摊派填表报数任务。一季度市民政局向乡镇（街道）下发统计报表23种，其中11种与其他部门"
        "重复。责任单位：市民政局。整改时限：2024年6月底前。目前已精简报表9种，剩余2种正在与市统计局对接。"
    ),
    (
        "（二）各类“进校园”活动过多。市教育局全年安排专题教育进校园活动41项，挤占正常教学时间。责任单位："
        "市教育局。整改时限：2024年5月31日。已压减至12项，整改完成。"
    ),
    (
        "（三）督查检查考核多头重复。对乡镇农业农村工作的专项检查与年度综合考核内容重复，乡镇需两次准备材料。"
        "责任单位：市农委。整改时限：第三季度。已拟定合并考核方案，待市专项工作机制审定。"
    ),
    (
        "（四）政务新媒体“僵尸号”。市文广新局及所属单位开设政务公众号7个，其中4个半年以上未更新。责任单位：市文广新局。"
        "整改时限：2024年7月15日。已注销4个，整改到位。"
    ),
    (
        "（五）视频会议层层开到村。全市性卫生健康视频会议要求开到村卫生室，且会议时长普遍超过2小时。"
        "责任单位：市卫健委。整改时限：立行立改。"
    ),
    (
        "（六）过度留痕。城市管理考核要求街道每日上报巡查照片50张以上。责任单位：市城管执法局。整改时限："
        "2024年8月底前。目前未整改。"
    ),
    (
        "（七）责任书层层签订。安全生产检查中要求村级组织签订安全生产责任书并作为考核依据。责任单位：市应急局。"
        "整改措施：规范责任书签订范围，纳入常态化监督，长期坚持。"
    ),
]


def write_burden_docx(path: Path) -> Path:
    doc = _new_document("综合科")
    _title(doc, "关于2024年上半年整治形式主义为基层减负工作情况的报告")
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "按照市委、市政府工作安排，现将2024年上半年全市整治形式主义为基层减负工作情况及发现问题整改情况报告如下。"
        "本报告所列问题均于2024年5月20日市专项工作机制会议交办，“立行立改”事项自交办之日起整改。",
    )
    _heading(doc, "一、总体成效")
    _paragraph(
        doc,
        "上半年，全市发文数量同比下降18%，全市性会议同比减少21%；清理整合政务APP、网络工作群136个；"
        "督查检查考核事项压减合并31项。",
    )
    _heading(doc, "二、主要做法")
    _paragraph(
        doc,
        "一是严格执行精文减会硬杠杠，会议、文件实行年度计划和审批管理。二是规范督查检查考核，推行“综合查、"
        "一次查”。三是推进基层报表“一表通”，集中整治“指尖上的形式主义”。",
    )
    _heading(doc, "三、存在的问题及整改落实情况")
    for text in BURDEN_ITEMS:
        _paragraph(doc, text)
    _heading(doc, "四、下一步工作安排")
    _paragraph(
        doc,
        "下半年，市专项工作机制办公室将对上述问题整改情况开展“回头看”，对整改不力的单位进行通报，"
        "推动减负工作常态长效。",
    )
    _paragraph(doc, "濮阳市整治形式主义为基层减负专项工作机制办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_burden(path: Path) -> Path:
    return via_soffice(write_burden_docx, path, "doc", "基层减负工作情况报告.docx")


# ---------------------------------------------------------------------------------------------
# 10. 立行立改事项对账销号表, after a city 纪委's account of a 市委巡察组's 立行立改 work (巡察组收到群众反映后立即将其
# 作为立行立改事项移交街道，一周后整改; 第一时间下发立行立改通知，要求被巡察单位立即采取整改措施，及时上报整改情况
# 书面报告; 对立行立改问题实行清单化管理，落实对账销号制度; 向分管领导、职能单位抄告问题):
# http://lzljedu.org.cn/dflz/News_show.asp?id=50704&tid=120
# An .xlsx: title, 巡察组/填报日期 line, a two-row header with 对账销号 over two tick columns 已销号 / 未销号 and a 备注,
# the 通知书 and its 下发日期 the deadlines count from (N日内, N个工作日 across the 端午 holiday, 立行立改, 6月底前),
# a 说明 line and a signature line.
PROMPT_ROWS = [
    (
        "巡三立改〔2024〕01号",
        date(2024, 5, 27),
        "华龙区孟轲乡人民政府",
        "群众反映",
        "后河村日间照料中心周末及节假日不开放，老年人无处活动",
        "调整开放时间，落实专人管理",
        "7日内",
        date(2024, 6, 2),
        "√",
        "",
        "",
    ),
    (
        "巡三立改〔2024〕02号",
        date(2024, 5, 27),
        "华龙区岳村镇人民政府",
        "走访发现",
        "村级公益性岗位人员长期不到岗仍领取补贴",
        "清理核查，停发补贴",
        "15日内",
        date(2024, 6, 12),
        "√",
        "",
        "",
    ),
    (
        "巡三立改〔2024〕03号",
        date(2024, 5, 29),
        "华龙区濮上街道办事处",
        "群众反映",
        "老旧小区楼道堆放杂物，消防通道堵塞",
        "立即组织清理",
        "立行立改",
        date(2024, 5, 31),
        "",
        "√",
        "已清理，待巡察组复查",
    ),
    (
        "巡三立改〔2024〕04号",
        date(2024, 6, 3),
        "市退役军人局",
        "群众反映",
        "优待证办理进度查询电话长期占线",
        "增设查询渠道",
        "10个工作日",
        "",
        "",
        "√",
        "已开通微信查询，电话扩容尚未完成",
    ),
    (
        "巡三立改〔2024〕05号",
        date(2024, 6, 5),
        "市残联",
        "走访发现",
        "辅助器具适配申请积压未办理，最长超过3个月",
        "限期清零",
        "2024年6月30日",
        date(2024, 6, 28),
        "√",
        "",
        "",
    ),
    (
        "巡三立改〔2024〕06号",
        date(2024, 6, 12),
        "华龙区胜利路街道办事处",
        "群众反映",
        "社区便民服务站对居民开具证明事项设置前置条件",
        "清理不合理证明事项",
        "立行立改",
        "",
        "",
        "√",
        "逾期未整改，已督促",
    ),
    (
        "巡三立改〔2024〕07号",
        date(2024, 6, 14),
        "华龙区岳村镇人民政府",
        "走访发现",
        "村集体资产出租合同到期未续签，租金未收缴",
        "规范合同管理，收缴租金",
        "6月底前",
        "",
        "",
        "",
        "",
    ),
]


def write_prompt(path: Path) -> Path:
    b = Book(path, author="市委第三巡察组")
    ws = b.sheet("对账销号表")
    b.widths(ws, [6, 20, 12, 22, 10, 36, 24, 12, 14, 8, 8, 26])
    b.line(ws, 0, "市委第三巡察组立行立改事项对账销号表", 11, b.title)
    b.line(ws, 1, "巡察组：中共濮阳市委第三巡察组    填报日期：2024年7月29日", 11)
    words = [
        "序号",
        "通知书编号",
        "下发日期",
        "被巡察单位",
        "问题来源",
        "问题描述",
        "整改要求",
        "整改时限",
        "整改情况书面报告报送日期",
    ]
    for col, word in enumerate(words):
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 9, 2, 10, "对账销号", b.head)
    b.header(ws, 3, ["已销号", "未销号"], first=9)
    b.merge(ws, 2, 11, 3, 11, "备注", b.head)
    for i, row in enumerate(PROMPT_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (9, 10) else None)
    end = 4 + len(PROMPT_ROWS)
    b.line(
        ws,
        end,
        "说明：整改时限自立行立改通知书下发之日起计算；整改情况书面报告经巡察组审核后对账销号，在相应栏内打“√”。",
        11,
    )
    b.line(ws, end + 1, "巡察组联络员：牛振华    联系电话：0393-8990412", 11)
    return b.close()


FILES = [
    ("濮阳市能力作风建设暗访曝光问题跟踪督办销号台账.xlsx", write_exposed),
    ("纪检监察建议整改落实回访评估台账（2024年上半年）.xls", write_advice),
    ("南乐县指尖上的形式主义和挂牌过多问题清理整改清单.csv", write_fingertip),
    ("濮阳职业技术学院第二轮巡察反馈问题整改台账.et", write_patrol),
    ("华龙区治庸问责办关于机关作风暗访发现问题整改情况的报告.docx", write_dodge),
    ("第五派驻纪检监察组纪检监察建议闭环管理台账.xlsx", write_loop),
    ("政务移动互联网应用程序清理规范问题清单.wps", write_apps),
    ("明查暗访违反效能建设四条禁令问题整改反馈（市直、濮阳县）.zip", write_ban_zip),
    ("关于2024年上半年整治形式主义为基层减负工作情况的报告.doc", write_burden),
    ("市委第三巡察组立行立改事项对账销号表.xlsx", write_prompt),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

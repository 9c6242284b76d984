"""Regenerate the dev7 part of the intake corpus (python tests/data/corpus/dev7/make_dev7.py).

Fifteen returns of the kinds the safety and city-services side of a city sends back to its 督查局:
重大火灾隐患挂牌督办 (一单四制), 城镇燃气“四个清单”, 电梯监督抽查, 学校食堂食品安全检查, 城市管理问题工单,
道路交通事故多发点段挂牌整治, 建筑施工安全专项整治检查, 物业服务综合检查, 校园安全检查问题清单 (a city's
schools and a village school's own report), 文化和旅游领域暗访, 汛期水利工程安全检查, 医院行风意见整改,
企业隐患治理 and 地质灾害隐患点台账. Each copies the kind of table a public source shows (the source is
cited next to each layout, repeated in expected.json and listed in SOURCES.txt), none of them used by the
other parts. The contents (problems, names, dates) are made up; the layouts, header words, preambles and
status wordings are the sources' own.

What a person reads in each file is in expected.json beside this script, written by hand by the rules
of tests/data/corpus/README.md (statistics date 2024-07-31), never filled from the tool's output.

Workbooks are written with XlsxWriter (shared strings, as Excel writes them) with a fixed created date;
the .xls, .et and .ods returns are LibreOffice conversions (soffice --headless --convert-to) of a
workbook written here, the .doc and .wps returns conversions of a .docx written here with python-docx
(WPS saves its .et as Excel 97 and its .wps as Word 97), so LibreOffice must be installed. The .csv files
are in UTF-8 with a BOM and in GBK as web systems export them, the .txt in UTF-16 with tabs as Excel's
“Unicode text”, and the .zip carries GBK member names as Windows' built-in zip writes them.
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
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
CREATED = datetime(2024, 7, 31, 9, 0, 0)
FIXED = (2024, 7, 31, 9, 0, 0)


# ---------------------------------------------------------------------------------------------
# A thin layer over XlsxWriter: a workbook with the formats the returns use.
class Book:
    def __init__(self, path: Path):
        self.path = path
        self.book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False})
        self.book.set_properties({"created": CREATED, "author": "Administrator"})
        add = self.book.add_format
        self.title = add({"bold": True, "font_size": 16, "align": "center", "valign": "vcenter"})
        self.text = add({"text_wrap": True, "valign": "vcenter"})
        self.head = add(
            {"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True}
        )
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.section = add({"bold": True, "border": 1, "valign": "vcenter", "bg_color": "#F2F2F2"})
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "align": "center", "valign": "vcenter"})
        self.cn_day = add(
            {"border": 1, "num_format": 'yyyy"年"m"月"d"日"', "align": "center", "valign": "vcenter"}
        )
        self.slash_day = add({"border": 1, "num_format": "yyyy/m/d", "align": "center", "valign": "vcenter"})

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
        elif isinstance(v, date):
            ws.merge_range(r1, c1, r2, c2, None, fmt)
            self.put(ws, r1, c1, v, fmt)
        else:
            ws.merge_range(r1, c1, r2, c2, "" if v is None else str(v), fmt)

    def line(self, ws, r: int, text: str, last: int, fmt=None) -> None:
        """One text merged across columns 0..last (a title, a 填报单位 line, a note)."""
        self.merge(ws, r, 0, r, last, text, fmt or self.text)

    def row(self, ws, r: int, values: list[object], first: int = 0, fmt=None) -> None:
        for c, v in enumerate(values):
            self.put(ws, r, first + c, v, fmt)

    def header(self, ws, r: int, words: list[str], first: int = 0) -> None:
        for c, w in enumerate(words):
            ws.write_string(r, first + c, w, self.head)


def convert(source: Path, suffix: str, target: Path) -> Path:
    """LibreOffice --convert-to, the way an office's older copy comes out."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit(
            "LibreOffice (soffice) is needed to write the .xls, .et, .ods, .doc and .wps returns"
        )
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--convert-to",
                suffix,
                "--outdir",
                tmp,
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        shutil.copyfile(Path(tmp) / source.with_suffix(f".{suffix}").name, target)
    return target


def fixed_zip(path: Path) -> Path:
    """Rewrite a zip-based file (.ods) with fixed member timestamps, member order and compression kept."""
    with zipfile.ZipFile(path) as src:
        members = [(info, src.read(info)) for info in src.infolist()]
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w") as dst:
        for info, data in members:
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED)
            fixed.compress_type = info.compress_type
            fixed.external_attr = info.external_attr
            dst.writestr(fixed, data)
    path.write_bytes(raw.getvalue())
    return path


# Word helpers (python-docx), East Asian fonts set the way Word stores them.
def _east_asian(run, font: str = "仿宋_GB2312", size: float = 12, bold: bool = False) -> None:
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)


def _paragraph(doc, text: str, size: float = 14, font: str = "仿宋_GB2312", align=None, bold=False):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    _east_asian(p.add_run(text), font, size, bold)
    return p


def _cell(
    table, r: int, c: int, text: str, size: float = 10.5, bold: bool = False, font: str = "仿宋_GB2312"
):
    if text:
        _east_asian(table.cell(r, c).paragraphs[0].add_run(text), "黑体" if bold else font, size, bold)


def _new_document():
    doc = Document()
    props = doc.core_properties
    props.author = "Administrator"
    props.created = CREATED
    props.modified = CREATED
    props.last_modified_by = "Administrator"
    return doc


def _save_fixed(doc, path: Path) -> Path:
    """Save a .docx with fixed member timestamps, so that the file is reproducible byte for byte."""
    raw = io.BytesIO()
    doc.save(raw)
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info))
    return path


class _GbkName(zipfile.ZipInfo):
    """A member name stored in GBK without the UTF-8 flag, as Windows' built-in zip writes it."""

    def _encodeFilenameFlags(self):  # noqa: N802 (zipfile's own name)
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


# ---------------------------------------------------------------------------------------------
# 1. 市级挂牌督办重大火灾隐患“一单四制”整改销号台账 (as .xls), after a provincial 消防总队's “一单四制”
# for 重大火灾隐患治理 — a 清单 of hazard units at 省/市/县 level, run by 交办制、台账制、销号制、通报制:
# https://feifmx.com/news100/11038989/20170920/31486185.html
# Level rows (一、市政府挂牌督办 / 二、县（区）政府挂牌督办) inside the table, the 隐患单位 beside its 责任单位,
# a two-row header (销号情况 over 是否销号/销号日期), 整改期限 as 2024年9月30日前, 三个月内 and 60日内 (from the
# 交办日期 the preamble states), 2024.8.31, 2024.6.30, 年底前, 2024年10月底; former/short names; 合计, 说明, 填报人.
FIRE_LEVELS = [
    (
        "一、市政府挂牌督办（4处）",
        [
            [
                "华龙区金豪娱乐会所",
                "华龙区",
                "地下一层KTV包厢疏散通道宽度不足，自动喷水灭火系统瘫痪",
                "华龙区人民政府",
                "2024年9月30日前",
                "已完成喷淋系统修复，正在拓宽疏散通道",
                "否",
                "",
            ],
            [
                "濮阳县福康老年公寓",
                "濮阳县",
                "住宿与储存经营场所合用同一建筑，未采取防火分隔措施",
                "市民政局",
                "三个月内",
                "已拆除一楼仓储区，防火墙砌筑完毕",
                "是",
                "2024.7.12",
            ],
            [
                "清丰县宏远商贸城",
                "清丰县",
                "火灾自动报警系统主机故障，二层部分区域未设置探测器",
                "清丰县人民政府",
                "2024.8.31",
                "已签订维修合同，设备进场安装",
                "否",
                "",
            ],
            [
                "市第三人民医院住院楼",
                "华龙区",
                "住院楼常闭式防火门闭门器损坏，防火门处于开启状态",
                "市卫计委",
                "2024.6.30",
                "已更换闭门器42个",
                "是",
                "2024.6.28",
            ],
        ],
    ),
    (
        "二、县（区）政府挂牌督办（3处）",
        [
            [
                "南乐县鑫源纺织有限公司",
                "南乐县",
                "生产车间采用易燃泡沫夹芯彩钢板搭建，未设置室内消火栓",
                "南乐县人民政府",
                "年底前",
                "企业资金困难，尚未启动整改",
                "否",
                "",
            ],
            [
                "范县城关镇盛世网吧",
                "范县",
                "安全出口被铁栅栏封堵，应急照明灯损坏",
                "范县人民政府",
                "60日内",
                "已拆除铁栅栏，更换应急照明灯",
                "是",
                "2024.7.15",
            ],
            [
                "台前县东方酒店",
                "台前县",
                "厨房燃气管道穿越客房走道，未设置燃气泄漏报警装置",
                "市住建局",
                "2024年10月底",
                "燃气公司已完成改管方案设计，待施工",
                "否",
                "",
            ],
        ],
    ),
]


def write_fire(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("挂牌督办台账")
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 22)
    ws.set_column(2, 2, 8)
    ws.set_column(3, 3, 40)
    ws.set_column(4, 5, 16)
    ws.set_column(6, 6, 30)
    ws.set_column(7, 8, 10)
    last = 8
    b.line(ws, 0, "市级挂牌督办重大火灾隐患“一单四制”整改销号台账", last, b.title)
    b.line(
        ws,
        1,
        "交办单位：市政府安委会办公室　　交办日期：2024年5月20日　　统计截至：2024年7月31日",
        last,
    )
    b.line(
        ws,
        2,
        "按照“一单四制”（清单交办制、台账管理制、整改销号制、定期通报制）要求，各责任单位按交办清单逐处"
        "落实整改，整改完成经属地消防救援机构复查合格后销号。",
        last,
    )
    b.merge(ws, 3, 0, 4, 0, "序号", b.head)
    b.merge(ws, 3, 1, 4, 1, "隐患单位", b.head)
    b.merge(ws, 3, 2, 4, 2, "所在县区", b.head)
    b.merge(ws, 3, 3, 4, 3, "重大火灾隐患（交办清单）", b.head)
    b.merge(ws, 3, 4, 4, 4, "责任单位", b.head)
    b.merge(ws, 3, 5, 4, 5, "整改期限", b.head)
    b.merge(ws, 3, 6, 4, 6, "整改进展（台账）", b.head)
    b.merge(ws, 3, 7, 3, 8, "销号情况", b.head)
    b.header(ws, 4, ["是否销号", "销号日期"], first=7)
    r, n = 5, 0
    for level, rows in FIRE_LEVELS:
        b.line(ws, r, level, last, b.section)
        r += 1
        for values in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, values, first=1)
            r += 1
    b.merge(ws, r, 0, r, 3, "合计：挂牌督办重大火灾隐患7处，已销号3处，未销号4处", b.cell)
    for c in range(4, last + 1):
        ws.write_blank(r, c, None, b.cell)
    b.line(ws, r + 1, "说明：整改期限写“三个月内”“60日内”的，自交办之日起计算。", last)
    b.line(
        ws, r + 3, "填报人：郭振华　　联系电话：0393-4412119　　市消防救援支队防火监督处　2024年7月30日", last
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 城镇燃气安全专项整治“四个清单”销号进展表, after a 高新区 城镇燃气专班's 回头看 of its 燃气安全底数清单、
# 隐患清单、整治清单、验收清单 (“四个清单”; 立行立改; 督办单; 闭环管理):
# https://www.shangluo.gov.cn/gxq/info/1017/3334.htm
# A three-row header (the four 清单 across, their columns, then a 栏次 row of numbers), one hazard merged down
# over its two 整治措施 rows (each with its own 时限), 立行立改 and 15日内 from the row's 检查日期, 7月底前,
# 2024年底前, a date cell; 验收结论 验收合格/复查合格 or blank; short names; 说明 and the 专班 at the foot.
GAS = [
    # 用户名称, 用户类型, 隐患描述, 检查日期, [(整治措施, 完成情况, 整治时限)], 责任单位, 验收结论, 验收日期
    (
        "金水湾大酒店",
        "餐饮场所",
        "后厨液化石油气钢瓶与灶具间距不足1米，未安装燃气泄漏报警装置",
        date(2024, 7, 2),
        [
            ("关闭钢瓶角阀，钢瓶移出灶具周边", "已关闭阀门并移位", "立行立改"),
            ("安装燃气泄漏报警装置和紧急切断阀", "报警器已采购，正在安装", "2024年8月15日"),
        ],
        "高新区建设环保局",
        "",
        "",
    ),
    (
        "高新区第一实验学校食堂",
        "机关企事业单位食堂",
        "燃气管道未设置明显标识，灶具连接软管长度超过2米",
        date(2024, 7, 3),
        [("更换不锈钢波纹管，张贴管道标识", "已更换波纹管，标识已张贴", "2024.7.10")],
        "高新区社会事务服务中心",
        "验收合格",
        date(2024, 7, 12),
    ),
    (
        "豫星化工有限公司职工食堂",
        "工业企业",
        "使用无充装标识、超期未检的液化石油气钢瓶3只",
        date(2024, 7, 3),
        [("收缴超期钢瓶，责令更换合格钢瓶", "已收缴3只超期钢瓶，更换合格钢瓶", "立行立改")],
        "市市场监管局",
        "复查合格",
        date(2024, 7, 5),
    ),
    (
        "胜利路调压站",
        "燃气经营企业",
        "调压箱周边堆放杂物，安全间距内有临时建筑",
        date(2024, 7, 9),
        [("清理杂物，拆除临时建筑", "杂物已清理，临时建筑拆除中", "7月底前")],
        "市燃气公司",
        "",
        "",
    ),
    (
        "海天大厦地下一层美食广场",
        "餐饮场所",
        "地下空间餐饮商户违规使用瓶装液化石油气",
        date(2024, 7, 11),
        [("停用瓶装液化气，改用电炊具", "已责令停用液化气，商户正在改造电炊具", date(2024, 7, 25))],
        "市消防支队",
        "",
        "",
    ),
    (
        "鑫隆建筑工地临时食堂",
        "建筑工地",
        "临时食堂设在彩钢板房内，燃气灶具无熄火保护装置",
        date(2024, 7, 18),
        [("食堂迁出彩钢板房，更换带熄火保护灶具", "", "15日内")],
        "高新区建设环保局",
        "",
        "",
    ),
    (
        "惠民小区",
        "老旧小区居民用户",
        "居民楼燃气外立管锈蚀严重，部分户内仍使用橡胶软管",
        date(2024, 7, 23),
        [("结合老旧小区改造更换立管和户内软管", "已纳入老旧小区改造计划，正在进行管线设计", "2024年底前")],
        "市燃气公司",
        "",
        "",
    ),
]


def write_gas(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("四个清单")
    for c, width in enumerate([5, 22, 12, 36, 12, 30, 24, 16, 14, 12, 12]):
        ws.set_column(c, c, width)
    last = 10
    b.line(ws, 0, "城镇燃气安全专项整治“四个清单”销号进展表", last, b.title)
    b.line(ws, 1, "填报单位：高新区城镇燃气安全专项整治工作专班　　　　统计截至：2024年7月31日", last)
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 2, "底数清单", b.head)
    b.merge(ws, 2, 3, 2, 4, "隐患清单", b.head)
    b.merge(ws, 2, 5, 2, 8, "整治清单", b.head)
    b.merge(ws, 2, 9, 2, 10, "验收清单", b.head)
    b.header(ws, 3, ["用户名称", "用户类型", "隐患描述", "检查日期"], first=1)
    b.header(ws, 3, ["整治措施", "完成情况", "责任单位", "整治时限", "验收结论", "验收日期"], first=5)
    for c in range(last + 1):
        ws.write_string(4, c, str(c) if c else "栏次", b.center)
    r = 5
    for n, (user, kind, hazard, checked, measures, unit, verdict, verdict_day) in enumerate(GAS, start=1):
        end = r + len(measures) - 1
        b.merge(ws, r, 0, end, 0, n, b.center)
        b.merge(ws, r, 1, end, 1, user)
        b.merge(ws, r, 2, end, 2, kind, b.center)
        b.merge(ws, r, 3, end, 3, hazard)
        b.merge(ws, r, 4, end, 4, checked, b.cn_day)
        for i, (measure, done, limit) in enumerate(measures):
            b.put(ws, r + i, 5, measure)
            b.put(ws, r + i, 6, done)
            b.put(ws, r + i, 8, limit, b.cn_day if isinstance(limit, date) else b.center)
        b.merge(ws, r, 7, end, 7, unit, b.center)
        b.merge(ws, r, 9, end, 9, verdict, b.center)
        b.merge(ws, r, 10, end, 10, verdict_day, b.cn_day)
        r = end + 1
    b.line(
        ws,
        r,
        "说明：1.整治时限为“立行立改”或“××日内”的，自检查之日起计算；2.验收清单由专班复查验收后填写，"
        "验收合格的予以销号。",
        last,
    )
    b.line(ws, r + 2, "高新区城镇燃气安全专项整治工作专班　　　　2024年7月31日", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 电梯质量安全监督抽查发现问题整改情况 (as .ods), after a city 市场监管局's 电梯监督抽查 notice: problems in
# 电梯使用管理方面 (紧急报警装置失效, 五方对讲值班室无人接听, 三角钥匙管理不严格) and 电梯维护保养方面 (电气安全开关
# 损坏, 紧急救援装置失效, 对重压板缺失, 底坑照明失效), 责令限期整改, 通报批评, 行政约谈, 交县区立案查处:
# http://pub2biz.cn/html/news/handan/handannews/2021_12/24/218268049.html
# Two section rows (一、使用管理方面 / 二、维护保养方面), the 整改责任单位 (使用单位) beside its 维保单位 (not the unit),
# the 15个工作日 rule stated once above and counted from each row's 抽查日期, 复检结论, a 处理情况 total line.
LIFT_SECTIONS = [
    (
        "一、电梯使用管理方面",
        [
            [
                "濮阳市锦绣物业服务有限公司",
                "河南安达电梯工程有限公司",
                "锦绣花园5号楼电梯紧急报警装置失效，五方对讲值班室无人接听",
                date(2024, 7, 8),
                "责令限期整改",
                "已修复报警装置，值班室落实24小时值守",
                "复检合格",
            ],
            [
                "濮阳市人民医院",
                "濮阳通达电梯维修有限公司",
                "门诊楼3号电梯三角钥匙管理不严格，无领用登记",
                date(2024, 7, 9),
                "责令限期整改",
                "已整改：建立三角钥匙专人保管和领用登记制度",
                "",
            ],
            [
                "濮阳恒丰购物广场有限公司",
                "河南安达电梯工程有限公司",
                "自动扶梯出入口安全警示标志缺失，未设置阻挡装置",
                date(2024, 7, 10),
                "责令限期整改",
                "警示标志已张贴，阻挡装置正在定制",
                "",
            ],
        ],
    ),
    (
        "二、电梯维护保养方面",
        [
            [
                "濮阳市金堤物业管理有限公司",
                "濮阳通达电梯维修有限公司",
                "金堤小区2号电梯底坑照明失效，对重压板缺失",
                date(2024, 7, 11),
                "责令限期整改，对维保单位行政约谈",
                "",
                "",
            ],
            [
                "濮阳市第一高级中学",
                "濮阳鸿运电梯有限公司",
                "教学楼电梯轿顶电气安全开关损坏不能正常动作，维保记录与实际不符",
                date(2024, 7, 11),
                "责令限期整改，移交华龙区市场监管局立案查处",
                "维保单位已更换安全开关，案件调查中",
                "复检合格",
            ],
            [
                "清丰县盛华房地产开发有限公司",
                "濮阳鸿运电梯有限公司",
                "盛华名苑2号楼电梯紧急救援装置失效，超期未检验",
                date(2024, 7, 12),
                "责令停止使用，通报批评",
                "已停梯，检验机构正在排期检验",
                "",
            ],
        ],
    ),
]


def write_lifts(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("抽查发现问题")
    for c, width in enumerate([5, 26, 24, 40, 12, 24, 32, 10]):
        ws.set_column(c, c, width)
    last = 7
    b.line(ws, 0, "电梯质量安全监督抽查发现问题整改情况", last, b.title)
    b.line(
        ws,
        1,
        "抽查时间：2024年7月8日—12日。对抽查发现的问题，责令电梯使用单位自抽查之日起15个工作日内整改完毕，"
        "并督促维保单位配合整改；需复检的，整改后由检验机构复检。",
        last,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "整改责任单位（电梯使用单位）",
            "维保单位",
            "发现问题",
            "抽查日期",
            "处理措施",
            "整改情况",
            "复检结论",
        ],
    )
    r, n = 3, 0
    for section, rows in LIFT_SECTIONS:
        b.line(ws, r, section, last, b.section)
        r += 1
        for values in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, values, first=1)
            b.put(ws, r, 4, values[3], b.slash_day)
            r += 1
    b.line(
        ws, r, "处理情况：责令限期整改6家，通报批评1家，行政约谈维保单位1家，移交立案查处1家。", last, b.cell
    )
    b.line(ws, r + 2, "濮阳市市场监督管理局特种设备安全监察科　　　　2024年7月30日", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 学校食堂食品安全专项监督检查不合格项整改反馈, one 食品商家专项监督检查表 per school stacked down one sheet,
# after the form of a 食品安全监管 app (名称 / 地址 / 类型 大学·高职高专·中学·小学·幼儿园·餐饮企业 / 负责人 /
# 联系电话 / 检查人员 / 检查时间; 检查项目 merged down | 检查内容 | 检查结果 合格·不合格; 其它需要说明的情况):
# https://github.com/wupeilong/DIBC_BKS/blob/1035e799d438f23e9a1b591f81073aabb6fccc09/src/main/webapp/WEB-INF/main/bks_wap/inspect_add.jsp
# The school is in the 名称 cell of its card, the 检查人员 are the inspectors; the deadline only in each
# card's 其它需要说明的情况 line (a date, 7日内, 立行立改, or one rule per problem), 整改情况 beside each row.
CANTEENS = [
    (
        "华龙区实验小学",
        "华龙区建设路中段",
        "小学",
        "王秀兰",
        "13803930121",
        "刘磊、陈晓（华龙区市场监管局）",
        date(2024, 7, 9),
        [
            ("健康管理及培训", "2名从业人员健康证明过期仍在岗", "不合格", "已整改，2人已重新办理健康证明"),
            (
                "落实索证索票制度",
                "采购食用油未索取供货方检验合格证明，无采购记录台账",
                "不合格",
                "已补建采购台账，正在向供货商索取合格证明",
            ),
            ("清洗消毒", "消毒池与清洗水池混用", "不合格", ""),
        ],
        "责令于2024年8月10日前整改完毕，逾期未整改的依法处理。",
    ),
    (
        "濮阳市第四中学",
        "华龙区京开大道与胜利路交叉口",
        "中学",
        "张国庆",
        "13903931566",
        "刘磊、陈晓（华龙区市场监管局）",
        date(2024, 7, 16),
        [
            ("食堂环境", "后厨排烟设施损坏，操作间通风不足", "不合格", "正在整改，已联系厂家维修"),
            ("食品加工制作管理", "留样冰箱未上锁，部分菜品留样不足125克", "不合格", "已整改"),
        ],
        "限7日内整改到位并报送整改照片。",
    ),
    (
        "华龙区育才幼儿园",
        "华龙区中原路128号",
        "幼儿园",
        "李娜",
        "13783930078",
        "王强、赵敏（华龙区市场监管局）",
        date(2024, 7, 22),
        [
            ("许可情况", "食品经营许可证已过有效期未办理延续", "不合格", "已提交延续申请，等待审批"),
            ("使用食品添加剂情况", "食品添加剂未专柜存放，无使用登记", "不合格", "已整改，设专柜专人管理"),
        ],
        "许可证问题于2024年8月31日前办结，其余问题立行立改。",
    ),
]


def write_canteens(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("检查表")
    for c, width in enumerate([16, 44, 10, 32]):
        ws.set_column(c, c, width)
    last = 3
    b.line(ws, 0, "华龙区学校食堂食品安全专项监督检查不合格项整改反馈", last, b.title)
    b.line(ws, 1, "填报单位：华龙区市场监督管理局（盖章）　　　　填报日期：2024年7月30日", last)
    r = 3
    for name, address, kind, boss, phone, inspectors, checked, rows, other in CANTEENS:
        b.line(ws, r, "食品商家专项监督检查表", last, b.head)
        b.row(ws, r + 1, ["名称：", name, "地址：", address])
        ticks = "　".join(
            ("☑" if k == kind else "□") + k
            for k in ["大学", "高职高专", "中学", "小学", "幼儿园", "餐饮企业"]
        )
        b.put(ws, r + 2, 0, "类型：")
        b.merge(ws, r + 2, 1, r + 2, 3, ticks)
        b.row(ws, r + 3, ["负责人：", boss, "联系电话：", phone])
        b.row(ws, r + 4, ["检查人员：", inspectors, "检查时间：", checked])
        b.put(ws, r + 4, 3, checked, b.cn_day)
        b.header(ws, r + 5, ["检查项目", "检查内容", "检查结果", "整改情况"])
        r += 6
        for item, content, result, done in rows:
            b.row(ws, r, [item, content, result, done])
            r += 1
        b.put(ws, r, 0, "其它需要说明的情况", b.center)
        b.merge(ws, r, 1, r, 3, other)
        r += 3
    b.line(ws, r - 1, "填表人：孙倩　　审核人：马建军　　联系电话：0393-8621017", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 城市管理问题工单 as a district 综合管理系统 exports them (UTF-8 with a BOM, header on line 1), with the
# fields of its 工单 query object: 工单编号 (市级编号), 标题, 问题描述, 发生地址, 街道镇, 社区/村, 问题分类, 来源渠道,
# 来电人姓名, 所属部门, 市派单时间, 市截止时间, 剩余时间 (24/48/72小时), 流程 (代签收/待反馈/待审核/完结/退单/
# 延时申请), 逾期:
# https://github.com/wyh19950930/ZHGLXT_YBC/blob/0ec2ac3a76719d323eed98edcf9df48cdc4050da/.svn/pristine/b1/b110bb716f9a4c22238e56313cf21852af6c0bb8.svn-base
# 市派单时间 an event, 市截止时间 the deadline, both text date-times; 剩余时间 a time-limit class; the caller
# beside the 所属部门; short and former names, a 街道办事处 and a centre outside the directory.
ORDER_HEADER = [
    "工单编号",
    "标题",
    "问题描述",
    "发生地址",
    "街道镇",
    "社区/村",
    "问题分类",
    "来源渠道",
    "来电人姓名",
    "所属部门",
    "市派单时间",
    "市截止时间",
    "剩余时间",
    "流程",
    "逾期",
]
ORDERS = [
    [
        "SZ2407010015",
        "胜利路夜市占道经营",
        "胜利路与京开大道交叉口西北角夜市摊贩占用人行道经营，油烟污染严重",
        "华龙区胜利路与京开大道交叉口",
        "胜利路街道",
        "京开社区",
        "市容环境/占道经营",
        "12345热线",
        "孙**",
        "市城管局",
        "2024-07-01 09:20:11",
        "2024-07-04 09:20:11",
        "72小时",
        "完结",
        "否",
    ],
    [
        "SZ2407030102",
        "建设路沿街商户店外堆放杂物",
        "建设路东段沿街商户在店外人行道堆放纸箱、杂物，影响行人通行",
        "华龙区建设路东段",
        "中原路街道",
        "建设社区",
        "市容环境/店外经营",
        "数字城管巡查",
        "",
        "华龙区中原路街道办事处",
        "2024-07-03 14:05:40",
        "2024-07-06 14:05:40",
        "72小时",
        "延时申请",
        "否",
    ],
    [
        "SZ2407080044",
        "人行道地砖破损",
        "黄河路人行道地砖大面积破损松动，雨天踩踏溅水",
        "华龙区黄河路（京开大道至濮水路段）",
        "黄河路街道",
        "黄河社区",
        "市政设施/人行道",
        "12345热线",
        "刘**",
        "市住建局",
        "2024-07-08 10:12:03",
        "2024-07-11 10:12:03",
        "72小时",
        "待审核",
        "否",
    ],
    [
        "SZ2407100087",
        "公共绿地被毁种菜",
        "绿城小区东侧公共绿地被居民私自开垦种菜，绿化苗木被毁",
        "华龙区绿城路东段",
        "孟轲乡",
        "绿城社区",
        "园林绿化/毁绿",
        "市长信箱",
        "周**",
        "市园林绿化服务中心",
        "2024-07-10 16:30:27",
        "2024-07-13 16:30:27",
        "72小时",
        "代签收",
        "是",
    ],
    [
        "SZ2407150021",
        "建筑垃圾乱倒",
        "昆吾小区南门外空地夜间有车辆倾倒建筑垃圾",
        "华龙区昆吾路南段",
        "昆吾街道",
        "昆吾社区",
        "市容环境/渣土",
        "12345热线",
        "吴**",
        "城管执法局",
        "2024-07-15 08:45:19",
        "2024-07-18 08:45:19",
        "72小时",
        "完结",
        "否",
    ],
    [
        "SZ2407220139",
        "公交站牌倾斜",
        "人民路市二中站公交站牌被车辆撞击后倾斜，存在倒塌危险",
        "华龙区人民路市二中站",
        "人民路街道",
        "人民社区",
        "交通设施/站牌",
        "12345热线",
        "郑**",
        "市交通局",
        "2024-07-22 11:02:56",
        "2024-07-23 11:02:56",
        "24小时",
        "完结",
        "否",
    ],
    [
        "SZ2407260056",
        "户外广告牌松动",
        "中原路某商厦楼顶户外广告牌松动，大风天气有坠落风险",
        "华龙区中原路中段",
        "中原路街道",
        "中原社区",
        "市容环境/户外广告",
        "数字城管巡查",
        "",
        "市城市管理局",
        "2024-07-26 09:31:44",
        "2024-07-28 09:31:44",
        "48小时",
        "代签收",
        "是",
    ],
    [
        "SZ2407290012",
        "道路井盖缺失",
        "开州路与任丘路交叉口自来水阀门井井盖缺失，夜间易发生危险",
        "华龙区开州路与任丘路交叉口",
        "开州街道",
        "任丘社区",
        "市政设施/井盖",
        "12345热线",
        "何**",
        "市自来水公司",
        "2024-07-29 07:58:02",
        "2024-07-30 07:58:02",
        "24小时",
        "待审核",
        "否",
    ],
]


def write_orders(path: Path) -> Path:
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(ORDER_HEADER)
    writer.writerows(ORDERS)
    path.write_bytes(text.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 道路交通事故多发点段挂牌整治推进表, after a city 安委办's 挂牌重点整治 of its 事故多发点段 (省级 / 地市级 /
# 县市级 挂牌项目; each with 事故情况、安全隐患、整改措施、责任单位和完成期限; 牵头单位 and the 职能部门/镇街 it
# draws in; 11月底前整改到位; 措施、责任、资金、时限和预案“五落实”):
# http://news.zgyww.cn/system/2016/03/06/010052482.shtml
# Level rows 一、二、三 merged across, 牵头单位 beside 配合单位, 完成期限 11月底前 / 2024年9月30日 / 2024.8.31 /
# a schedule text naming 2025年6月底前; 推进情况 sentences only; a “五落实”情况 column that is not progress.
ROAD_LEVELS = [
    (
        "一、省级挂牌（1处）",
        [
            [
                "国道106线K512+300至K515+000段（濮阳县）",
                "2023年发生事故9起，死亡3人",
                "连续下坡接急弯，路侧临水无防护栏，夜间无照明",
                "增设波形护栏1.2公里、爆闪灯6处，完善减速标线",
                "市交通局",
                "市交警支队、濮阳县人民政府",
                "11月底前",
                "护栏工程已完成招标，8月上旬进场施工",
                "五落实已全部落实",
            ],
        ],
    ),
    (
        "二、市级挂牌（2处）",
        [
            [
                "京开大道与建设路交叉口（华龙区）",
                "2023年发生事故14起，受伤11人",
                "信号灯配时不合理，左转车辆与直行非机动车冲突突出",
                "优化信号配时，增设左转待转区和非机动车等候区",
                "市交警支队",
                "市住建局、华龙区人民政府",
                "2024年9月30日",
                "信号配时优化和待转区施划已完成，经验收合格",
                "五落实已全部落实",
            ],
            [
                "省道209线马庄桥镇集镇段（清丰县）",
                "2023年发生事故6起，死亡2人",
                "穿越集镇，行人横穿频繁，缺少人行横道和减速设施",
                "施划人行横道，设置减速带、警示灯和中央隔离护栏",
                "清丰县人民政府",
                "市交通局、市交警支队",
                "11月底前",
                "资金未落实，尚未开工",
                "资金未落实",
            ],
        ],
    ),
    (
        "三、县级挂牌（4处）",
        [
            [
                "胜利路油田总医院门前路段（华龙区）",
                "2023年发生事故5起，受伤4人",
                "医院门前车辆乱停乱放，机非混行，行人视线受阻",
                "施划停车泊位，增设机非隔离护栏，建设立体停车场",
                "华龙区人民政府",
                "市交警支队",
                "2024.8.31",
                "停车泊位已施划，隔离护栏已安装，立体停车场正在建设",
                "五落实已全部落实",
            ],
            [
                "县道X012线K3+200平交路口（南乐县）",
                "2023年发生事故4起，死亡1人",
                "平交路口无让行标志，支路进口视距不良",
                "设置停车让行标志、凸面镜和减速带",
                "南乐县交通运输局",
                "南乐县公安局交通管理大队",
                "11月底前",
                "让行标志、凸面镜和减速带已安装到位，整治完成",
                "五落实已全部落实",
            ],
            [
                "国道342线黄河大桥引道（范县）",
                "2023年发生事故3起，死亡2人",
                "引道纵坡大，大货车制动失效风险高，缺少避险车道",
                "结合国道改建设置避险车道，增设测速和警示设施",
                "市公路事业发展中心",
                "范县人民政府",
                "与国道改建工程同步，2025年6月底前完成",
                "已列入国道改建工程，设计方案报批中",
                "资金已列入改建工程概算",
            ],
            [
                "文化路县实验学校路段（台前县）",
                "2023年发生事故3起，受伤3人",
                "学校门口无人行横道信号灯，上下学时段人车混行",
                "安装人行横道信号灯，设置学校区域限速标志",
                "台前县人民政府",
                "台前县公安局交通管理大队",
                "2024年8月31日前",
                "人行横道信号灯已安装并交付使用",
                "五落实已全部落实",
            ],
        ],
    ),
]


def write_roads(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("推进情况")
    for c, width in enumerate([5, 28, 18, 32, 30, 16, 22, 16, 30, 14]):
        ws.set_column(c, c, width)
    last = 9
    b.line(ws, 0, "2024年度道路交通事故多发点段挂牌整治推进表", last, b.title)
    b.line(
        ws,
        1,
        "市安委办：按照《关于对2024年度道路交通事故多发点段实行挂牌整治的通知》要求，挂牌点段原则上于11月底前"
        "整改到位。现将1—7月推进情况报告如下：",
        last,
    )
    b.line(ws, 2, "报送单位：市道路交通安全工作领导小组办公室　　　　报送日期：2024年7月29日", last)
    b.header(
        ws,
        3,
        [
            "序号",
            "挂牌点段",
            "事故情况",
            "安全隐患",
            "整改措施",
            "牵头单位",
            "配合单位",
            "完成期限",
            "推进情况",
            "“五落实”情况",
        ],
    )
    r, n = 4, 0
    for level, rows in ROAD_LEVELS:
        b.line(ws, r, level, last, b.section)
        r += 1
        for values in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, values, first=1)
            r += 1
    b.line(ws, r, "合计：挂牌点段7处，已完成整治3处，正在推进3处，未开工1处。", last, b.cell)
    b.line(ws, r + 1, "注：“五落实”指隐患治理措施、责任、资金、时限和预案落实。", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 建筑施工安全生产专项整治检查表 (as Word 97 .doc), after a provincial 建设厅's 附表 “建筑施工安全生产专项
# 整治检查表”: a 检查时间 / 检查人员 line and a 受查单位 line over 序号 | 检查内容 | 检查结果:
# http://www.fsou.net/html/text/lar/170665/17066536_1.html
# One table per project, its first two rows merged across (检查时间/检查人员; 受查单位 = the builder, the unit,
# beside 项目名称); the 督查组 is the inspector; 整改要求及时限 as 立行立改, 限5日内, 7月底前, 限3日内 (from that
# table's 检查时间) and a schedule text; 整改落实情况 sentences, one blank; signature lines.
SITES = [
    (
        "2024年7月10日",
        "市住建局建筑施工安全督查组（马志刚、李峰）",
        "河南宏基建设工程有限公司",
        "濮阳市龙湖佳苑二期项目",
        [
            (
                "塔吊基础积水，标准节连接螺栓缺失2颗",
                "存在隐患",
                "立行立改",
                "已补齐螺栓、排除积水，经监理复查合格",
            ),
            (
                "外脚手架连墙件设置间距过大，剪刀撑不连续",
                "存在隐患",
                "限5日内整改",
                "正在整改，3号楼已整改完毕",
            ),
            (
                "施工现场临时用电未采用TN-S接零保护系统，开关箱无漏电保护器",
                "存在隐患",
                "7月底前",
                "",
            ),
        ],
    ),
    (
        "2024年7月17日",
        "市住建局建筑施工安全督查组（马志刚、王涛）",
        "濮阳市第二建筑工程有限公司",
        "市第五中学新校区项目",
        [
            (
                "深基坑周边堆载超限，未设置基坑变形监测点",
                "重大隐患，责令停工",
                "立即停工整改，2024年7月24日前完成",
                "已停工，堆载已卸除，监测点正在布设",
            ),
            ("特种作业人员（电焊工）无证上岗", "存在问题", "立行立改", "已清退无证人员"),
        ],
    ),
    (
        "2024年7月24日",
        "市住建局建筑施工安全督查组（李峰、王涛）",
        "中建七局第三建筑有限公司",
        "濮阳东站综合交通枢纽项目",
        [
            (
                "高支模专项施工方案未经专家论证即组织施工",
                "重大隐患",
                "限3日内完成专家论证",
                "已组织专家论证，方案正在修改完善",
            ),
            ("作业人员未按规定佩戴安全帽、系挂安全带", "存在问题", "立行立改", "已整改"),
        ],
    ),
]


def _site_table(doc, when: str, who: str, builder: str, project: str, rows) -> None:
    table = doc.add_table(rows=len(rows) + 3, cols=5)
    table.style = "Table Grid"
    top = table.cell(0, 0).merge(table.cell(0, 4))
    _east_asian(top.paragraphs[0].add_run(f"检查时间：{when}　　　　检查人员：{who}"), size=10.5)
    second = table.cell(1, 0).merge(table.cell(1, 4))
    _east_asian(second.paragraphs[0].add_run(f"受查单位：{builder}　　　　项目名称：{project}"), size=10.5)
    for c, word in enumerate(["序号", "检查内容", "检查结果", "整改要求及时限", "整改落实情况"]):
        _cell(table, 2, c, word, bold=True)
    for i, values in enumerate(rows, start=1):
        _cell(table, i + 2, 0, str(i))
        for c, text in enumerate(values, start=1):
            _cell(table, i + 2, c, text)


def write_sites(path: Path) -> Path:
    doc = _new_document()
    _paragraph(doc, "建筑施工安全生产专项整治检查表", 18, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(
        doc,
        "按照全市建筑施工安全生产专项整治工作安排，市住建局督查组于7月对在建项目开展督查检查，现将检查发现"
        "问题及整改落实情况汇总如下（整改时限自检查之日起计算）。",
    )
    for when, who, builder, project, rows in SITES:
        _site_table(doc, when, who, builder, project, rows)
        _paragraph(doc, "检查人员签字：　　　　　　　　受查单位负责人签字：", 12)
    _paragraph(doc, "濮阳市住房和城乡建设局建筑施工安全专项整治督查组", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 8. 住宅小区物业服务综合检查问题整改销号台账 (as WPS .et), after a district 住建局's 商住小区物业服务综合检查
# (物业服务管理、安全生产、环境卫生、飞线充电、投诉处理 五大方面27个小项; 问题整改台账, 限期销号整改; 限期整改
# 通知书): http://61.150.65.235/zfxxgk/bmxxgk/zfbm/zjj/ywgz/1907279032599769090.html
# The five 方面 as section rows; 物业服务企业 the unit (小区 beside it); the 30日内 rule from the 通知书 date the
# preamble states, a cell left blank meaning that rule, 2024年9月30日前 and 2024.7.10 where written; ticks
# under 销号情况 已销号/未销号, progress only in 备注; a 合计 line and the office.
ESTATE_SECTIONS = [
    (
        "一、物业服务管理",
        [
            [
                "绿城·桂花园",
                "濮阳绿城物业服务有限公司",
                "未按规定公示物业服务收费标准和公共收益收支情况",
                "在小区出入口和各单元公示栏公示",
                "",
                "√",
                "",
                "",
            ],
        ],
    ),
    (
        "二、安全生产",
        [
            [
                "昆吾花园",
                "河南昆吾物业管理有限公司",
                "地下车库消防车通道被私家车占用，消防水泵房无人值守",
                "施划禁停标线，落实水泵房24小时值守",
                "",
                "",
                "√",
                "已施划禁停标线，水泵房值守人员正在招聘",
            ],
            [
                "帝豪小区",
                "濮阳帝豪物业服务有限公司",
                "3号楼屋面女儿墙外墙瓷砖空鼓脱落",
                "拆除空鼓瓷砖，设置安全围挡，申请使用专项维修资金修缮",
                "2024年9月30日前",
                "",
                "√",
                "已设置围挡，维修资金使用申请正在公示",
            ],
        ],
    ),
    (
        "三、环境卫生",
        [
            [
                "建业森林半岛",
                "河南建业物业管理有限公司濮阳分公司",
                "生活垃圾清运不及时，垃圾桶周边污水横流",
                "增加清运频次，每日冲洗垃圾桶站点",
                "",
                "√",
                "",
                "",
            ],
        ],
    ),
    (
        "四、飞线充电",
        [
            [
                "惠民家园",
                "濮阳惠民物业管理有限公司",
                "居民从楼上私拉电线为电动自行车充电（飞线充电）12处",
                "拆除飞线，建设集中充电车棚",
                "",
                "",
                "√",
                "",
            ],
            [
                "濮水人家",
                "濮阳濮水物业服务有限公司",
                "楼道内停放电动自行车并入户充电",
                "清理楼道车辆，张贴禁停禁充告示",
                "2024.7.10",
                "√",
                "",
                "",
            ],
        ],
    ),
    (
        "五、投诉处理",
        [
            [
                "香榭丽舍",
                "濮阳香榭物业服务有限公司",
                "业主投诉电梯频繁故障未及时处理，投诉处理台账记录不全",
                "建立投诉处理台账，制定电梯大修方案",
                "",
                "",
                "√",
                "投诉台账已建立，电梯大修方案待业主大会表决",
            ],
        ],
    ),
]


def write_estates(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("整改销号台账")
    for c, width in enumerate([5, 14, 30, 40, 34, 16, 8, 8, 34]):
        ws.set_column(c, c, width)
    last = 8
    b.line(ws, 0, "住宅小区物业服务综合检查问题整改销号台账", last, b.title)
    b.line(
        ws,
        1,
        "检查时间：2024年6月17日—21日　　限期整改通知书下发日期：2024年6月25日　　整改时限：自通知书下发之日起"
        "30日内（另有注明的除外）",
        last,
    )
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 3, 1, "小区名称", b.head)
    b.merge(ws, 2, 2, 3, 2, "物业服务企业", b.head)
    b.merge(ws, 2, 3, 3, 3, "检查发现问题", b.head)
    b.merge(ws, 2, 4, 3, 4, "整改措施", b.head)
    b.merge(ws, 2, 5, 3, 5, "整改时限", b.head)
    b.merge(ws, 2, 6, 2, 7, "销号情况", b.head)
    b.header(ws, 3, ["已销号", "未销号"], first=6)
    b.merge(ws, 2, 8, 3, 8, "备注", b.head)
    r, n = 4, 0
    for section, rows in ESTATE_SECTIONS:
        b.line(ws, r, section, last, b.section)
        r += 1
        for values in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, values, first=1)
            for c in (4, 5, 6):
                b.put(ws, r, c + 1, values[c], b.center)
            r += 1
    b.merge(ws, r, 0, r, 5, "合计：检查小区46个，下达限期整改通知书7份，已销号3项，未销号4项", b.cell)
    for c in range(6, last + 1):
        ws.write_blank(r, c, None, b.cell)
    b.line(ws, r + 2, "华龙区住房和城乡建设局物业管理科　　　　2024年7月26日", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 校园安全检查问题清单整改台账, one sheet per school and a 汇总 sheet, after a university's 基础教育 校园
# 安全督导检查 of its 附属中学、附属小学、幼儿园 campuses (安全责任落实、安防体系、心理健康、防范校园欺凌、消防、
# 交通、校舍、食品卫生、实验室安全; 检查结果以问题清单形式反馈; 建立台账、明确时限、责任到人):
# https://xjtujcjydw.xjtu.edu.cn/info/1007/4626.htm
# The 汇总 sheet (counts only) first; each school's sheet names only its own 责任部门 and 责任人, so the unit is
# the school in its 单位 line; 立行立改 from the 检查时间 that line states, 2024.7.20, 8月20日前, 8月底前, 长期坚持.
SCHOOLS = [
    (
        "一实验",
        "濮阳市第一实验学校",
        [
            [
                "消防安全",
                "教学楼三楼东侧灭火器压力不足，另有2具过期未检",
                "更换灭火器",
                "总务处",
                "张卫东",
                "2024.7.20",
                "已更换",
            ],
            [
                "校舍安全",
                "风雨操场屋面彩钢板锈蚀漏水",
                "暑期维修屋面",
                "总务处",
                "张卫东",
                "8月20日前",
                "已完成招标，施工队8月1日进场",
            ],
            [
                "实验室安全",
                "化学实验室危化品未落实双人双锁管理，出入库台账不全",
                "完善危化品管理制度和台账",
                "教务处",
                "李敏",
                "立行立改",
                "",
            ],
        ],
    ),
    (
        "五中",
        "濮阳市第五中学",
        [
            [
                "交通安全",
                "校门口东侧道路无减速带和警示标志，上下学时段拥堵",
                "协调交警部门设置减速带、警示标志",
                "保卫处",
                "王建",
                "8月底前",
                "已向市交警支队提交设置申请",
            ],
            [
                "食品卫生安全",
                "食堂操作间防鼠网破损，生熟砧板混用",
                "更换防鼠网，砧板分色管理",
                "后勤处",
                "刘芳",
                "2024年7月25日",
                "已整改",
            ],
            [
                "心理健康",
                "心理咨询室未配备专职心理教师，学生心理档案不完整",
                "配备专兼职心理教师，完善心理档案",
                "德育处",
                "赵红",
                "长期坚持",
                "长期坚持，持续推进",
            ],
        ],
    ),
    (
        "实验小学",
        "濮阳市实验小学",
        [
            [
                "安防体系",
                "校园监控存在盲区，录像存储时间不足30天",
                "增设摄像头，扩容存储硬盘",
                "保卫处",
                "陈刚",
                "2024年8月15日",
                "硬盘已扩容，新增摄像头正在安装",
            ],
            [
                "防范校园欺凌",
                "未建立学生欺凌防控工作台账",
                "建立欺凌防控台账和排查制度",
                "德育处",
                "孙丽",
                "7月底前",
                "已建立",
            ],
            [
                "消防安全",
                "学生宿舍楼应急照明灯损坏4处，疏散指示标志缺失",
                "更换应急照明灯，补设疏散指示标志",
                "总务处",
                "陈刚",
                "立行立改",
                "未整改",
            ],
        ],
    ),
]


def _school_summary(b: Book) -> None:
    ws = b.sheet("汇总")
    for c, width in enumerate([6, 24, 10, 10, 10, 10]):
        ws.set_column(c, c, width)
    b.line(ws, 0, "暑期校园安全专项检查问题整改情况汇总", 5, b.title)
    b.header(ws, 1, ["序号", "学校", "问题总数", "已整改", "整改中", "未整改"])
    counts = [(3, 1, 1, 0), (3, 1, 1, 0), (3, 1, 1, 1)]
    for i, ((_, school, _), (total, done, doing, not_done)) in enumerate(zip(SCHOOLS, counts, strict=True)):
        b.row(ws, i + 2, [i + 1, school, total, done, doing, not_done], fmt=b.center)
    b.row(ws, 5, ["", "合计", 9, 3, 3, 1], fmt=b.center)


def write_schools(path: Path) -> Path:
    b = Book(path)
    _school_summary(b)
    for sheet, school, rows in SCHOOLS:
        ws = b.sheet(sheet)
        for c, width in enumerate([5, 12, 40, 28, 10, 10, 14, 28]):
            ws.set_column(c, c, width)
        last = 7
        b.line(ws, 0, f"{school}安全检查问题清单整改台账", last, b.title)
        b.line(
            ws,
            1,
            f"单位：{school}　　检查时间：2024年7月15日（暑期校园安全专项检查）　　填报日期：2024年7月30日",
            last,
        )
        b.header(
            ws, 2, ["序号", "检查类别", "问题描述", "整改措施", "责任部门", "责任人", "整改时限", "整改情况"]
        )
        for i, values in enumerate(rows, start=1):
            b.put(ws, i + 2, 0, i, b.center)
            b.row(ws, i + 2, values, first=1)
        b.line(ws, len(rows) + 4, "学校负责人（签字）：　　　　　　安全管理员（签字）：", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 校园及周边安全隐患排查整改报告 of a village school (as .wps, Word 97), after a 乡中心小学's 校园及周边
# 平安隐患排查整改报告 (一、平安隐患问题: 校园外部排查 1… / 校园内部排查 1…; 二、整改措施: 锁大门, 外来人员
# 登记, 监控, 购置消防器械 …): https://m.wnwk.com/doc/683498.html
# The report's own paragraphs around one table; 校园外部排查 / 校园内部排查 as rows merged across; all rows the
# school's own (the unit is the sender); 立行立改 from the 排查 date the first paragraph states, 7月15日前,
# 8月底前, 长期坚持 with a blank progress, 2024年9月底; 未整改 with a reason.
VILLAGE = [
    (
        "校园外部排查",
        [
            (
                "学校大门口紧邻县道，无隔离栏杆及警示牌",
                "协调县交通运输局设置警示牌、减速带和隔离栏杆",
                "8月底前",
                "已向县交通运输局报送申请，正在协调",
            ),
            (
                "学校西侧围墙年久失修，墙外为学生上下学必经之路",
                "拆除危墙，重新砌筑围墙",
                "2024年8月20日",
                "危墙已拆除，新墙基础正在施工",
            ),
        ],
    ),
    (
        "校园内部排查",
        [
            (
                "上课期间校门上锁不及时，外来人员登记制度执行不力",
                "落实上课期间锁门和外来人员入校登记",
                "立行立改",
                "已落实上课期间锁门和外来人员登记制度",
            ),
            ("操场单杠立柱松动", "加固单杠立柱", "7月15日前", "已加固"),
            ("教学楼各楼层未配备灭火器", "购置灭火器，每层配置", "7月20日前", "已配备灭火器24具"),
            ("个别低年级学生放学无人接送", "与家长签订接送协议，值周教师护送", "长期坚持", ""),
            (
                "学校监控设备老化，部分摄像头无法使用",
                "更换监控设备",
                "2024年9月底",
                "未整改，待县教体局统一更换",
            ),
        ],
    ),
]


def write_village(docx_path: Path) -> Path:
    doc = _new_document()
    _paragraph(
        doc,
        "清丰县马庄桥镇中心小学校园及周边安全隐患排查整改报告",
        18,
        "方正小标宋简体",
        WD_ALIGN_PARAGRAPH.CENTER,
    )
    _paragraph(
        doc,
        "为杜绝安全事故的发生，为师生营造安全、稳定的校园环境，7月10日学校安全领导小组对学校周边环境、"
        "校园内环境等进行了全面的安全检查，现将排查出的安全隐患及整改情况报告如下：",
    )
    _paragraph(doc, "一、安全隐患问题及整改情况", 14, "黑体")
    count = sum(len(rows) for _, rows in VILLAGE) + len(VILLAGE) + 1
    table = doc.add_table(rows=count, cols=5)
    table.style = "Table Grid"
    for c, word in enumerate(["序号", "隐患问题", "整改措施", "完成时限", "整改情况"]):
        _cell(table, 0, c, word, bold=True)
    r, n = 1, 0
    for part, rows in VILLAGE:
        merged = table.cell(r, 0).merge(table.cell(r, 4))
        _east_asian(merged.paragraphs[0].add_run(part), "黑体", 10.5, True)
        r += 1
        for values in rows:
            n += 1
            _cell(table, r, 0, str(n))
            for c, text in enumerate(values, start=1):
                _cell(table, r, c, text)
            r += 1
    _paragraph(doc, "二、下一步工作", 14, "黑体")
    _paragraph(
        doc,
        "学校将继续执行校园和校园周边安全巡逻制度，定期检查维修公共设施和防盗设施，发现隐患及时整改。",
    )
    _paragraph(doc, "清丰县马庄桥镇中心小学", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月18日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, docx_path)


# ---------------------------------------------------------------------------------------------
# 11. 文化和旅游领域暗访发现问题整改落实情况表, after the 文化和旅游部's 第五批次文化和旅游领域暗访 通报 (旅游景区
# 景点安全设施维护管理不到位; 旅行社、导游未按合同约定提供旅游服务; 旅游景区、经营场所用电安全隐患; 经营场所
# 占用、堵塞、封闭安全出口或疏散通道; each with “如，…” naming the business; 督促有关经营主体整改落实):
# https://www.163.com/dy/article/KA333LEG0544ECDD.html
# 问题类型 merged down over its problems; no unit column: the business is named inside the problem text;
# the 15日内 rule from the 通报 date in the preamble, one 8月底前 inside a 核查处置情况 sentence; 整改结果 words.
TOURISM = [
    (
        "旅游景区景点安全设施维护管理不到位",
        [
            (
                "濮阳县绿色庄园景区一处高台观景平台未设置护栏，存在坠落风险",
                "已加装不锈钢护栏",
                "已整改",
            ),
            (
                "华龙区龙湖水上乐园冲浪项目安全防护网部分破损，游客可随意进入隔离区",
                "项目已暂停运营，防护网正在更换",
                "整改中",
            ),
        ],
    ),
    (
        "旅行社、导游未按合同约定提供旅游服务",
        [
            (
                "濮阳市悦途国际旅行社有限公司组织的“黄河风情两日游”中，随团导游未经游客同意擅自增加购物点",
                "已立案调查，拟依法作出行政处罚",
                "",
            ),
        ],
    ),
    (
        "旅游景区、经营场所用电安全隐患",
        [
            ("清丰县悠然居民宿客房内电线裸露，私接大功率电器", "已更换线路，拆除违规电器", "已整改"),
        ],
    ),
    (
        "经营场所占用、堵塞、封闭安全出口或疏散通道",
        [
            (
                "华龙区星际网咖安全出口锁闭，疏散通道堆放杂物",
                "已责令立即整改，复查时安全出口已开启、杂物已清理",
                "复查合格",
            ),
            (
                "濮阳金色年华KTV在窗户上安装固定防盗网，未设置逃生口",
                "责令停业整改，限8月底前拆除固定防盗网并增设逃生口",
                "停业整改中",
            ),
        ],
    ),
]


def write_tourism(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("暗访问题")
    for c, width in enumerate([5, 22, 50, 40, 12]):
        ws.set_column(c, c, width)
    last = 4
    b.line(ws, 0, "文化和旅游领域安全生产和市场秩序暗访发现问题整改落实情况表", last, b.title)
    b.line(
        ws,
        1,
        "根据《关于文化和旅游领域暗访情况的通报》（2024年7月5日印发），各县区文化和旅游部门会同有关部门开展"
        "核查处置，督促有关经营主体自通报之日起15日内整改到位；对整改不到位的依法从重处理。",
        last,
    )
    b.line(ws, 2, "填报单位：市文化广电和旅游局市场管理科　　　　截至2024年7月31日", last)
    b.header(ws, 3, ["序号", "问题类型", "暗访发现问题", "核查处置情况", "整改结果"])
    r, n = 4, 0
    for kind, rows in TOURISM:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, kind, b.center)
        for problem, handling, result in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [problem, handling], first=2)
            b.put(ws, r, 4, result, b.center)
            r += 1
    b.line(ws, r + 1, "填表人：冯丽娟　　联系电话：0393-8990156", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 12. 汛期水利工程安全检查发现问题整改落实情况 (Word .docx), after a provincial 防汛检查 通报 that lists each
# city's problems under （四）南昌市…, numbered 1. 2. 3. with a headline sentence and the facts, each followed by
# 整改要求：… (加快施工进度; 清除堤脚杂草树枝，加强巡堤查险; 严格控制水位，尽量保持空库运行; 制定应急排涝方案):
# https://wanglu.net/thread/t12-204009-2.html
# The county rows (（一）濮阳县 …) merged across the table; problems numbered 1. 2. within each county; the common
# deadline (7月25日前) stated in the covering paragraph, own dates inside some 整改要求 texts (2024年10月底前,
# 7月底前); 责任单位 a former name (市水务局), county bureaus and governments; 整改落实情况 sentences, one blank.
FLOOD = [
    (
        "（一）濮阳县",
        [
            (
                "1.部分堤段未完成清杂。金堤河濮阳县段左岸堤脚杂草树枝较多，影响巡堤查险。",
                "组织力量清除堤脚杂草树枝，加强巡堤查险，确保险情早发现、早处置。",
                "濮阳县水利局",
                "已完成清杂12.6公里，巡堤查险队伍已落实到位",
            ),
            (
                "2.小型水库溢洪道尚未整治。渠村乡三合村小型水库溢洪道未实施整治，泄洪时存在冲刷坝体隐患。",
                "除险加固完成前严格控制水位，尽量保持空库运行；溢洪道整治于2024年10月底前完成。",
                "濮阳县人民政府",
                "已空库运行，溢洪道整治方案已报批",
            ),
        ],
    ),
    (
        "（二）范县",
        [
            (
                "1.在建工程施工进度较慢。黄河滩区防洪工程（范县段）施工进度滞后，影响度汛安全。",
                "加快施工进度，确保7月底前完成度汛节点工程。",
                "市水务局",
                "度汛节点工程已完成85%",
            ),
            (
                "2.山洪灾害预警设施维护不到位。部分村级预警广播无法正常使用。",
                "组织检修，确保预警信息传递到户。",
                "范县人民政府",
                "",
            ),
        ],
    ),
    (
        "（三）台前县",
        [
            (
                "1.防汛物资储备不足。县级防汛仓库编织袋、救生衣储备未达到定额。",
                "按定额补足防汛物资储备。",
                "台前县应急管理局",
                "已补充编织袋2万条、救生衣300件，储备达到定额",
            ),
            (
                "2.城区易涝点排水不畅。人民路、将军路易涝点排水设施不完善。",
                "制定应急排涝方案，强降雨时提前预置力量和设备。",
                "台前县住房和城乡建设局",
                "已完成：制定应急排涝方案，预置排涝泵车2台",
            ),
            (
                "3.水库防汛责任人履职不到位。部分小型水库巡查责任人不熟悉巡查要点，巡查记录不全。",
                "组织责任人培训，规范巡查记录。",
                "台前县水利局",
                "培训已于7月12日完成，巡查记录正在规范",
            ),
        ],
    ),
]


def write_flood(path: Path) -> Path:
    doc = _new_document()
    _paragraph(
        doc,
        "汛期水利工程安全检查发现问题整改落实情况",
        18,
        "方正小标宋简体",
        WD_ALIGN_PARAGRAPH.CENTER,
    )
    _paragraph(doc, "市防汛抗旱指挥部办公室：")
    _paragraph(
        doc,
        "根据《关于汛期水利工程安全检查发现问题的通报》（濮防办〔2024〕12号）要求，各县区对照问题清单逐项"
        "整改，原则上于7月25日前整改到位，整改要求中另有时限的按其时限执行。现将整改落实情况汇总报告如下：",
    )
    count = sum(len(rows) for _, rows in FLOOD) + len(FLOOD) + 1
    table = doc.add_table(rows=count, cols=5)
    table.style = "Table Grid"
    for c, word in enumerate(["序号", "存在问题", "整改要求", "责任单位", "整改落实情况"]):
        _cell(table, 0, c, word, bold=True)
    r, n = 1, 0
    for county, rows in FLOOD:
        merged = table.cell(r, 0).merge(table.cell(r, 4))
        _east_asian(merged.paragraphs[0].add_run(county), "黑体", 10.5, True)
        r += 1
        for values in rows:
            n += 1
            _cell(table, r, 0, str(n))
            for c, text in enumerate(values, start=1):
                _cell(table, r, c, text)
            r += 1
    _paragraph(doc, "濮阳市水利局（代章）", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 13. 医院行风建设群众意见整改反馈, two hospitals' returns zipped, after a hospital's 行风建设督查制度 (社会监督电话
# 接到投诉作好记录，一周内给予答复; 意见箱每月开箱; 工休座谈会; 社会监督员座谈会; 出院病人电话回访; 存在问题
# 及时整改): https://m.zixin.com.cn/doc/7121367.html
# Member A: one header row, rows naming only the hospital's own 科室 (the unit is the hospital in the 填报单位
# line), the 一周内 rule stated once and counted from each row's 受理日期, 答复及整改情况 sentences, one blank.
# Member B (in a subfolder): one card per opinion (label|value, cards separated by a blank row), the rule
# 一周内 / 一个月内 by 来源 stated above, 完成时间 filled or blank.
HOSPITAL_A = [
    [
        "监督电话",
        date(2024, 7, 2),
        "门诊收费窗口排队时间长，高峰期仅开放2个窗口",
        "财务科",
        "已增开2个收费窗口，7月5日已电话答复投诉人",
        "满意",
    ],
    [
        "意见箱",
        date(2024, 7, 3),
        "住院部12病区夜间护士呼叫不应答",
        "护理部",
        "已约谈当事护士，正在完善夜间巡视制度",
        "",
    ],
    ["工休座谈会", date(2024, 7, 16), "病区卫生间地面湿滑，未铺设防滑垫", "后勤保障科", "已整改", "满意"],
    ["出院病人电话回访", date(2024, 7, 25), "出院结算需往返多个窗口，流程繁琐", "财务科", "", ""],
]
HOSPITAL_B = [
    (
        "监督电话",
        "2024年7月8日",
        "挂号处工作人员服务态度生硬",
        "门诊部",
        "批评教育当事人，开展文明用语培训",
        date(2024, 7, 12),
    ),
    (
        "社会监督员座谈会",
        "2024年7月10日",
        "中药房代煎药等候时间过长，缺少取药提醒",
        "药剂科",
        "拟增加煎药机2台（已申请采购），上线短信取药提醒",
        "",
    ),
    (
        "意见箱",
        "2024年7月22日",
        "针灸科候诊区座椅不足，患者站立候诊",
        "针灸科",
        "增设候诊座椅20个",
        date(2024, 7, 26),
    ),
]


def write_hospital_a(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("7月")
    for c, width in enumerate([5, 16, 12, 40, 12, 36, 10]):
        ws.set_column(c, c, width)
    last = 6
    b.line(ws, 0, "濮阳市人民医院行风投诉及群众意见整改反馈表", last, b.title)
    b.line(ws, 1, "填报单位：濮阳市人民医院（党办）　　　　统计时段：2024年7月1日—31日", last)
    b.line(
        ws, 2, "按照医院行风建设督查制度，监督电话、意见箱等反映的问题自受理之日起一周内答复并整改。", last
    )
    b.header(ws, 3, ["序号", "来源", "受理日期", "反映问题", "涉及科室", "答复及整改情况", "是否满意"])
    for i, values in enumerate(HOSPITAL_A, start=1):
        b.put(ws, i + 3, 0, i, b.center)
        b.row(ws, i + 3, values, first=1)
        b.put(ws, i + 3, 2, values[1], b.cn_day)
    b.line(ws, len(HOSPITAL_A) + 5, "填报人：高静　　联系电话：0393-4416120　　2024年7月31日", last)
    return b.close()


def write_hospital_b(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("意见整改")
    ws.set_column(0, 0, 16)
    ws.set_column(1, 1, 50)
    b.line(ws, 0, "濮阳市中医医院行风建设群众意见整改反馈", 1, b.title)
    b.line(ws, 1, "填报单位：濮阳市中医医院行风办　　　　2024年7月30日", 1)
    b.line(ws, 2, "答复时限：监督电话、意见箱意见一周内答复办结；座谈会意见一个月内整改到位。", 1)
    r = 4
    for source, when, opinion, dept, measure, done in HOSPITAL_B:
        for label, value in [
            ("意见来源", source),
            ("反映日期", when),
            ("反映内容", opinion),
            ("责任科室", dept),
            ("整改措施", measure),
            ("完成时间", done),
        ]:
            b.put(ws, r, 0, label, b.head)
            b.put(ws, r, 1, value, b.cn_day if isinstance(value, date) else b.cell)
            r += 1
        r += 1
    return b.close()


def write_hospitals(path: Path) -> Path:
    members = [
        ("市人民医院行风投诉及意见整改反馈表（7月）.xlsx", write_hospital_a),
        ("中医院/行风建设群众意见整改反馈.xlsx", write_hospital_b),
    ]
    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, writer in members:
            member = writer(Path(tmp) / "member.xlsx")
            info = _GbkName(name, date_time=(2024, 7, 31, 10, 26, 40))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0x20  # FILE_ATTRIBUTE_ARCHIVE
            z.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 14. 企业隐患治理信息 as a 安全生产 system exports it to Excel's “Unicode text” (UTF-16 with a BOM, tabs, CRLF),
# with the fields of its 隐患 record: 隐患编号, 隐患类型, 排查时间, 隐患内容, 隐患等级, 是否有管控措施, 是否有整改方案,
# 抄送单位, 治理资金, 完成时间, 完成情况, 整改单位, 要求完成时间, 企业名称, 审核人 and 隐患处理状态 (上报未整改 /
# 责令未整改 / 已通知待整改 / 已整改待审核 / 审核通过 / 审核不通过):
# https://github.com/Buxianz/security/blob/11f453f553f55f65f77347cc1911d7dfc732e56f/security-common/src/main/java/com/rbi/security/entity/web/hid/HidDangerDTO.java
# 企业名称 the unit (directory enterprises and two outside it), 整改单位 one of its own departments, 抄送单位 a
# directory bureau that is not the unit; 排查时间 an event; 要求完成时间 the deadline.
HAZARD_HEADER = [
    "隐患编号",
    "隐患类型",
    "企业名称",
    "整改单位",
    "排查时间",
    "隐患内容",
    "隐患等级",
    "是否有管控措施",
    "是否有整改方案",
    "抄送单位",
    "要求完成时间",
    "完成时间",
    "完成情况",
    "治理资金(万元)",
    "隐患处理状态",
    "审核人",
]
HAZARDS = [
    [
        "YH20240702001",
        "设备设施",
        "市燃气有限公司",
        "门站运行部",
        "2024-07-02 09:30",
        "门站工艺区可燃气体检测仪报警值设置错误",
        "一般隐患",
        "是",
        "是",
        "市应急管理局",
        "2024-07-09",
        "2024-07-06",
        "已重新标定报警值",
        "0.2",
        "审核通过",
        "杨帆",
    ],
    [
        "YH20240705003",
        "消防安全",
        "国网濮阳供电公司",
        "变电运维中心",
        "2024-07-05 14:10",
        "110kV开州变电站主控室灭火器压力不足3具",
        "一般隐患",
        "是",
        "否",
        "市应急管理局",
        "2024-07-12",
        "2024-07-10",
        "已更换灭火器3具",
        "0.1",
        "已整改待审核",
        "",
    ],
    [
        "YH20240709002",
        "作业环境",
        "市自来水公司",
        "第二水厂",
        "2024-07-09 10:45",
        "二水厂加氯间通风机故障，泄漏报警与风机联动失效",
        "较大隐患",
        "是",
        "是",
        "市应急管理局",
        "2024-07-31",
        "",
        "更换风机后联动测试仍未通过，重新整改中",
        "3.5",
        "审核不通过",
        "杨帆",
    ],
    [
        "YH20240712005",
        "用电安全",
        "市众意公交公司",
        "场站管理部",
        "2024-07-12 15:20",
        "北站停车场充电桩区域电缆沿地面敷设，无穿管保护",
        "一般隐患",
        "否",
        "否",
        "市交通运输局",
        "2024-07-26",
        "",
        "",
        "",
        "已通知待整改",
        "",
    ],
    [
        "YH20240716001",
        "特种设备",
        "濮阳市龙丰纸业有限公司",
        "动力车间",
        "2024-07-16 09:05",
        "蒸煮车间压力容器安全阀超期未校验",
        "较大隐患",
        "是",
        "否",
        "市市场监督管理局",
        "2024-08-15",
        "",
        "",
        "",
        "责令未整改",
        "",
    ],
    [
        "YH20240719004",
        "危险化学品",
        "濮阳市恒润石化有限公司",
        "储运部",
        "2024-07-19 16:40",
        "罐区防火堤内积存油污，雨水排水阀处于常开状态",
        "较大隐患",
        "是",
        "是",
        "市应急管理局",
        "2024-07-22",
        "",
        "已制定清污方案，清污作业已开始",
        "1.8",
        "上报未整改",
        "",
    ],
    [
        "YH20240724002",
        "消防安全",
        "市燃气有限公司",
        "调度中心",
        "2024-07-24 08:50",
        "调度中心机房气体灭火系统处于手动状态",
        "一般隐患",
        "是",
        "否",
        "市应急管理局",
        "2024-07-24",
        "2024-07-24",
        "已切换为自动状态",
        "0",
        "审核通过",
        "杨帆",
    ],
]


def write_hazards(path: Path) -> Path:
    lines = ["\t".join(HAZARD_HEADER)] + ["\t".join(row) for row in HAZARDS]
    path.write_bytes(b"\xff\xfe" + ("\r\n".join(lines) + "\r\n").encode("utf-16-le"))
    return path


# ---------------------------------------------------------------------------------------------
# 15. 地质灾害隐患点台账 as a 地质灾害防治 system exports it (GBK, header on line 1), with the fields of its
# 地质灾害隐患点 table: 隐患点编号, 隐患点名称, 隐患点类型, 发展趋势, 区县, 乡镇, 村, 险情等级, 威胁户数(户),
# 威胁人数(人), 隐患点发现时间, 防灾责任人姓名, 是否开展搬迁避让, 是否开展排危除险, 是否开展治理工程, 工程进展阶段,
# 防灾措施建设, 是否销号, 销号时间, 销号原因, 填报单位, 填报时间, 县级审核意见:
# https://github.com/Zouyuanming/-/blob/b9e4edf0239673537a5ae0072658b76c167ee3d5/src/assets/Fields.js
# The town government in 填报单位 is the unit; no deadline column (a date only inside two 防灾措施建设 texts);
# 是否销号 是 with 销号时间 and 销号原因, 工程进展阶段 已完工/施工中/前期勘查/未启动, 常态化监测; 发现时间 an event.
GEO_HEADER = [
    "序号",
    "隐患点编号",
    "隐患点名称",
    "隐患点类型",
    "发展趋势",
    "区县",
    "乡镇",
    "村",
    "险情等级",
    "威胁户数(户)",
    "威胁人数(人)",
    "隐患点发现时间",
    "防灾责任人姓名",
    "是否开展搬迁避让",
    "是否开展排危除险",
    "是否开展治理工程",
    "工程进展阶段",
    "防灾措施建设",
    "是否销号",
    "销号时间",
    "销号原因",
    "填报单位",
    "填报时间",
    "县级审核意见",
]
GEO = [
    [
        "1",
        "410926010001",
        "范县陈庄镇李庄村黄河滩区河岸坍塌",
        "崩塌",
        "稳定",
        "范县",
        "陈庄镇",
        "李庄村",
        "小型",
        "6",
        "23",
        "2021/7/22",
        "李建国",
        "否",
        "否",
        "是",
        "已完工",
        "抛石护岸工程已竣工",
        "是",
        "2024/6/28",
        "治理工程竣工验收合格",
        "范县陈庄镇人民政府",
        "2024/7/26",
        "同意销号",
    ],
    [
        "2",
        "410927020003",
        "台前县吴坝镇毛河村土崖崩塌",
        "崩塌",
        "不稳定",
        "台前县",
        "吴坝镇",
        "毛河村",
        "小型",
        "5",
        "19",
        "2023/8/3",
        "王振海",
        "是",
        "否",
        "否",
        "",
        "已搬迁3户，剩余2户2024年9月底前搬迁",
        "否",
        "",
        "",
        "台前县吴坝镇人民政府",
        "2024/7/25",
        "同意",
    ],
    [
        "3",
        "410928030002",
        "濮阳县渠村乡南湖村地裂缝",
        "地裂缝",
        "基本稳定",
        "濮阳县",
        "渠村乡",
        "南湖村",
        "小型",
        "4",
        "15",
        "2022/6/15",
        "刘占军",
        "否",
        "否",
        "否",
        "",
        "群测群防，常态化监测",
        "否",
        "",
        "",
        "濮阳县渠村乡人民政府",
        "2024/7/24",
        "同意",
    ],
    [
        "4",
        "410902040001",
        "华龙区孟轲乡盐矿采空区地面塌陷",
        "地面塌陷",
        "不稳定",
        "华龙区",
        "孟轲乡",
        "后寨村",
        "中型",
        "12",
        "47",
        "2020/9/10",
        "张红旗",
        "否",
        "否",
        "是",
        "施工中（注浆充填完成60%）",
        "设置警示标志，2024年11月底前完成注浆治理",
        "否",
        "",
        "",
        "华龙区孟轲乡人民政府",
        "2024/7/26",
        "同意",
    ],
    [
        "5",
        "410923050002",
        "南乐县谷金楼乡西邵村坑塘边坡崩塌",
        "崩塌",
        "稳定",
        "南乐县",
        "谷金楼乡",
        "西邵村",
        "小型",
        "3",
        "11",
        "2023/7/30",
        "赵金锁",
        "否",
        "是",
        "否",
        "已完成排危除险",
        "削坡减载，设置挡墙",
        "是",
        "2024/7/18",
        "排危除险完成，隐患已消除",
        "南乐县谷金楼乡人民政府",
        "2024/7/25",
        "同意销号",
    ],
    [
        "6",
        "410922060001",
        "清丰县韩村镇砖厂取土坑边坡滑塌",
        "滑坡",
        "不稳定",
        "清丰县",
        "韩村镇",
        "前韩村",
        "小型",
        "2",
        "8",
        "2024/5/20",
        "孟庆林",
        "否",
        "否",
        "否",
        "未启动",
        "",
        "否",
        "",
        "",
        "清丰县韩村镇人民政府",
        "2024/7/26",
        "同意",
    ],
    [
        "7",
        "410926070004",
        "范县辛庄镇黄河堤外废弃窑洞坍塌",
        "地面塌陷",
        "不稳定",
        "范县",
        "辛庄镇",
        "杨楼村",
        "小型",
        "3",
        "10",
        "2024/4/12",
        "杨保华",
        "否",
        "是",
        "是",
        "前期勘查",
        "已封堵洞口，拟回填处理",
        "否",
        "",
        "",
        "范县辛庄镇人民政府",
        "2024/7/26",
        "同意",
    ],
]


def write_geo(path: Path) -> Path:
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(GEO_HEADER)
    writer.writerows(GEO)
    path.write_bytes(text.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
def build() -> list[Path]:
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        fire = write_fire(work / "市级挂牌督办重大火灾隐患“一单四制”整改销号台账（7月）.xlsx")
        out.append(convert(fire, "xls", HERE / fire.with_suffix(".xls").name))
        lifts = write_lifts(work / "电梯质量安全监督抽查发现问题整改情况（7月）.xlsx")
        out.append(fixed_zip(convert(lifts, "ods", HERE / lifts.with_suffix(".ods").name)))
        estates = write_estates(work / "住宅小区物业服务综合检查问题整改销号台账（华龙区）.xlsx")
        out.append(convert(estates, "xls", HERE / estates.with_suffix(".et").name))
        sites = write_sites(work / "建筑施工安全生产专项整治检查表（三个项目）.docx")
        out.append(convert(sites, "doc", HERE / sites.with_suffix(".doc").name))
        village = write_village(work / "清丰县马庄桥镇中心小学校园及周边安全隐患排查整改报告.docx")
        out.append(convert(village, "doc", HERE / village.with_suffix(".wps").name))
    out += [
        write_gas(HERE / "城镇燃气安全专项整治“四个清单”销号进展表（高新区7月）.xlsx"),
        write_canteens(HERE / "学校食堂食品安全专项监督检查不合格项整改反馈（华龙区）.xlsx"),
        write_orders(HERE / "城市管理问题工单导出_20240731.csv"),
        write_roads(HERE / "2024年度道路交通事故多发点段挂牌整治推进表（7月）.xlsx"),
        write_schools(HERE / "暑期校园安全检查问题清单整改台账（三所学校）.xlsx"),
        write_tourism(HERE / "文化和旅游领域暗访发现问题整改落实情况表（第五批）.xlsx"),
        write_flood(HERE / "汛期水利工程安全检查发现问题整改落实情况（7月）.docx"),
        write_hospitals(HERE / "医院行风建设群众意见整改反馈（两家医院）.zip"),
        write_hazards(HERE / "企业隐患治理信息导出_20240731.txt"),
        write_geo(HERE / "地质灾害隐患点台账导出_202407.csv"),
    ]
    return out


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the dev89 returns: ten files from townships and street offices, each laid out after a public source cited
beside its layout below (乡镇写给县里、街道写给区里; 村、社区、站所 and premises as the units that answer for an item).

Forms: three .xlsx (one more inside the zip), an .xls (xlwt, with a vertically merged 用户类别 column), a CSV in GBK,
a .docx whose items are numbered paragraphs (one more .docx with a table inside the zip), an .et (Excel 97 via
LibreOffice), a .doc (Word 97 via LibreOffice) with a table, an .ods (LibreOffice, member times fixed) and a .zip of
two returns. Contents (problems, names, dates) are made up; the statistics date is 2024-07-31.

Run from this folder: python make_dev89.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 30, 9, 15, 0)
ZIP_TIME = (2024, 7, 30, 9, 15, 0)


# ---------------------------------------------------------------------------------------------
# Workbooks (XlsxWriter) with the formats the returns use.
class Book:
    def __init__(self, path: Path, author: str = "Administrator"):
        self.path = path
        self.book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False})
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
            }
        )
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter", "font_name": "宋体"})
        self.center = add(
            {"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True, "font_name": "宋体"}
        )
        self.day = add(
            {
                "border": 1,
                "num_format": "yyyy-mm-dd",
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


def soffice(source: Path, suffix: str, outdir: Path) -> Path:
    """LibreOffice --convert-to: the older or open-format copy an office sends."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .doc and .ods returns")
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
    """Write an .xlsx or .docx with the writer, convert it with LibreOffice and keep it under the target name."""
    with tempfile.TemporaryDirectory() as tmp:
        source = writer(Path(tmp) / scratch)
        out = Path(tmp) / "out"
        out.mkdir()
        shutil.copyfile(soffice(source, suffix, out), path)
    return path


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


# ---------------------------------------------------------------------------------------------
# Word documents (python-docx) with the fonts Chinese offices use and fixed properties.
def _east_asian(run, font: str = "仿宋_GB2312", size: float = 16, bold: bool = False) -> None:
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)


def _paragraph(doc, text: str, size: float = 16, font: str = "仿宋_GB2312", align=None, indent: bool = False):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    _east_asian(p.add_run(text), font, size)
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
    """Save a .docx with fixed member times, so that the file is reproducible byte for byte."""
    raw = io.BytesIO()
    doc.save(raw)
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info))
    return path


# ---------------------------------------------------------------------------------------------
# 1. 人居环境: a town's 整改报告 to the county office on the problems a city 督查 found, after 中川镇's
# «关于上报2020年第三季度全市全域无垃圾专项治理工作督查情况通报的整改报告» (addressed to 县全域无垃圾专项治理办公室;
# 针对…督查出的问题，镇党委、政府高度重视…组织村干部及保洁员对各自辖区内环境卫生彻底进行整治…督促各村举一反三;
# 特此报告; the town government and the date at the foot):
# http://117.156.67.38/zwgk-view/771.html
# A .docx: title, 主送, preamble, the problems as numbered paragraphs (问题 / 责任单位 / 整改时限 / 整改情况 in
# sentences; one names the town's own 城管办), a closing paragraph, 特此报告, the town and the date.
HABITAT_PARAS = [
    (
        "1．问题：后范庄村村北坑塘内漂浮生活垃圾和秸秆，岸边堆放建筑垃圾。责任单位：文留镇后范庄村。"
        "整改时限：7月10日前。整改情况：已组织村保洁员打捞清理，建筑垃圾已全部清运，坑塘周边设立警示牌，已整改到位。"
    ),
    (
        "2．问题：前房村主街两侧柴草、杂物乱堆乱放，占用村内道路。责任单位：文留镇前房村。整改时限：7月15日前。"
        "整改情况：已清理柴草堆12处，剩余3处正在协调农户搬离。"
    ),
    (
        "3．问题：西柳村村内2座废弃旱厕未拆除，周边蚊蝇滋生。责任单位：文留镇西柳村。整改时限：7月31日前。"
        "整改情况：因产权人意见不一，目前尚未启动。"
    ),
    (
        "4．问题：镇区文留街沿街商户门前乱堆乱放、店外经营，部分垃圾桶破损未及时更换。责任单位：镇城管办。"
        "整改时限：7月5日前。整改情况：已更换垃圾桶40个，建立沿街商户“门前三包”责任制，整改完成。"
    ),
    (
        "5．问题：马庄村生活污水直排村东沟渠，沟渠水体发黑发臭。责任单位：文留镇马庄村。整改时限：2024年9月30日前。"
        "整改情况：污水管网铺设方案已编制完成，正在组织施工。"
    ),
    (
        "6．问题：南湖村部分村民房前屋后散养家禽，粪污清理不及时。责任单位：文留镇南湖村。整改时限：长期坚持。"
        "整改情况：已开展入户宣传，将庭院环境卫生纳入村规民约，长期坚持。"
    ),
    "7．问题：后范庄村保洁员配备不足，村级保洁制度未上墙公示。责任单位：文留镇后范庄村。整改时限：7月20日前。",
]


def write_habitat(path: Path) -> Path:
    doc = _new_document("文留镇党政办")
    _title(doc, "文留镇人民政府关于市农村人居环境整治暗访督查反馈问题整改情况的报告", 20)
    _paragraph(doc, "县农村人居环境整治工作领导小组办公室：")
    _paragraph(
        doc,
        "针对6月26日市农村人居环境整治暗访督查组在我镇督查发现的问题，镇党委、政府高度重视，立即组织安排整改，"
        "镇主要领导、分管领导第一时间深入现场查看，督促各村组织村干部及保洁员对各自辖区内环境卫生彻底进行整治。"
        "同时，督促各村对此类问题系统排查、举一反三。现将整改情况报告如下：",
        indent=True,
    )
    for text in HABITAT_PARAS:
        _paragraph(doc, text, indent=True)
    _paragraph(
        doc,
        "下一步，我镇将建立人居环境整治长效机制，对已整改问题开展“回头看”，防止问题反弹，确保整治工作落到实处。",
        indent=True,
    )
    _paragraph(doc, "特此报告。", indent=True)
    _paragraph(doc, "濮阳县文留镇人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月22日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 2. 防汛: a street office's 汛期风险隐患排查整治台账, after 工业路街道's 防汛隐患排查整治 («网格化+专业化» 专项排查队;
# 居民区老旧房屋漏水、墙体裂缝及排水管道堵塞, 独居老人等重点保障对象, 地下车库防水性能及应急设备, 易涝路段、涵洞 with
# 抽水泵 and 警示标识, 河道堤岸稳固性与水位监测设备, 企业、在建工地应急通道和防汛物资; «即查即改» 闭环管理):
# https://sj.jiceng.zhengzhou.gov.cn/022003005/9533351.jhtml
# An .xlsx: title, 填报单位/排查方式 line, a two-row header (整改落实 over three columns), 排查区域 and 隐患点位 beside
# the 责任单位 (社区, a property company, a site, a factory, the street's own 城建办, a city bureau), 包保责任人
# (a person), a 闭环情况 column, a 合计 row and a signature line.
FLOOD_ROWS = [
    (
        "居民区",
        "光明社区3号院老旧平房",
        "平房屋面漏水，北侧墙体出现裂缝，住有独居老人1名",
        "任丘路街道光明社区",
        "李建国",
        "转移独居老人至亲属家，维修屋面",
        "2024.7.15",
        "老人已转移，屋面已维修",
        "已闭环",
    ),
    (
        "易涝点",
        "任丘路与长庆路交叉口",
        "路口低洼，雨水篦子堵塞，强降雨时积水深约40厘米",
        "街道城建办",
        "王海涛",
        "疏通雨水篦子，预置抽水泵2台，设置警示标识",
        "7月20日前",
        "正在疏通",
        "未闭环",
    ),
    (
        "地下空间",
        "兴濮花园小区地下车库",
        "车库出入口未配备挡水板，集水井水泵故障",
        "濮阳市兴濮物业服务有限公司",
        "张伟",
        "配备挡水板和沙袋，维修集水井水泵",
        "2024.7.12",
        "已配备挡水板，水泵已修复",
        "已闭环",
    ),
    (
        "河道",
        "马颊河任丘路段",
        "堤岸局部坍塌约15米，水位监测设备无数据回传",
        "市水利局",
        "赵磊",
        "加固坍塌堤岸，维修水位监测设备",
        "8月15日前",
        "未启动",
        "未闭环",
    ),
    (
        "在建工地",
        "恒通安置房项目工地",
        "基坑周边排水沟未贯通，防汛沙袋储备不足200条",
        "濮阳市恒通建设工程有限公司",
        "刘军",
        "贯通排水沟，补足沙袋500条",
        "2024.7.18",
        "沙袋已补足，排水沟基本完成",
        "未闭环",
    ),
    (
        "居民区",
        "新华社区老旧小区5号楼",
        "楼顶排水管道堵塞，雨水倒灌顶层住户",
        "任丘路街道新华社区",
        "陈静",
        "疏通楼顶排水管道",
        "7月10日前",
        "已疏通",
        "已闭环",
    ),
    (
        "企业",
        "华兴纸品厂厂区",
        "厂区应急通道被成品货物占用，未制定防汛应急预案",
        "濮阳市华兴纸品厂",
        "孙涛",
        "清理应急通道，制定防汛应急预案并组织演练",
        "2024年7月25日",
        "",
        "",
    ),
    (
        "易涝点",
        "光明路铁路涵洞",
        "涵洞积水无水位警示标尺，汛期无专人值守",
        "任丘路街道光明社区",
        "李建国",
        "设置水位标尺和警示牌，汛期安排专人值守",
        "长期坚持",
        "长期坚持",
        "",
    ),
]


def write_flood(path: Path) -> Path:
    b = Book(path, author="任丘路街道应急办")
    ws = b.sheet("隐患台账")
    b.widths(ws, [6, 10, 20, 34, 22, 10, 28, 12, 22, 10])
    b.line(ws, 0, "任丘路街道2024年汛期风险隐患排查整治台账", 9, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市华龙区任丘路街道办事处（盖章）    排查方式：网格化+专业化拉网式排查    填报日期：2024年7月26日",
        9,
    )
    for c, word in enumerate(["序号", "排查区域", "隐患点位", "隐患描述", "责任单位", "包保责任人"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 8, "整改落实", b.head)
    b.header(ws, 3, ["整改措施", "整改时限", "整改进展"], first=6)
    b.merge(ws, 2, 9, 3, 9, "闭环情况", b.head)
    for i, row in enumerate(FLOOD_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(FLOOD_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 9, "排查风险隐患点位8处，已闭环3处，其余正在整改")
    b.line(ws, end + 2, "填表人：韩雪    审核人：郑国栋    联系电话：0393-8316627", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 消防: a street office's 整改清单 of the problems the district 消安办 reported after a spot check, after 乐华街道's
# «对区消安办通报问题开展整治行动» (电动自行车停放充电场所和“九小”场所; 根据隐患清单，检查组现场查看场所的隐患整治
# 情况…“九小”场所违规住人…责令限期整改):
# http://www.zetdz.gov.cn/zjkfqlh/gkmlpt/content/2/2042/mpost_2042253.html
# An .xlsx: title, a line naming the 通报 and the date its 整改期限 count from, one header row with the 场所 beside the
# 责任社区, 复查结果 beside 整改情况, 立即整改 / 15日内 deadlines, a 注 line and a signature line.
FIRE_ROWS = [
    (
        "电动自行车",
        "京开花园小区3号楼",
        "楼道内停放电动自行车并飞线充电",
        "开州路街道京开社区",
        "清理楼道车辆，引导至集中充电棚充电",
        "2024.7.5",
        "已清理，小区新设集中充电桩20个",
        "复查合格",
    ),
    (
        "九小场所",
        "好又多便利店",
        "店内违规住人，仓储区与住宿区未分隔",
        "开州路街道文化社区",
        "拆除店内床铺，住宿人员搬离",
        "2024.7.8",
        "已拆除床铺，人员已搬离",
        "",
    ),
    (
        "九小场所",
        "老街坊饭店",
        "后厨灭火器过期，未配备灭火毯",
        "开州路街道东环社区",
        "更换灭火器，配备灭火毯",
        "2024.7.8",
        "正在整改",
        "",
    ),
    (
        "电动自行车",
        "振华小区",
        "电动自行车集中充电棚未配备灭火器材",
        "开州路街道振华社区",
        "配备灭火器，安装视频监控",
        "7月20日前",
        "已配备灭火器，监控正在安装",
        "",
    ),
    (
        "九小场所",
        "丽人美容店",
        "疏散通道堆放杂物，安全出口上锁",
        "开州路街道京开社区",
        "清理杂物，保持安全出口畅通",
        "立即整改",
        "已整改",
        "复查合格",
    ),
    (
        "九小场所",
        "鑫达汽修部",
        "维修车间电气线路私拉乱接，未穿管保护",
        "开州路街道文化社区",
        "规范敷设电气线路",
        "15日内",
        "未整改",
        "复查不合格",
    ),
    (
        "九小场所",
        "小太阳托管班",
        "托管班休息室未安装独立式感烟火灾探测报警器",
        "开州路街道东环社区",
        "安装独立式感烟火灾探测报警器",
        "2024年7月31日",
        "",
        "",
    ),
]


def write_fire(path: Path) -> Path:
    b = Book(path, author="开州路街道应急办")
    ws = b.sheet("整改清单")
    b.widths(ws, [6, 12, 18, 32, 20, 28, 12, 26, 12])
    b.line(ws, 0, "开州路街道区消安办通报消防安全隐患问题整改清单", 8, b.title)
    b.line(
        ws,
        1,
        "通报来源：华龙区消防安全委员会办公室《关于2024年第二季度消防安全抽查情况的通报》    "
        "通报印发日期：2024年7月1日（整改期限自该日起计算）",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "问题类别",
            "场所名称",
            "隐患问题",
            "责任社区",
            "整改措施",
            "整改期限",
            "整改情况",
            "复查结果",
        ],
    )
    for i, row in enumerate(FIRE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(FIRE_ROWS)
    b.line(ws, end, "注：“复查结果”栏由街道应急办现场复查后填写。", 8)
    b.line(
        ws,
        end + 1,
        "填报单位：濮阳市华龙区开州路街道办事处（盖章）    填表人：冯丽    联系电话：0393-8992315",
        8,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 食品安全: a township 食安办's 台账 of its check of school canteens and the shops around schools before term, after
# 吉信镇's 秋季校园及周边食品安全大检查 (食品协管站、应急办、市监所 checking 学校食堂、校园食品小卖部、校园周边食品店、
# 餐饮店; 督促立即整改食品安全问题, 责令停业整改, 过期面包、糖制品 收缴销毁):
# http://www.xxnet.com.cn/szb/tjbpc/202210/12/c98401.html
# A CSV in GBK: title line, a line naming the checking offices and saying that 整改时限 count from the 检查日期, one
# header line with a 检查日期 per row and the 整改主体 (school or shop), 立行立改 / N日内 deadlines, 合计 and 填表人 lines.
FOOD_ROWS = [
    (
        "2024-07-15",
        "学校食堂",
        "清丰县韩村镇第一初级中学",
        "食堂留样冰箱温度不达标，留样记录不全",
        "更换留样冰箱，规范留样登记",
        "7月25日前",
        "已更换留样冰箱，留样记录已规范",
    ),
    (
        "2024-07-15",
        "学校食堂",
        "清丰县韩村镇中心小学",
        "食堂2名从业人员健康证明过期",
        "从业人员重新体检并取得健康证明",
        "8月20日前",
        "正在办理",
    ),
    (
        "2024-07-16",
        "校园小卖部",
        "清丰县韩村镇第二初级中学",
        "小卖部货架上有过期面包、糖果共12袋",
        "过期食品下架销毁",
        "立行立改",
        "已现场下架销毁",
    ),
    (
        "2024-07-16",
        "校园周边食品店",
        "清丰县韩村镇惠民食品店",
        "销售无中文标签的进口糖果",
        "下架并查明进货来源",
        "3日内",
        "已下架，进货来源已查明",
    ),
    (
        "2024-07-17",
        "校园周边餐饮店",
        "清丰县韩村镇小东北饺子馆",
        "后厨生熟案板混用，无防蝇设施",
        "生熟案板分开使用，安装纱窗和灭蝇灯",
        "7日内",
        "未整改",
    ),
    (
        "2024-07-17",
        "学校食堂",
        "清丰县韩村镇高庄小学",
        "食品原料采购无索证索票记录",
        "建立进货查验记录台账",
        "2024-08-10",
        "",
    ),
    (
        "2024-07-18",
        "校园周边食品店",
        "清丰县金盛超市",
        "食品经营许可证过期仍在经营",
        "停业整改，办理许可证延续",
        "15日内",
        "已停业整改，正在办理许可证",
    ),
    (
        "2024-07-18",
        "幼儿园食堂",
        "清丰县韩村镇阳光幼儿园",
        "餐具消毒柜损坏未维修",
        "维修或更换餐具消毒柜",
        "7月31日前",
        "已更换消毒柜",
    ),
]


def write_food(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["韩村镇2024年秋季开学前校园及周边食品安全大排查问题整改台账"])
    w.writerow(
        [
            "填报单位：清丰县韩村镇食品安全委员会办公室；检查单位：镇食品安全协管站、镇应急办、韩村市场监管所；"
            "整改时限自检查之日起计算"
        ]
    )
    w.writerow(["序号", "检查日期", "对象类别", "整改主体", "发现问题", "整改要求", "整改时限", "整改情况"])
    for i, row in enumerate(FOOD_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(
        [
            "合计",
            "",
            "",
            "检查学校（幼儿园）食堂6所、校园小卖部3家、周边食品店及餐饮店14家",
            "发现问题8处",
            "",
            "",
            "",
        ]
    )
    w.writerow(["填表人：邵文娟    联系电话：0393-7261035    填报日期：2024年7月29日"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 燃气: a township's 燃气安全专项检查隐患整改台账, after 七甲乡's 燃气安全专项检查行动 (乡长带队; 检查用气合同、
# 气瓶间设置、报警设施、用气环境、是否存在违规使用燃气; 普通居民用户、小商业自用厨房、群租房、餐饮户、食堂):
# https://m.voc.com.cn/rmt/article/12104550.html
# An .xls (xlwt): title, 填报单位/检查时间 line, one header row, the 用户类别 merged down over the rows of each kind of
# user, the 隐患类型 in the source's five words, 整改责任单位 the village for households and the premises otherwise,
# a 合计 row with the check's counts and a signature line.
GAS_GROUPS = [
    (
        "居民用户",
        [
            (
                "杨集村张某某户",
                "报警设施",
                "厨房未安装燃气泄漏报警器和自闭阀",
                "杨集乡杨集村",
                "8月15日前",
                "自闭阀已发放，正在入户安装",
            ),
            (
                "后刘村李某某户",
                "用气环境",
                "液化气钢瓶放置在卧室内，紧邻电暖器",
                "杨集乡后刘村",
                "2024.7.12",
                "钢瓶已移出卧室，整改完成",
            ),
            (
                "韩徐店村王某某户",
                "违规使用",
                "使用超期未检的液化气钢瓶",
                "杨集乡韩徐店村",
                "2024.7.20",
                "未整改",
            ),
        ],
    ),
    (
        "群租房",
        [
            (
                "杨集街刘某某出租屋",
                "违规使用",
                "出租屋内违规使用瓶装液化气，房间无通风条件",
                "杨集乡杨集村",
                "7月20日前",
                "已停用液化气，改用电磁炉",
            ),
        ],
    ),
    (
        "小商业自用厨房",
        [
            (
                "供销超市自用厨房",
                "用气环境",
                "燃气软管长度超过2米且穿墙敷设",
                "范县杨集乡供销超市",
                "7月15日前",
                "已更换金属波纹管",
            ),
        ],
    ),
    (
        "餐饮户",
        [
            (
                "老味道烩面馆",
                "气瓶间设置",
                "未设置独立气瓶间，钢瓶与灶具同室存放",
                "范县杨集乡老味道烩面馆",
                "7月31日前",
                "正在砌筑独立气瓶间",
            ),
            (
                "福临门饭庄",
                "用气合同",
                "未与燃气经营企业签订供用气合同，气源来历不明",
                "范县杨集乡福临门饭庄",
                "2024年7月25日",
                "已签订供用气合同",
            ),
        ],
    ),
    (
        "食堂",
        [
            (
                "杨集乡中心学校食堂",
                "报警设施",
                "可燃气体报警器未与紧急切断阀联动",
                "范县杨集乡中心学校",
                "2024年8月31日",
                "",
            ),
        ],
    ),
]


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


def write_gas(path: Path) -> Path:
    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet("隐患整改台账")
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True, font="黑体"), _xf(), _xf(center=True)
    plain = _xf(border=False)
    for col, width in enumerate([6, 14, 20, 12, 34, 20, 14, 26]):
        ws.col(col).width = width * 256
    ws.write_merge(0, 0, 0, 7, "杨集乡燃气安全专项检查隐患整改台账", t)
    ws.write_merge(
        1,
        1,
        0,
        7,
        "填报单位：范县杨集乡人民政府（盖章）    检查时间：2024年7月9日至7月12日    填报日期：2024年7月26日",
        plain,
    )
    for col, word in enumerate(
        ["序号", "用户类别", "用户名称", "隐患类型", "隐患描述", "整改责任单位", "整改时限", "整改情况"]
    ):
        ws.write(2, col, word, h)
    r, n = 3, 0
    for kind, rows in GAS_GROUPS:
        if len(rows) > 1:
            ws.write_merge(r, r + len(rows) - 1, 1, 1, kind, ctr)
        else:
            ws.write(r, 1, kind, ctr)
        for row in rows:
            n += 1
            ws.write(r, 0, n, ctr)
            for col, v in enumerate(row):
                ws.write(r, 2 + col, v, ctr if col in (1, 4) else c)
            r += 1
    ws.write_merge(r, r, 0, 1, "合计", h)
    ws.write_merge(
        r,
        r,
        2,
        7,
        "共排查居民用户312户、群租房18户、小商业自用厨房11户、餐饮户6家、食堂2家，列入台账隐患8条",
        c,
    )
    ws.write_merge(r + 2, r + 2, 0, 7, "填表人：高红霞    分管领导：孟繁星    联系电话：0393-5470218", plain)
    book.save(str(path))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 自建房: a town's 经营性自建房 “红黄蓝” 挂牌整治清单, after 岳阳市's account of its 挂牌整治 (红牌禁止使用、黄牌暂停
# 使用、蓝牌整改验收合格后使用; 地基基础、房屋结构、消防安全; 房屋安全性鉴定; 清单化和挂牌销号管理，逐一落实整改
# 责任人、整治期限和整治措施，隐患整改完成…方可“摘牌”):
# http://www.yueyang.gov.cn/zwdt/content_1972528.html
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, one header row with the 责任村（社区）, the owner as 整改责任人
# (a person), 挂牌类别 and 鉴定结论, an 摘牌情况 column beside 整治进展, a 注 line saying what 摘牌 means, a signature
# line.
HOUSE_ROWS = [
    (
        "城关镇西街社区",
        "仓颉大道中段186号",
        "餐饮",
        "黄牌",
        "二层楼板开裂，擅自拆除承重墙扩大营业面积",
        "C级",
        "暂停使用，委托有资质单位加固",
        "刘某某",
        "2024年8月31日",
        "已暂停营业，加固方案已通过评审",
        "未摘牌",
    ),
    (
        "城关镇东街社区",
        "兴南路27号",
        "旅馆",
        "红牌",
        "房屋主体结构严重开裂，地基不均匀沉降",
        "D级",
        "停止使用，拆除",
        "王某某",
        "7月15日前",
        "已停止使用并拆除",
        "已摘牌",
    ),
    (
        "城关镇北街社区",
        "人民路西段55号",
        "超市",
        "蓝牌",
        "疏散楼梯堆放货物，无第二安全出口",
        "B级",
        "清理疏散楼梯，增设室外疏散楼梯",
        "张某某",
        "2024.7.20",
        "楼梯已清理，室外疏散楼梯正在施工",
        "未摘牌",
    ),
    (
        "城关镇三里庄村",
        "三里庄村村东",
        "食品小作坊",
        "蓝牌",
        "屋顶彩钢板加层，电气线路私拉乱接",
        "B级",
        "拆除彩钢加层，规范敷设电气线路",
        "李某某",
        "7月20日前",
        "已整改",
        "已摘牌",
    ),
    (
        "城关镇西街社区",
        "光明路112号",
        "出租房",
        "黄牌",
        "未经设计擅自加盖第五层，外墙开裂",
        "C级",
        "拆除违法加建部分",
        "赵某某",
        "2024年9月30日",
        "未启动",
        "未摘牌",
    ),
    (
        "城关镇东街社区",
        "兴南路63号",
        "棋牌室",
        "蓝牌",
        "窗户加装防盗网未留逃生口",
        "A级",
        "防盗网开设逃生口",
        "孙某某",
        "2024.7.10",
        "",
        "已摘牌",
    ),
    (
        "城关镇后平邑村",
        "后平邑村村中",
        "农资门市",
        "蓝牌",
        "砖木结构屋面椽条糟朽，局部漏雨",
        "B级",
        "更换屋面椽条，修缮屋面",
        "陈某某",
        "2024年10月底前",
        "正在备料",
        "未摘牌",
    ),
]


def write_house_book(path: Path) -> Path:
    b = Book(path, author="城关镇城建办")
    ws = b.sheet("挂牌整治清单")
    b.widths(ws, [6, 16, 18, 10, 8, 30, 8, 24, 10, 14, 26, 10])
    b.line(ws, 0, "南乐县城关镇经营性自建房安全隐患“红黄蓝”挂牌整治清单", 11, b.title)
    b.line(ws, 1, "填报单位：南乐县城关镇人民政府    填报日期：2024年7月25日", 11)
    b.header(
        ws,
        2,
        [
            "序号",
            "责任村（社区）",
            "房屋地址",
            "经营业态",
            "挂牌类别",
            "主要隐患",
            "鉴定结论",
            "整治措施",
            "整改责任人",
            "整治期限",
            "整治进展",
            "摘牌情况",
        ],
    )
    for i, row in enumerate(HOUSE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(HOUSE_ROWS)
    b.line(ws, end, "注：隐患整改完成并经镇城建办验收合格后摘牌销号。", 11)
    b.line(ws, end + 1, "填表人：徐振宇    审核人：杜建平    联系电话：0393-7223516", 11)
    return b.close()


def write_house(path: Path) -> Path:
    return via_soffice(write_house_book, path, "xls", "经营性自建房挂牌整治清单.xlsx")


# ---------------------------------------------------------------------------------------------
# 7. 矛盾纠纷: a township 综治中心's monthly 排查化解台账, after 旧口镇综治中心's account of its «台账式管理» of disputes
# (网格员上报; 土地权属、邻里摩擦、资源分配、灌溉冲突、树木遮阳; 排查在前、多元共治、长效固本; 回头看):
# https://zhongxiang.gov.cn/art/2025/10/29/art_6634_1185063.html
# An .xlsx: title with the month, 填报单位 line, one header row with a 受理时间 per row, 当事人 and 包案领导 (persons)
# beside the 责任单位 (villages, the 司法所, the 派出所, the township's own 综治中心), N日内 deadlines counted from
# 受理, 化解进展 and 回访情况, a 合计 row, a 说明 line and a signature line.
DISPUTE_ROWS = [
    (
        date(2024, 7, 2),
        "相邻关系",
        "李某某与赵某某",
        "赵某某在承包地边种植杨树，树荫遮挡李某某玉米地光照，双方多次争吵",
        "刘振华",
        "六塔乡前刘村",
        "协商移栽地头杨树，村两委见证签订协议",
        "15日内",
        "已化解",
        "已回访，双方满意",
    ),
    (
        date(2024, 7, 5),
        "农业灌溉",
        "后孙村三组与四组村民",
        "两个村民小组争抢机井灌溉时间，发生口角",
        "王立新",
        "六塔乡后孙村",
        "制定机井轮灌时间表并张榜公示",
        "7日内",
        "已化解，轮灌表已公示执行",
        "",
    ),
    (
        date(2024, 7, 8),
        "婚姻家庭",
        "张某与宋某",
        "夫妻因外出务工收入分配长期争吵，女方提出离婚",
        "张海燕",
        "六塔乡司法所",
        "开展婚姻家庭调解，必要时引导通过诉讼解决",
        "30日内",
        "正在调解",
        "",
    ),
    (
        date(2024, 7, 9),
        "土地承包",
        "王某某与东王村村委会",
        "王某某反映二轮延包时承包地少分0.8亩",
        "刘振华",
        "六塔乡东王村",
        "调取二轮延包档案，组织重新丈量",
        "2024年8月31日",
        "档案已调取，正在组织丈量",
        "",
    ),
    (
        date(2024, 7, 12),
        "劳资纠纷",
        "12名务工人员与清丰县宏达建筑劳务有限公司",
        "务工人员反映被拖欠工资共计8.6万元",
        "赵国强",
        "乡综治中心",
        "联系县人社部门约谈企业，督促足额支付",
        "7月31日前",
        "已约谈企业，企业承诺分两次支付",
        "",
    ),
    (
        date(2024, 7, 15),
        "邻里纠纷",
        "马某某与孙某某",
        "孙某某翻建房屋时将排水管伸入马某某院内",
        "王立新",
        "六塔乡马庄村",
        "现场调解，改造排水管走向",
        "7月25日前",
        "未化解，双方分歧较大",
        "",
    ),
    (
        date(2024, 7, 18),
        "宅基地",
        "刘某与刘某某兄弟",
        "兄弟二人因父母遗留宅基地分割发生争执",
        "张海燕",
        "六塔乡西六塔村",
        "组织家族长辈和村调委会共同调解",
        "15日内",
        "",
        "",
    ),
    (
        date(2024, 7, 22),
        "交通事故赔偿",
        "杨某某与田某某",
        "三轮车与电动车相撞致一人轻伤，赔偿数额未达成一致",
        "赵国强",
        "清丰县公安局六塔派出所",
        "开展交通事故损害赔偿调解",
        "10日内",
        "已达成赔偿协议，赔偿款已付清",
        "已回访",
    ),
]


def write_dispute(path: Path) -> Path:
    b = Book(path, author="六塔乡综治中心")
    ws = b.sheet("2024年7月")
    b.widths(ws, [6, 12, 10, 22, 34, 10, 20, 26, 12, 24, 16])
    b.line(ws, 0, "六塔乡矛盾纠纷排查化解工作台账（2024年7月）", 10, b.title)
    b.line(ws, 1, "填报单位：清丰县六塔乡人民政府（综治中心）    填报日期：2024年7月30日", 10)
    b.header(
        ws,
        2,
        [
            "序号",
            "受理时间",
            "纠纷类型",
            "当事人",
            "纠纷简要情况",
            "包案领导",
            "责任单位",
            "化解措施",
            "化解时限",
            "化解进展",
            "回访情况",
        ],
    )
    for i, row in enumerate(DISPUTE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(DISPUTE_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 10, "本月排查矛盾纠纷8件，已化解3件，化解率37.5%")
    b.line(ws, end + 1, "说明：化解时限自受理之日起计算。", 10)
    b.line(ws, end + 2, "综治中心主任：刘振华    填表人：牛晓光    联系电话：0393-7631190", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 低保: a township's report to the county 民政局 on its 农村低保 清理清查, after 临泽县沙河镇's «保重点、促公正»
# 清理清查专项行动 (全面摸底调查和信息比对; 关系保、人情保、平均保、错保、漏保; 清退失地农户享受养老保险、城镇户口、
# 财政人员近亲属、收入超标有车、婚嫁、享受其他待遇家庭):
# http://lanzhou.baogaosu.com/xinwen/%E4%B8%B4%E6%B3%BD%E5%8E%BF%E6%B2%99%E6%B2%B3%E9%95%87%E5%A4%9A%E6%8E%AA%E5%B9%B6%E4%B8%BE%E6%B2%BB%E7%90%86%E4%BD%8E%E4%BF%9D/24500546
# A .doc (Word 97 via LibreOffice): title, 主送, preamble with the counts, one table with the 责任单位 (villages and the
# township's own 民政办), 问题类型 in the source's words, a 长期坚持 row, a closing paragraph, the township and date.
RELIEF_ROWS = [
    (
        "夹河乡张庄村",
        "关系保",
        "村委委员近亲属张某某家庭不符合条件纳入低保，未履行备案手续",
        "取消低保，追回违规领取资金",
        "7月15日前",
        "已取消低保，违规领取资金3240元已追回",
    ),
    (
        "夹河乡刘楼村",
        "收入超标",
        "低保户刘某某家庭购置小轿车一辆，家庭人均收入超过保障标准",
        "停发低保金，按程序清退",
        "2024年7月10日",
        "已清退",
    ),
    (
        "夹河乡姜庄村",
        "漏保",
        "重度残疾人姜某某家庭符合条件未纳入保障",
        "指导申请，按程序纳入保障",
        "8月底前",
        "已提交申请，正在入户调查",
    ),
    (
        "乡民政办",
        "档案管理",
        "部分低保对象档案缺少入户调查表和民主评议记录",
        "补齐档案资料，规范“一户一档”",
        "2024年9月30日",
        "正在整理补齐",
    ),
    (
        "夹河乡八里庙村",
        "死亡未退",
        "低保对象李某某已于2024年3月去世，未及时停发低保金",
        "停发低保金并追回多发资金",
        "7月20日前",
        "未整改",
    ),
    (
        "夹河乡王集村",
        "婚嫁迁出",
        "低保对象王某某已婚嫁迁出，仍在原家庭享受低保",
        "核减保障人口",
        "2024年7月31日",
        "",
    ),
    (
        "乡民政办",
        "动态管理",
        "低保对象信息与公安、市场监管、不动产登记等部门数据比对不及时",
        "建立按季度数据比对机制",
        "长期坚持",
        "常态化推进",
    ),
]


def write_relief_docx(path: Path) -> Path:
    doc = _new_document("夹河乡民政办")
    _title(doc, "夹河乡关于农村低保专项治理清理清查发现问题整改情况的报告", 20)
    _paragraph(doc, "县民政局：")
    _paragraph(
        doc,
        "按照县民政局《关于开展农村低保专项治理“回头看”的通知》要求，我乡集中力量对全乡1036户1712名农村低保对象"
        "开展了全面摸底调查和信息比对，重点清理“关系保、人情保、错保、漏保”等问题，对不符合条件的坚决清退，"
        "对符合条件的及时纳入。现将清理清查发现的问题及整改情况报告如下：",
        indent=True,
    )
    body = [[str(i), *row] for i, row in enumerate(RELIEF_ROWS, 1)]
    _table(doc, ["序号", "责任单位", "问题类型", "问题描述", "整改措施", "整改时限", "整改情况"], body)
    _paragraph(
        doc,
        "下一步，我乡将坚持“应保尽保、应退尽退”，健全低保对象动态管理机制，确保低保政策公平公正落实。",
        indent=True,
    )
    _paragraph(doc, "台前县夹河乡人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月24日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_relief(path: Path) -> Path:
    return via_soffice(write_relief_docx, path, "doc", "低保专项治理问题整改情况报告.docx")


# ---------------------------------------------------------------------------------------------
# 9. 养老: a street office's joint check of the 养老机构 in its area, after 丹江街道's 养老机构安全隐患检查 (联合民政、
# 应急、市场监管等多部门; 房屋产权属性、消防安全、燃气安全、食品安全; 室内消防栓无法正常使用、燃气管不合格、未配备
# 消毒柜、工作人员健康证过期、逃生出口上锁、消防疏散通道不畅、隔断使用易燃材料、看护人员较少无法及时疏散老人、电气
# 线路混乱; 街道应急办详细记录，移交相关行管部门，共同跟踪闭环管理):
# http://jl.people.com.cn/BIG5/n2/2025/0307/c349771-41156917.html
# A .zip of two returns: the street's .xlsx 问题清单 (检查时间/参检单位 line naming city bureaus as inspectors, one
# header row with the 养老机构 as 整改责任单位, 复查情况 beside 整改情况, a 注 line and a 填表人 line) and one
# 养老机构's own .docx 自查整改情况表 whose rows name only its own 部门.
CARE_ROWS = [
    (
        "濮阳市华龙区康乐养老院",
        "消防安全",
        "室内消火栓无水，无法正常使用",
        "维修消防供水管道",
        "7月25日前",
        "已维修，试水正常",
        "已复查",
    ),
    (
        "濮阳市华龙区康乐养老院",
        "燃气安全",
        "厨房燃气连接管为不合格橡胶软管",
        "更换金属波纹管",
        "2024.7.15",
        "已更换",
        "",
    ),
    (
        "濮阳市华龙区福寿苑养老服务中心",
        "消防安全",
        "夜间逃生出口上锁，疏散通道堆放轮椅等杂物",
        "清理疏散通道，安全出口改为推闩门",
        "2024.7.12",
        "已整改",
        "复查合格",
    ),
    (
        "濮阳市华龙区福寿苑养老服务中心",
        "食品安全",
        "2名护理员健康证过期，食堂未配备消毒柜",
        "办理健康证，配备消毒柜",
        "7月31日前",
        "消毒柜已配备，健康证正在办理",
        "",
    ),
    (
        "濮阳市华龙区夕阳红老年公寓",
        "房屋安全",
        "二楼居室隔断使用易燃泡沫夹芯板",
        "拆除易燃隔断，改用不燃材料",
        "2024年8月31日",
        "未整改",
        "",
    ),
]
CARE_SELF_ROWS = [
    (
        "后勤部",
        "电气线路私拉乱接，部分插座无漏电保护",
        "重新敷设线路，加装漏电保护器",
        "2024年7月20日",
        "已完成",
    ),
    (
        "护理部",
        "夜间值班护理员仅1人，无法及时疏散行动不便老人",
        "增配夜班护理员2名",
        "8月底前",
        "已招聘1名，另1名正在招聘",
    ),
    ("厨房", "食品留样时间不足48小时", "规范留样，专人登记", "2024年7月15日", "已整改"),
    ("办公室", "未组织消防应急疏散演练", "每季度开展一次应急疏散演练", "长期坚持", "长期坚持"),
]


def write_care_book(path: Path) -> Path:
    b = Book(path, author="人民路街道社会事务办")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 30, 10, 34, 28, 12, 26, 12])
    b.line(ws, 0, "人民路街道养老机构安全隐患联合检查问题清单", 7, b.title)
    b.line(
        ws,
        1,
        "检查时间：2024年7月11日    参检单位：街道应急办、社会事务办会同市民政局、市应急管理局、"
        "市市场监督管理局、市消防救援支队",
        7,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "整改责任单位（养老机构）",
            "检查领域",
            "存在问题",
            "整改要求",
            "整改时限",
            "整改情况",
            "复查情况",
        ],
    )
    for i, row in enumerate(CARE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(CARE_ROWS)
    b.line(
        ws,
        end,
        "注：本次共检查辖区养老机构3家，发现隐患问题5个，已移交相关行业主管部门共同跟踪闭环管理。",
        7,
    )
    b.line(
        ws,
        end + 1,
        "填报单位：濮阳市华龙区人民路街道办事处    填表人：石慧    联系电话：0393-8661742    填报日期：2024年7月25日",
        7,
    )
    return b.close()


def write_care_self(path: Path) -> Path:
    doc = _new_document("夕阳红老年公寓")
    _title(doc, "濮阳市华龙区夕阳红老年公寓安全隐患自查整改情况表", 18)
    _paragraph(doc, "报送：人民路街道社会事务办    填报日期：2024年7月26日", 12)
    body = [[str(i), *row] for i, row in enumerate(CARE_SELF_ROWS, 1)]
    _table(doc, ["序号", "责任部门", "存在问题", "整改措施", "完成时限", "整改情况"], body)
    _paragraph(doc, "负责人：贺玉兰    填表人：郭鹏    联系电话：13839301876", 12)
    return _save_fixed(doc, path)


def write_care(path: Path) -> Path:
    members = [
        ("人民路街道养老机构安全隐患联合检查问题清单.xlsx", write_care_book),
        ("夕阳红老年公寓安全隐患自查整改情况表.docx", write_care_self),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.flag_bits |= 0x800  # the names are UTF-8
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 10. 农村道路: a town's 农村公路养护问题排查整改台账, after 王寨镇's 农村公路大养护 (各村（社区）…“有路必养、养必到位，
# 有路必管、管必见效”; 路面平整无坑槽、边坡稳定无缺口、边沟畅通无淤塞; 田间路、村组路、入户路; 养护责任划分到人;
# 修整路肩、修剪路边绿化带树木、疏通边沟、治理乱堆乱放):
# http://m.guannadl.com/grassroots/269/161332771.html
# An .ods (LibreOffice conversion, member times fixed): title, 填报单位 and 养护标准 lines, one header row with 路线名称,
# 桩号 and 路线类别, the villages and the town's own 农路办 as 责任单位, a 养护责任人 (a person), a 镇农路办验收 column,
# 第三季度 and 长期坚持, a 注 line and a signature line.
ROAD_ROWS = [
    (
        "子岸—东北庄",
        "K1+200—K1+350",
        "乡道",
        "路面",
        "路面坑槽12处，最大面积约2平方米",
        "子岸镇东北庄村",
        "王建军",
        "2024年7月15日",
        "已修补",
        "验收合格",
    ),
    (
        "北辛庄村村组路",
        "K0+300—K0+800",
        "村道",
        "边沟",
        "边沟淤塞，雨后路面积水",
        "子岸镇北辛庄村",
        "刘长青",
        "7月20日前",
        "正在清淤",
        "",
    ),
    (
        "前化寨村入户路",
        "—",
        "入户路",
        "路肩",
        "路肩缺损，路面与路肩落差约15厘米",
        "子岸镇前化寨村",
        "张付生",
        "7月31日前",
        "已培土修整路肩",
        "验收合格",
    ),
    (
        "子岸—王什",
        "K3+100",
        "乡道",
        "安全设施",
        "急弯处缺少警示标志和波形护栏",
        "镇农路办",
        "李国庆",
        "第三季度",
        "护栏已采购，正在安装",
        "",
    ),
    (
        "后化寨村田间路",
        "K0+000—K0+600",
        "田间路",
        "路域环境",
        "路边堆放柴草杂物，路旁树木遮挡行车视线",
        "子岸镇后化寨村",
        "赵明",
        "7月10日前",
        "已清理柴草堆8处，树木已修剪",
        "验收合格",
    ),
    (
        "东子岸村村组路",
        "K0+500",
        "村道",
        "路基",
        "路基边坡被雨水冲刷出缺口约5米",
        "子岸镇东子岸村",
        "孙建设",
        "2024年8月15日",
        "未整改",
        "",
    ),
    (
        "西子岸村村组路",
        "全线",
        "村道",
        "日常养护",
        "路面清扫不及时，车辆抛洒物未清理",
        "子岸镇西子岸村",
        "周红",
        "长期坚持",
        "常态化推进",
        "",
    ),
    (
        "北辛庄—南辛庄",
        "K1+000—K1+050",
        "村道",
        "桥涵",
        "过路涵管堵塞，涵洞口护坡破损",
        "子岸镇南辛庄村",
        "陈立",
        "8月底前",
        "",
        "",
    ),
]


def write_road_book(path: Path) -> Path:
    b = Book(path, author="子岸镇农路办")
    ws = b.sheet("养护台账")
    b.widths(ws, [6, 18, 18, 8, 10, 32, 18, 10, 16, 26, 12])
    b.line(ws, 0, "子岸镇农村公路养护问题排查整改台账", 10, b.title)
    b.line(ws, 1, "填报单位：濮阳县子岸镇人民政府（镇农路办）    填报日期：2024年7月29日", 10)
    b.line(ws, 2, "养护标准：路面平整无坑槽、边坡稳定无缺口、边沟畅通无淤塞", 10)
    b.header(
        ws,
        3,
        [
            "序号",
            "路线名称",
            "路段（桩号）",
            "路线类别",
            "问题类型",
            "问题描述",
            "责任单位",
            "养护责任人",
            "计划完成时间",
            "完成情况",
            "镇农路办验收",
        ],
    )
    for i, row in enumerate(ROAD_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(ROAD_ROWS)
    b.line(ws, end, "注：“镇农路办验收”栏由镇农路办复查后填写。", 10)
    b.line(ws, end + 1, "填表人：马卫东    分管领导：吕新民    联系电话：0393-3261178", 10)
    return b.close()


def write_road(path: Path) -> Path:
    via_soffice(write_road_book, path, "ods", "农村公路养护问题排查整改台账.xlsx")
    return fixed_zip(path)


FILES = [
    ("文留镇关于市人居环境暗访督查反馈问题整改情况的报告.docx", write_habitat),
    ("任丘路街道汛期风险隐患排查整治台账.xlsx", write_flood),
    ("开州路街道区消安办通报消防隐患问题整改清单.xlsx", write_fire),
    ("韩村镇秋季开学前校园及周边食品安全排查问题整改台账.csv", write_food),
    ("杨集乡燃气安全专项检查隐患整改台账.xls", write_gas),
    ("南乐县城关镇经营性自建房挂牌整治清单.et", write_house),
    ("六塔乡矛盾纠纷排查化解工作台账（2024年7月）.xlsx", write_dispute),
    ("夹河乡农村低保专项治理问题整改情况报告.doc", write_relief),
    ("人民路街道养老机构安全检查问题整改（街道及夕阳红老年公寓）.zip", write_care),
    ("子岸镇农村公路养护问题排查整改台账.ods", write_road),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

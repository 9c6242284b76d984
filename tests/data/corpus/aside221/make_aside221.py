"""Write the aside221 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 安全生产隐患 (常见类型，新来源)、消防、特种设备、燃气 — 物业小区电动自行车隐患, 重大火灾隐患挂牌督办, 餐饮场所
燃气隐患, 燃气管道占压整治, 不合格电梯整治, 校园特种设备检查, 气瓶充装检查, 安全生产明查暗访反馈, 企业隐患整改回执单,
医疗机构消防检查.
Forms: .xlsx (three, one more inside the zip), .xls (xlwt, with a merged 督办级别 column), .et and .ods (LibreOffice
conversions of an .xlsx), .doc (LibreOffice conversion of a .docx), a CSV in GBK, a .docx whose items are numbered
paragraphs, and a .zip of two returns (an .xlsx and a UTF-8 CSV). Contents are made up; the statistics date is
2024-07-31.
Run from this folder: python make_aside221.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 31, 9, 20, 0)
ZIP_TIME = (2024, 7, 31, 9, 20, 0)
TICK = "√"


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
# 1. 物业管理区域电动自行车安全隐患排查整改统计表, after a county 住房和城乡建设局's report on 物业管理区域电动自行车
# 安全隐患排查治理 (成立专项检查小组，建立物业管理区域电动自行车专用督导表和检查台账; 物业项目报送“电动车隐患整改排查
# 统计表”; 乱停乱放占用楼梯间、堵塞疏散通道，充电线路乱拉乱接，充电设施配备不足):
# https://hljyxjs.com/fw78/2041.html
# An .xlsx: title, 填报单位/填报日期 line, a two-row header with 是否整改到位 over ticks under 是 and 否 (the only
# verdict some rows have), the 检查日期 the 立行立改 rows count from, a 合计 row counting the ticks, a 填表说明 line.
EBIKE_ROWS = [
    (
        "华龙区",
        "建业桂园小区",
        "濮阳建业物业服务有限公司",
        date(2024, 7, 8),
        "违规停放",
        "电动自行车在单元门厅、楼梯间停放，占用疏散通道",
        "清理楼道车辆，划定室外停放区",
        "立行立改",
        TICK,
        "",
        "已清理，每日巡查",
    ),
    (
        "华龙区",
        "绿城花园小区",
        "濮阳市绿城物业管理有限公司",
        date(2024, 7, 8),
        "飞线充电",
        "3号楼住户从三楼窗户私拉电线为电动自行车充电",
        "拆除飞线，告知住户到充电车棚充电",
        "7月15日前",
        TICK,
        "",
        "已拆除飞线4处",
    ),
    (
        "华龙区",
        "昆吾花园小区",
        "濮阳市安泰物业服务有限公司",
        date(2024, 7, 9),
        "充电设施不足",
        "小区现有充电口48个，不能满足1200余辆电动自行车充电需求",
        "新建充电车棚，增设充电口200个",
        "8月底前",
        "",
        TICK,
        "已选址新建充电车棚2处，正在施工",
    ),
    (
        "华龙区",
        "油田长庆园小区",
        "中原油田濮东物业管理服务中心",
        date(2024, 7, 9),
        "场所不符合要求",
        "地下车库设置电动自行车集中停放充电区，未与汽车库进行防火分隔",
        "迁出地下车库或设置防火分隔",
        "2024年9月30日",
        "",
        TICK,
        "",
    ),
    (
        "华龙区",
        "胜利路老旧小区（无物业）",
        "华龙区胜利路街道办事处",
        date(2024, 7, 10),
        "入户充电",
        "无物业老旧小区居民将电动自行车电池带入楼内充电",
        "社区网格员入户宣传，夜间巡查劝阻",
        "长期坚持",
        "",
        "",
        "常态化夜查，长期坚持",
    ),
    (
        "濮阳县",
        "恒通御景园小区",
        "濮阳县恒通物业服务有限公司",
        date(2024, 7, 10),
        "可燃物堆放",
        "电动自行车充电车棚内堆放纸箱、旧家具等可燃物",
        "清理可燃物",
        "立行立改",
        "",
        "",
        "",
    ),
    (
        "清丰县",
        "宏达世纪城小区",
        "清丰县宏达物业服务有限公司",
        date(2024, 7, 11),
        "消防器材缺失",
        "充电车棚未配置灭火器材，无安全警示标志",
        "配备灭火器，张贴警示标志",
        "7月20日前",
        TICK,
        "",
        "",
    ),
    (
        "南乐县",
        "金色家园小区",
        "南乐县金色家园物业服务有限公司",
        date(2024, 7, 12),
        "电动车进电梯",
        "电梯未安装电动自行车阻车装置，住户推车乘电梯上楼",
        "加装电梯阻车系统",
        "2024年8月15日",
        "",
        TICK,
        "阻车系统已采购，待安装",
    ),
]


def write_ebike(path: Path) -> Path:
    b = Book(path, author="物业管理科")
    ws = b.sheet("统计表")
    b.widths(ws, [6, 8, 22, 26, 12, 12, 40, 26, 14, 6, 6, 26])
    b.line(ws, 0, "全市物业管理区域电动自行车安全隐患排查整改统计表", 11, b.title)
    b.line(ws, 1, "填报单位：濮阳市住房和城乡建设局（盖章）    填报日期：2024年7月29日", 11)
    words = [
        "序号",
        "县（区）",
        "物业项目名称",
        "物业服务企业",
        "检查日期",
        "隐患类型",
        "存在问题",
        "整改措施",
        "整改时限",
    ]
    for c, word in enumerate(words):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 9, 2, 10, "是否整改到位", b.head)
    b.header(ws, 3, ["是", "否"], first=9)
    b.merge(ws, 2, 11, 3, 11, "整改情况", b.head)
    for i, row in enumerate(EBIKE_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (1, 5, 8, 9, 10) else None)
    end = 4 + len(EBIKE_ROWS)
    done = sum(1 for row in EBIKE_ROWS if row[8] == TICK)
    open_ = sum(1 for row in EBIKE_ROWS if row[9] == TICK)
    b.merge(ws, end, 0, end, 1, "合计", b.center)
    b.merge(ws, end, 2, end, 8, f"检查物业项目{len(EBIKE_ROWS)}个，发现隐患{len(EBIKE_ROWS)}处", b.cell)
    b.put(ws, end, 9, done, b.center)
    b.put(ws, end, 10, open_, b.center)
    b.put(ws, end, 11, "", b.cell)
    b.line(
        ws,
        end + 1,
        "填表说明：“是否整改到位”栏在对应项下打“√”；“立行立改”事项以检查当日为整改时限。",
        11,
    )
    b.line(ws, end + 2, "审核人：郑国栋    填表人：孙晓梅    联系电话：0393-4412376", 11)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 重大火灾隐患挂牌督办整改进展情况表, after a province's decision to put 58 处重大火灾隐患 under 省、市、县分级挂牌
# 督办 (省政府挂牌督办11处、各市政府16处、各县(市、区)政府31处; 要在6月底前全部销案; 医院、宾馆酒店、工厂、商场市场;
# 自动消防设施不全或不能正常发挥作用，应急照明灯、疏散指示标志缺失，防火门闭门器、顺序器损坏，疏散通道、消防车道
# 被堵塞占用):
# http://calabash-boy.com/system/2013/03/05/012607835.shtml
# An .xls (xlwt): title, 填报单位 line, a line stating the 6月底前 销案 requirement, one header row with the 督办级别
# merged down its rows, 整改进展 beside a 销案情况 column (the later verdict), a 备注 column, a signature line.
FIRE_ROWS = [
    (
        "市政府挂牌督办",
        [
            (
                "濮阳市金都购物广场有限公司",
                "华龙区",
                "自动喷水灭火系统不能正常运行，火灾自动报警系统处于故障状态",
                "6月底前",
                "已完成系统维修，经检测合格",
                "已销案",
                "",
            ),
            (
                "濮阳县仁和医院",
                "濮阳县",
                "住院楼疏散指示标志、应急照明灯损坏率超过30%",
                "6月底前",
                "已更换应急照明灯具260套",
                "已销案",
                "",
            ),
            (
                "濮阳市众意公交公司",
                "华龙区",
                "城东停保场维修车间与停车库之间防火分隔不符合要求",
                "2024年9月30日",
                "防火墙砌筑已完成60%",
                "",
                "经市政府同意延期",
            ),
        ],
    ),
    (
        "县（区）政府挂牌督办",
        [
            (
                "清丰县鸿运宾馆",
                "清丰县",
                "常闭式防火门损坏数量超过50%，闭门器、顺序器缺失",
                "6月底前",
                "未整改",
                "",
                "",
            ),
            (
                "南乐县鑫华木业有限公司",
                "南乐县",
                "生产车间与员工宿舍设置在同一建筑内，未进行防火分隔",
                "2024年8月31日",
                "宿舍已搬离，车间分隔正在施工",
                "",
                "",
            ),
            (
                "范县城关镇农贸市场管理服务中心",
                "范县",
                "市场消防车通道被摊位占用堵塞，室外消火栓无水",
                "年底前",
                "已清理消防车通道，消防管网改造已招标",
                "",
                "",
            ),
            (
                "台前县金嗓子娱乐有限公司",
                "台前县",
                "火灾自动报警系统不能联动控制，机械排烟设施不能正常运行",
                "6月底前",
                "整改完成，经县消防救援大队复查合格",
                "已申请销案，待县政府批复",
                "",
            ),
        ],
    ),
]


def write_fire(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "2024年濮阳市重大火灾隐患挂牌督办整改进展情况表", t, 0, 8),
        (1, 0, "填报单位：濮阳市消防救援支队防火监督处    统计截至：2024年7月30日", plain, 1, 8),
        (2, 0, "按照市政府要求，2024年挂牌督办的重大火灾隐患须于6月底前全部整改销案。", plain, 2, 8),
    ]
    words = [
        "序号",
        "督办级别",
        "隐患单位",
        "所在县（区）",
        "重大火灾隐患情况",
        "整改期限",
        "整改进展",
        "销案情况",
        "备注",
    ]
    for col, word in enumerate(words):
        cells.append((3, col, word, h))
    r, n = 4, 0
    for level, rows in FIRE_ROWS:
        cells.append((r, 1, level, ctr, r + len(rows) - 1, 1))
        for row in rows:
            n += 1
            cells.append((r, 0, n, ctr))
            for col, v in enumerate(row, 2):
                cells.append((r, col, v, ctr if col in (3, 5, 7) else c))
            r += 1
    cells.append((r, 0, "审核人：马骁    填表人：刘晓辉    联系电话：0393-6651190", plain, r, 8))
    return _write_xls(path, [("督办进展", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 餐饮场所燃气安全隐患排查整治台账, after a town's account of its 餐饮行业燃气领域专项安全检查 run by its “九小场所”
# 管理办公室 (液化气罐体是否达标、是否超过使用年限、存放位置是否得当、燃气报警装置是否安装、灭火器; 厨房堆放杂物、
# 胶管老化漏气、电线线路老化严令立即整改; 共摸排检查餐饮场所103家，发现安全隐患468项，已落实整改169项):
# https://www.qingzhou.ren/guanzhu/248001.html
# A CSV in GBK: a title line, a 填报单位 line, one header line with the 排查日期 that 立即整改 and N日内/N个工作日内
# count from, the 经营者 beside the 场所名称, a 复查人 column, a 合计 line and a 注 line.
GAS_SHOP_ROWS = [
    (
        "2024-07-09",
        "韩村镇老街烩面馆",
        "李某军",
        "液化气钢瓶放置在灶台下方，与灶具距离不足1米",
        "钢瓶移出灶台，保持安全距离",
        "立即整改",
        "已整改",
        "张伟",
    ),
    (
        "2024-07-09",
        "韩村镇福满楼饭店",
        "王某华",
        "用气场所未安装可燃气体泄漏报警装置",
        "安装报警装置并保持通电",
        "7个工作日内",
        "已安装报警器，经复查合格",
        "张伟",
    ),
    (
        "2024-07-10",
        "韩村镇小李炒鸡店",
        "李某",
        "燃气连接胶管老化龟裂，长度超过2米",
        "更换为金属波纹管",
        "3日内",
        "已更换金属波纹管",
        "刘洋",
    ),
    (
        "2024-07-11",
        "韩村镇好再来快餐店",
        "赵某",
        "厨房内同时存放液化气钢瓶2只，超量存放",
        "多余钢瓶移出操作间",
        "立即整改",
        "",
        "刘洋",
    ),
    (
        "2024-07-11",
        "韩村镇宴宾楼酒店",
        "孙某强",
        "使用超期未检液化气钢瓶3只",
        "联系充装单位更换合格钢瓶",
        "5日内",
        "已更换1只，其余2只正在联系充装站更换",
        "刘洋",
    ),
    (
        "2024-07-15",
        "韩村镇中心小学食堂",
        "周某",
        "学校食堂厨房未配备灭火器和灭火毯",
        "配齐灭火器材",
        "2024-07-25",
        "未整改",
        "张伟",
    ),
    (
        "2024-07-16",
        "韩村镇兴旺饺子馆",
        "吴某",
        "后厨堆放纸箱等杂物，电线老化裸露",
        "清理杂物，更换电线",
        "7月31日前",
        "杂物已清理，线路正在更换",
        "张伟",
    ),
    (
        "2024-07-17",
        "韩村镇幸福里农家院",
        "郑某",
        "燃气灶具无熄火保护装置",
        "更换带熄火保护装置的灶具",
        "8月15日前",
        "未整改",
        "刘洋",
    ),
]


def write_gas_shops(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["韩村镇餐饮场所燃气安全隐患排查整治台账"])
    w.writerow(["填报单位：清丰县韩村镇“九小场所”管理办公室    填报日期：2024年7月30日"])
    w.writerow(
        ["序号", "排查日期", "场所名称", "经营者", "存在隐患", "整改要求", "整改期限", "整改结果", "复查人"]
    )
    for i, row in enumerate(GAS_SHOP_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "本期排查餐饮场所38家", "", "发现隐患52项", "", "", "已落实整改31项", ""])
    w.writerow(["注：整改期限自排查之日起计算；“立即整改”事项须于排查当日整改完毕。"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 4. 城镇燃气管道违章占压隐患排查整治进展情况表, after a city's 燃气安全管理领导小组 account of its 燃气管道违章占压
# 整治 (全市475处燃气管道违章占压建筑物及堆积物; 由各县区(开发区、新区)政府(管委会)负责排查整治; 清理、搬迁、改道,
# 管道上方和两侧安全距离范围内“零占压”; 相关部门依据责任分工整治未取得许可的液化气储配站、铸铁管网改造、超期未检
# 钢瓶、无证设置瓶装燃气存放点):
# https://nanchang.baogaosu.com/xinwen/%E5%A4%84%E7%87%83%E6%B0%94/39553681
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 填报单位 line, a line
# stating the 立行立改 base date, one header row with 牵头单位 beside 配合单位 (short and former names), 隐患数量 and
# 已整治 counts, deadlines as schedule texts / month ranges / 年底前 / 长期坚持, a 合计 row, a signature line.
PIPE_ROWS = [
    (
        "华龙区城区燃气中压管道上方违章搭建彩钢房、临时建筑",
        15,
        "华龙区人民政府",
        "市城管执法局、市燃气公司",
        "8月底前完成违建清理，10月底前全部完成改道",
        "已拆除违建9处，其余6处正在协调搬迁",
        9,
    ),
    (
        "濮阳县城区燃气管道两侧安全距离内堆放建筑材料、杂物",
        8,
        "濮阳县人民政府",
        "市燃气公司",
        "2024年7月20日",
        "已全部清理完毕",
        8,
    ),
    (
        "开发区道路施工土方、建材堆压燃气管道",
        4,
        "濮阳经济技术开发区管理委员会",
        "市住建局",
        "2024年6-9月",
        "",
        "",
    ),
    (
        "胜利路、人民路段燃气铸铁管网老化",
        "",
        "市住建局",
        "市燃气公司",
        "2023-2025年",
        "已完成改造4.2公里，正在推进",
        "",
    ),
    (
        "全市超期未检液化石油气钢瓶清理",
        "",
        "市质监局",
        "各县（区）人民政府",
        "年底前",
        "未启动",
        "",
    ),
    (
        "无证设置的瓶装燃气存放点取缔",
        11,
        "市城管局",
        "市公安局、市市场监管局",
        "立行立改",
        "已取缔11处",
        11,
    ),
    (
        "清丰县燃气管道安全保护范围内违规施工、种植深根植物",
        6,
        "清丰县人民政府",
        "市燃气公司",
        "长期坚持",
        "建立联合巡线机制，常态化推进",
        "",
    ),
    (
        "燃气管道标志桩、警示牌缺失",
        23,
        "市燃气公司",
        "",
        "2024年8月15日",
        "已补设17处，其余正在补设",
        17,
    ),
]


def write_pipe_book(path: Path) -> Path:
    b = Book(path, author="燃气热力科")
    ws = b.sheet("整治进展")
    b.widths(ws, [6, 40, 10, 24, 24, 30, 30, 10])
    b.line(ws, 0, "全市城镇燃气管道违章占压隐患排查整治进展情况表", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳市城市管理局（燃气热力科）    填报日期：2024年7月29日", 7)
    b.line(ws, 2, "本轮整治自2024年7月1日启动，“立行立改”事项自启动之日起整改到位。", 7)
    b.header(
        ws,
        3,
        [
            "序号",
            "整治任务",
            "隐患数量（处）",
            "牵头单位",
            "配合单位",
            "完成时限",
            "进展情况",
            "已整治（处）",
        ],
    )
    for i, row in enumerate(PIPE_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (2, 7) else None)
    end = 4 + len(PIPE_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.put(ws, end, 1, f"共{len(PIPE_ROWS)}项整治任务", b.cell)
    b.put(ws, end, 2, sum(row[1] for row in PIPE_ROWS if row[1] != ""), b.center)
    for c in range(3, 7):
        b.put(ws, end, c, "", b.cell)
    b.put(ws, end, 7, sum(row[6] for row in PIPE_ROWS if row[6] != ""), b.center)
    b.line(ws, end + 2, "单位负责人：秦伟    填表人：杜雅琳    联系电话：0393-8661025", 7)
    return b.close()


def write_pipe(path: Path) -> Path:
    return via_soffice(write_pipe_book, path, "xls", "燃气管道违章占压整治进展.xlsx")


# ---------------------------------------------------------------------------------------------
# 5. 不合格电梯专项整治整改落实情况表, after a county 市场监督管理局's 不合格电梯专项整治 (向不合格电梯使用单位下达整改
# 告知书，逐家落实整改; 每台电梯每年都要按期检验，检验合格取得安全检验合格标志后方可继续使用):
# http://www.internet-edition.com/node_3187366.htm
# An .xlsx: title, 填报单位 line, a two-row header (电梯基本情况 over 使用单位/设备注册代码/安装地点, 整改告知书 over
# 编号/下达日期, 整改落实 over 整改期限/整改情况/复检结论), deadlines as N日内 from the 下达日期 and 年底前, a 注 line
# and a signature line. The 复检结论 is the later verdict.
LIFT_ROWS = [
    (
        "濮阳市人民医院",
        "31104109002016060012",
        "门诊楼2号梯",
        "层门门锁电气安全装置失效",
        "濮市监特告〔2024〕011号",
        date(2024, 7, 2),
        "15日内",
        "已更换层门门锁装置",
        "复检合格",
    ),
    (
        "市卫计委",
        "31104109002011030005",
        "机关办公楼1号梯",
        "制动器制动力不足，轿厢停层不准",
        "濮市监特告〔2024〕012号",
        date(2024, 7, 3),
        "15日内",
        "已调整制动器，已申请复检",
        "",
    ),
    (
        "濮阳市恒泰物业管理有限公司",
        "31104109002018110031",
        "龙城花园3号楼1单元",
        "轿厢应急照明和紧急报警装置不能正常工作",
        "濮市监特告〔2024〕014号",
        date(2024, 7, 5),
        "10日内",
        "",
        "复检合格",
    ),
    (
        "濮阳市第一高级中学",
        "31104109002013080007",
        "实验楼电梯",
        "电梯超期未检验，仍在使用",
        "濮市监特告〔2024〕016号",
        date(2024, 7, 8),
        "30日内",
        "已停止使用，已向检验机构报检",
        "",
    ),
    (
        "濮阳市华联商厦有限公司",
        "32104109002015040002",
        "一楼至二楼自动扶梯",
        "扶手带与梯级运行速度偏差超标",
        "濮市监特告〔2024〕017号",
        date(2024, 7, 10),
        "20日内",
        "未整改",
        "",
    ),
    (
        "市人社局",
        "31104109002017050019",
        "人社服务大厅电梯",
        "限速器超过校验周期",
        "濮市监特告〔2024〕019号",
        date(2024, 7, 12),
        "15日内",
        "限速器已校验",
        "复检合格",
    ),
    (
        "南乐县人民医院",
        "31104109002012090004",
        "病房楼4号梯",
        "未安装轿厢意外移动保护装置",
        "濮市监特告〔2024〕021号",
        date(2024, 7, 15),
        "年底前",
        "已签订改造合同",
        "",
    ),
]


def write_lifts(path: Path) -> Path:
    b = Book(path, author="特种设备安全监察科")
    ws = b.sheet("整改落实")
    b.widths(ws, [6, 26, 24, 20, 32, 24, 12, 12, 28, 12])
    b.line(ws, 0, "全市不合格电梯专项整治整改落实情况表", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市市场监督管理局（特种设备安全监察科）    填报日期：2024年7月30日", 9)
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 3, "电梯基本情况", b.head)
    b.header(ws, 3, ["使用单位", "设备注册代码", "安装地点"], first=1)
    b.merge(ws, 2, 4, 3, 4, "检验不合格项目", b.head)
    b.merge(ws, 2, 5, 2, 6, "整改告知书", b.head)
    b.header(ws, 3, ["编号", "下达日期"], first=5)
    b.merge(ws, 2, 7, 2, 9, "整改落实", b.head)
    b.header(ws, 3, ["整改期限", "整改情况", "复检结论"], first=7)
    for i, row in enumerate(LIFT_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (2, 7, 9) else None)
    end = 4 + len(LIFT_ROWS)
    b.line(
        ws,
        end,
        "注：整改期限自整改告知书下达之日起计算；复检由市特种设备检验所实施，复检合格后方可恢复使用。",
        9,
    )
    b.line(ws, end + 1, "审核人：韩卫东    填表人：魏静    联系电话：0393-8910237", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 学校特种设备安全专项检查发现问题整改情况的报告, after a county 质监局's 校园锅炉及电梯等特种设备专项检验 (检查学校
# 18所，查出严重设备隐患3起、一般隐患4起; 暑假期间电梯缺少维护保养记录; 锅炉疏于管理造成本体锈蚀、管道渗漏; 下达
# 安全检查指令书，责令限期整改):
# http://www.boilerinfo.net/news/show.php?itemid=109228
# A .docx: title, 主送, preamble, the items as numbered paragraphs （一）…（七）, each naming a school (the unit), the
# hazard grade, the 时限 (a date, 15个工作日内 from the 指令书 date, 年底前, 立行立改 on the day found, 长期坚持) and the
# progress in sentences; a closing paragraph, the bureau and date at the foot.
SCHOOL_PARAS = [
    (
        "（一）濮阳市第三中学。学生食堂蒸汽锅炉暑假停用期间未落实停炉保养，锅炉本体锈蚀、排污管道渗漏，属严重隐患。"
        "市场监管部门于7月10日下达安全检查指令书，要求自下达之日起15个工作日内完成整改。目前排污管道已更换，"
        "锅炉本体除锈正在进行。"
    ),
    (
        "（二）华龙区实验小学。教学楼电梯暑假期间无维护保养记录，维保单位未按规定每15日保养一次，属一般隐患。"
        "整改时限为2024年7月20日。学校已督促维保单位补做保养并建立假期保养台账，整改完成。"
    ),
    (
        "（三）清丰县第一高级中学。锅炉安全阀、压力表超过校验周期，属一般隐患。要求8月15日前完成校验。目前尚未送检。"
    ),
    (
        "（四）濮阳县第一中学。电梯安全管理员未取得特种设备安全管理人员证书，属一般隐患。要求年底前完成培训取证。"
    ),
    (
        "（五）南乐县实验中学。7月11日检查发现学生食堂使用的液化石油气钢瓶有2只超期未检，属严重隐患，要求立行立改。"
        "学校当天即全部更换为检验合格钢瓶，已整改到位。"
    ),
    (
        "（六）范县职业中等专业学校。实训车间桥式起重机未办理使用登记，属严重隐患。要求9月30日前办理使用登记，"
        "办理前停止使用。目前设备已停用，登记申请材料已提交。"
    ),
    (
        "（七）台前县第一初级中学。学生宿舍热水锅炉司炉工交接班记录不全，属一般隐患。整改措施：建立司炉工持证上岗"
        "和每日巡检制度，长期坚持。"
    ),
]


def write_schools(path: Path) -> Path:
    doc = _new_document("安全稳定科")
    _title(doc, "濮阳市教育局关于全市学校特种设备安全专项检查发现问题整改情况的报告")
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "2024年7月8日至12日，市市场监督管理局联合我局对全市中小学校、职业学校使用的锅炉、电梯、起重机械、气瓶等"
        "特种设备开展专项检查，共检查学校21所，发现严重隐患3起、一般隐患4起，均已下达安全检查指令书。"
        "我局督促各学校逐项制定整改措施。现将整改情况报告如下：",
    )
    for text in SCHOOL_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，我局将会同市场监管部门对未完成整改的学校跟踪复查，确保秋季开学前消除隐患。")
    _paragraph(doc, "濮阳市教育局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 7. 气瓶充装单位安全专项整治检查问题整改跟踪表, after a county 市场监督管理局's 夏季气瓶安全专项整治 (企业自查与突击
# 检查相结合、气瓶充装单位现场检查与液化气销售网点和餐饮服务场所气瓶倒查相结合; 安全管理制度和应急救援预案，压力
# 容器定期检验，安全阀和压力表校验，作业人员持证上岗，违规充装超期未检、报废及非自有产权气瓶，充装记录和警示标签;
# 一般隐患下达安全监察指令书限期整改并跟踪复查):
# https://ase-mz.com/www/zj/content/2017-06/26/content_4481372.htm
# A .doc (Word 97 via LibreOffice): title, preamble, a table with 检查日期 (the base of 立即整改), 检查方式 and 处理措施
# beside the problem, 复查情况 as the last column, a 注 line, the 股 and date at the foot.
CYLINDER_ROWS = [
    (
        "7月2日",
        "范县宏达液化气有限公司",
        "现场检查",
        "违规充装超期未检气瓶5只，未粘贴充装标签",
        "下达安全监察指令书，超期气瓶封存",
        "立即整改",
        "已整改，复查合格",
    ),
    (
        "7月2日",
        "范县宏达液化气有限公司",
        "现场检查",
        "液化石油气储罐安全阀超过校验有效期",
        "下达安全监察指令书",
        "2024年7月20日",
        "安全阀已校验，复查合格",
    ),
    (
        "7月4日",
        "范县濮城镇瑞丰燃气站",
        "突击检查",
        "2名充装人员未取得特种设备作业人员证",
        "责令无证人员停止作业",
        "8月10日前",
        "1人已取证，1人正在参加培训",
    ),
    (
        "7月8日",
        "范县金源工业气体有限公司",
        "现场检查",
        "氧气充装前后检查记录不全，未按规定复称",
        "下达安全监察指令书",
        "7月15日前",
        "",
    ),
    (
        "7月9日",
        "范县辛庄镇顺达液化气销售点",
        "销售网点倒查",
        "销售非自有产权气瓶，气瓶无警示标签",
        "责令停止销售",
        "2024年7月31日",
        "未整改",
    ),
    (
        "7月11日",
        "范县城关镇好味道餐馆",
        "餐饮场所气瓶倒查",
        "使用已报废的“螺丝瓶”2只",
        "当场收缴报废气瓶",
        "立即整改",
        "已整改",
    ),
    (
        "7月12日",
        "范县龙王庄镇鑫鑫液化气有限公司",
        "企业自查核查",
        "应急救援预案两年未演练，安全管理制度未上墙",
        "责令改正",
        "2024年8月31日",
        "应急预案正在修订",
    ),
]


def write_cylinders_docx(path: Path) -> Path:
    doc = _new_document("特种设备安全监察股")
    _title(doc, "范县气瓶充装单位安全专项整治检查问题整改跟踪表", 18)
    _paragraph(
        doc,
        "2024年7月以来，我局在全县开展夏季气瓶安全专项整治，采取企业自查与突击检查相结合、充装单位现场检查与"
        "液化气销售网点和餐饮服务场所气瓶倒查相结合的方式，共检查单位26家，发现问题隐患7处。跟踪情况如下：",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(CYLINDER_ROWS, 1)]
    _table(
        doc,
        ["序号", "检查日期", "被检查单位", "检查方式", "发现问题", "处理措施", "整改期限", "复查情况"],
        body,
    )
    _paragraph(
        doc,
        "注：一般安全隐患下达安全监察指令书，限期整改并跟踪复查；“立即整改”事项于检查当日整改完毕。",
        12,
    )
    _paragraph(doc, "范县市场监督管理局特种设备安全监察股", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_cylinders(path: Path) -> Path:
    return via_soffice(write_cylinders_docx, path, "doc", "气瓶充装整改跟踪表.docx")


# ---------------------------------------------------------------------------------------------
# 8. 安全生产明查暗访反馈问题整改台账 (two returns in one zip), after the 国务院安委会办公室's account of its 明查暗访
# (共性问题: 企业安全生产主体责任不落实、隐患自查流于形式; 地区和部门推进治本攻坚三年行动力度不足、学好用好重大事故
# 隐患判定标准不扎实、问题隐患整改未形成闭环、监管执法“宽松软虚”; 印发督促整改函，列出问题清单，责成有关部门和单位
# 落实整改责任; 反馈问题整改“回头看”; 已完成整改…项，整改率…%):
# http://www.moupo.com.cn/xs/2024/1022/507896.html
# A .zip holding an .xlsx from one county's 安委办 (问题类别, an explicit 责任单位, a 是否销号 column, the 反馈时间 the
# 立行立改 row counts from) and a UTF-8 CSV from another county's 应急管理局 whose rows name only its own 股室.
QINGFENG_ROWS = [
    (
        "企业主体责任",
        "隐患自查流于形式，2024年以来企业自查记录均为“未发现隐患”",
        "河南清丰宏远化工有限公司",
        "重新组织全员隐患排查，建立自查自改台账",
        "2024年7月15日",
        "已重新开展全员隐患排查，建立台账",
        "是",
    ),
    (
        "重大事故隐患",
        "粉尘涉爆除尘系统未设置锁气卸灰装置",
        "清丰县华美家具有限公司",
        "停用相关除尘系统，加装锁气卸灰装置",
        "2024年8月31日",
        "已停用相关除尘系统，设备正在采购",
        "否",
    ),
    (
        "部门监管",
        "对重大事故隐患判定标准学习宣贯不扎实，执法人员判定能力不足",
        "清丰县应急管理局",
        "开展判定标准专题培训和案例研讨",
        "9月底前",
        "",
        "",
    ),
    (
        "部门监管",
        "建筑施工领域检查发现的问题只下达整改通知，未跟踪复查，整改未形成闭环",
        "清丰县住房和城乡建设局",
        "建立问题复查台账，逐项复查销号",
        "立行立改",
        "已建立复查台账",
        "是",
    ),
    (
        "企业主体责任",
        "加油站卸油区静电接地报警装置损坏",
        "清丰县城关镇顺通加油站",
        "维修静电接地报警装置",
        "2024年7月10日",
        "未整改",
        "否",
    ),
]
TAIQIAN_ROWS = [
    (
        "问题隐患整改未形成闭环，2023年执法检查发现的17项隐患未复查",
        "执法大队",
        "逐项复查，整改到位后销号",
        "2024年8月31日",
        "已复查11项，其余正在复查",
    ),
    (
        "重大事故隐患判定标准培训覆盖不全，乡镇安全员未参训",
        "安全生产综合股",
        "组织乡镇安全员专题培训",
        "2024年7月25日",
        "已于7月24日完成培训，整改完成",
    ),
    ("危险化学品经营企业底数不清，台账与实际不符", "危化股", "全面核查建立台账", "7月底前", "未整改"),
    (
        "安全生产治本攻坚三年行动工作方案未细化到年度任务",
        "办公室",
        "细化年度任务清单，按季度调度",
        "2024-2026年",
        "按季度调度，常态化推进",
    ),
]


def write_qingfeng_book(path: Path) -> Path:
    b = Book(path, author="清丰县安委办")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 14, 40, 24, 28, 14, 28, 10])
    b.line(ws, 0, "清丰县安全生产明查暗访反馈问题整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：清丰县安全生产委员会办公室    反馈时间：2024年7月5日    填报日期：2024年7月29日",
        7,
    )
    b.header(
        ws, 2, ["序号", "问题类别", "问题描述", "责任单位", "整改措施", "整改时限", "整改进展", "是否销号"]
    )
    for i, row in enumerate(QINGFENG_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, 2 + i, c, v, b.center if c in (1, 5, 7) else None)
    end = 3 + len(QINGFENG_ROWS)
    b.line(ws, end, "说明：“立行立改”事项自反馈之日起整改；已销号事项经县安委办复核确认。", 7)
    b.line(ws, end + 1, "填表人：黄志刚    联系电话：0393-7221045", 7)
    return b.close()


def write_taiqian_csv(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["台前县应急管理局明查暗访反馈问题整改情况表"])
    w.writerow(["填报单位：台前县应急管理局", "", "", "", "", "填报日期：2024年7月29日"])
    w.writerow(["序号", "反馈问题", "责任股室", "整改措施", "完成时限", "整改情况"])
    for i, row in enumerate(TAIQIAN_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["填表人：冯丽", "", "", "联系电话：0393-2261187", "", ""])
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


def write_inspect_zip(path: Path) -> Path:
    members = [
        ("清丰县安全生产明查暗访反馈问题整改台账.xlsx", write_qingfeng_book),
        ("台前县应急管理局明查暗访反馈问题整改情况.csv", write_taiqian_csv),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 9. 隐患整改回执单, after a safety-management system's print template of its 隐患整改回执单 (安全检查人员, 检查日期,
# 编号; 隐患整改部门, 整改部门负责人; 隐患内容及整改要求; “整改期限，自即日起至…前整改完毕。”; 整改措施 with
# 整改责任人（签字）; 验收意见或处理的结果 with 验收人（签字）):
# https://github.com/dudu-du/msm/blob/4f54742056f1a0e99c0a682aa1fb8a5461fd1504/web/src/main/resources/templates/check/rectificationReceiptPrint.ftl
# An .xlsx from one company whose cards name only its own departments: a sheet title and 填报单位 line, then one
# card per hazard (no common header row), the deadline inside the 整改期限 sentence, the verdict in 验收意见.
RECEIPTS = [
    (
        "王磊、张帆",
        "2024-07-03",
        "ZYGJ-AQ-2024-031",
        "第一分公司保修车间",
        "李建国",
        "车辆举升机安全锁止装置失效，举升作业时无防坠落保护。要求立即停用举升机，更换锁止装置。",
        "2024年7月10日",
        "已停用举升机，联系厂家更换安全锁止装置。",
        "经复查，锁止装置已更换，验收合格。",
    ),
    (
        "王磊、张帆",
        "2024-07-03",
        "ZYGJ-AQ-2024-032",
        "城西停保场",
        "赵明",
        "新能源车充电区消防通道被停放车辆占用。要求清理通道，施划禁停标线。",
        "2024年7月5日",
        "已清理占道车辆，施划禁停标线。",
        "已整改到位。",
    ),
    (
        "张帆",
        "2024-07-05",
        "ZYGJ-AQ-2024-034",
        "物资供应科仓库",
        "刘红",
        "仓库内油漆、稀释剂与轮胎等普通物资混存，部分灭火器过期。要求分区存放并更换灭火器。",
        "2024年7月12日",
        "",
        "经复查未整改，已再次下达整改通知。",
    ),
    (
        "陈志远",
        "2024-07-08",
        "ZYGJ-AQ-2024-035",
        "第二分公司调度室",
        "高峰",
        "驾驶员岗前酒精检测记录不全，7月1日至7日缺少夜班检测记录。要求补齐制度并每日核查。",
        "2024年7月20日",
        "已修订岗前检测制度，正在组织驾驶员培训。",
        "整改中，待复查。",
    ),
    (
        "陈志远",
        "2024-07-10",
        "ZYGJ-AQ-2024-037",
        "公司内部加油站",
        "孙立",
        "卸油口静电接地报警仪故障，显示屏无读数。要求维修或更换报警仪。",
        "2024年8月5日",
        "",
        "",
    ),
    (
        "王磊",
        "2024-07-15",
        "ZYGJ-AQ-2024-040",
        "充电站运维班",
        "周涛",
        "1号充电站电缆沟积水，部分电缆长期浸泡。要求排水并加装盖板。",
        "2024年7月31日",
        "已完成排水，电缆沟盖板正在施工。",
        "",
    ),
]


def _receipt(b: Book, ws, r: int, card: tuple) -> int:
    """One 隐患整改回执单 card from row r; returns the row after it and its blank spacer."""
    checker, day, code, dept, head, content, until, measure, result = card
    bold = b.head
    b.merge(
        ws, r, 0, r, 5, "隐患整改回执单", b.book.add_format({"bold": True, "align": "center", "border": 1})
    )
    for c, (label, value) in enumerate((("安全检查人员", checker), ("检查日期", day), ("编号", code))):
        b.put(ws, r + 1, 2 * c, label, bold)
        b.put(ws, r + 1, 2 * c + 1, value)
    b.put(ws, r + 2, 0, "隐患整改部门", bold)
    b.merge(ws, r + 2, 1, r + 2, 2, dept)
    b.put(ws, r + 2, 3, "整改部门负责人", bold)
    b.merge(ws, r + 2, 4, r + 2, 5, head)
    b.put(ws, r + 3, 0, "隐患内容及整改要求", bold)
    b.merge(ws, r + 3, 1, r + 3, 5, content)
    b.merge(ws, r + 4, 0, r + 4, 5, f"整改期限，自即日起至{until}前整改完毕。", b.center)
    b.put(ws, r + 5, 0, "整改措施", bold)
    b.merge(ws, r + 5, 1, r + 5, 5, f"{measure}\n整改责任人（签字）：{head if measure else ''}")
    b.put(ws, r + 6, 0, "验收意见或处理的结果", bold)
    b.merge(ws, r + 6, 1, r + 6, 5, f"{result}\n验收人（签字）：{checker if result else ''}")
    return r + 8


def write_receipts(path: Path) -> Path:
    b = Book(path, author="安全技术部")
    ws = b.sheet("回执单")
    b.widths(ws, [18, 20, 14, 16, 12, 20])
    b.line(ws, 0, "濮阳市众意公交公司安全生产隐患整改回执单汇总（2024年7月）", 5, b.title)
    b.line(ws, 1, "填报单位：濮阳市众意公交公司安全技术部    报送日期：2024年7月30日", 5)
    r = 3
    for card in RECEIPTS:
        r = _receipt(b, ws, r, card)
    b.line(ws, r, "单位负责人：徐建平    填报人：岳静    联系电话：0393-8166012", 5)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 医疗机构消防安全专项检查问题整改情况汇总表, after a 消防大队's account of a 消防安全专项检查 of hospitals held
# jointly with the 卫计局 (消防管理制度、灭火和应急疏散预案、防火巡检和培训记录、消防控制室值班、消防系统运转、安全
# 出口和疏散通道、消防车通道、疏散指示标志和应急照明、消防设施器材; 限期整改，整改期间落实人防物防措施; 存在的隐患
# 函告相关行业部门):
# http://www.laohekouzx.com/lhksll/2551.html
# An .ods (LibreOffice conversion of an .xlsx): title, 填报单位/检查时间 line, a line giving the 立行立改 base date,
# one header row with 整改责任人, 完成情况 and a 完成时间 column (the only signal on one row), a 注 line, a signature.
HOSPITAL_ROWS = [
    (
        "濮阳市中医医院",
        "消防控制室值班人员未持证上岗，夜间单人值班",
        "增配持证值班人员，落实双人值班",
        "2024年7月31日",
        "刘保国",
        "已完成",
        date(2024, 7, 22),
    ),
    (
        "濮阳市妇幼保健院",
        "住院部疏散通道堆放医疗废物转运箱",
        "清理通道，转运箱定点存放",
        "立行立改",
        "陈雪",
        "",
        date(2024, 7, 9),
    ),
    (
        "清丰县人民医院",
        "部分病区疏散指示标志和应急照明灯损坏",
        "更换损坏灯具",
        "2024年8月10日",
        "郝建军",
        "正在更换",
        "",
    ),
    (
        "南乐县中医院",
        "自动喷水灭火系统末端试水压力不足",
        "检修消防水泵和管网",
        "9月底前",
        "杨永",
        "未整改",
        "",
    ),
    (
        "范县陆集乡卫生院",
        "门诊楼走廊内为电动自行车充电",
        "清理楼内电动自行车，设置室外充电点",
        "立行立改",
        "吕文",
        "",
        "",
    ),
    (
        "台前县人民医院",
        "员工消防安全“四个能力”掌握不够，培训记录不全",
        "每月开展全员消防培训",
        "长期坚持",
        "石磊",
        "每月培训，长期坚持",
        "",
    ),
    (
        "濮阳县人民医院",
        "职工食堂燃气管道未安装紧急切断阀",
        "加装紧急切断阀和可燃气体报警器",
        "2024年8月31日",
        "黄伟",
        "设备已采购，待安装",
        "",
    ),
]


def write_hospitals_book(path: Path) -> Path:
    b = Book(path, author="医政医管科")
    ws = b.sheet("汇总表")
    b.widths(ws, [6, 22, 40, 30, 14, 10, 20, 14])
    b.line(ws, 0, "全市医疗机构消防安全专项检查问题整改情况汇总表", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳市卫生健康委员会    检查时间：2024年7月9日", 7)
    b.line(
        ws,
        2,
        "本次检查由市卫生健康委员会会同市消防救援支队开展，“立行立改”事项以检查当日（7月9日）为时限。",
        7,
    )
    b.header(
        ws,
        3,
        [
            "序号",
            "医疗机构名称",
            "检查发现问题",
            "整改措施",
            "整改期限",
            "整改责任人",
            "完成情况",
            "完成时间",
        ],
    )
    for i, row in enumerate(HOSPITAL_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (4, 5) else None)
    end = 4 + len(HOSPITAL_ROWS)
    b.line(ws, end, "注：检查发现的隐患已函告各医疗机构主管部门，整改期间须落实人防、物防措施。", 7)
    b.line(ws, end + 1, "审核人：侯振华    填表人：谷雨    联系电话：0393-8183306", 7)
    return b.close()


def write_hospitals(path: Path) -> Path:
    via_soffice(write_hospitals_book, path, "ods", "医疗机构消防检查整改汇总.xlsx")
    return fixed_zip(path)


FILES = [
    ("全市物业管理区域电动自行车安全隐患排查整改统计表.xlsx", write_ebike),
    ("2024年重大火灾隐患挂牌督办整改进展情况表.xls", write_fire),
    ("韩村镇餐饮场所燃气安全隐患排查整治台账.csv", write_gas_shops),
    ("城镇燃气管道违章占压隐患排查整治进展情况表.et", write_pipe),
    ("不合格电梯专项整治整改落实情况表.xlsx", write_lifts),
    ("市教育局关于学校特种设备安全专项检查发现问题整改情况的报告.docx", write_schools),
    ("范县气瓶充装单位安全专项整治检查问题整改跟踪表.doc", write_cylinders),
    ("安全生产明查暗访反馈问题整改台账（清丰县、台前县）.zip", write_inspect_zip),
    ("市众意公交公司安全生产隐患整改回执单（7月）.xlsx", write_receipts),
    ("医疗机构消防安全专项检查问题整改情况汇总表.ods", write_hospitals),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

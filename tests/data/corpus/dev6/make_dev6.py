"""Regenerate the dev6 part of the intake corpus (python tests/data/corpus/dev6/make_dev6.py).

Fifteen returns of the kinds a 热线中心, 信访局, 人大/政协 offices, a 督查室 and the units that answer
them send back: 12345 热线工单 (回访, 回退, 逾期), 政府信箱和市长信箱来信, 信访积案, 人大代表建议, 政协提案,
民生实事, 企业诉求/营商环境, 领导批示件/督办件 and 会议议定事项. Each copies the kind of table a public
source shows (the source is cited next to each layout and repeated in expected.json), none of them used by
the other parts. The contents (problems, names, dates) are made up; the layouts, header words, preambles
and status wordings are the sources' own.

What a person reads in each file is in expected.json beside this script, written by hand by the rules
of tests/data/corpus/README.md (statistics date 2024-07-31), never filled from the tool's output.

Workbooks are written with XlsxWriter (shared strings, as Excel writes them) with a fixed created date;
the .xls return is a LibreOffice conversion (soffice --headless --convert-to) of a workbook written here,
so LibreOffice must be installed. The .docx is written with python-docx, the .csv in UTF-8 with a BOM as
a web system exports it, and the .zip with GBK member names as Windows' built-in zip writes them.
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
        self.right = add({"align": "right", "valign": "vcenter"})
        self.head = add(
            {"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True}
        )
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.label = add(
            {"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True}
        )
        self.section = add({"bold": True, "border": 1, "valign": "vcenter", "bg_color": "#F2F2F2"})
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "align": "center", "valign": "vcenter"})
        self.cn_day = add(
            {"border": 1, "num_format": 'yyyy"年"m"月"d"日"', "align": "center", "valign": "vcenter"}
        )
        self.slash_day = add({"border": 1, "num_format": "yyyy/m/d", "align": "center", "valign": "vcenter"})
        self.stamp = add(
            {"border": 1, "num_format": "yyyy-mm-dd hh:mm", "align": "center", "valign": "vcenter"}
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
        elif isinstance(v, datetime):
            ws.write_datetime(r, c, v, self.stamp if fmt is self.cell else fmt)
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

    def header(self, ws, r: int, words: list[str]) -> None:
        for c, w in enumerate(words):
            ws.write_string(r, c, w, self.head)


def convert(source: Path, suffix: str, target: Path) -> Path:
    """LibreOffice --convert-to, the way an office's older copy comes out."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is needed to write the .xls return")
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


# ---------------------------------------------------------------------------------------------
# 1. 12345政府服务热线交办工单办理回访情况表, as a county 热线办 reports the 工单 it handed to the 二级责任单位
# (按期回复/逾期回复, 求决类/咨询类/揭发控告类/意见建议类, 回访满意率, 重复投诉), after the 12345政府服务热线
# 情况通报 and its 附件《12345政府服务热线办理回访情况统计表》: https://dyxrmt.cn/article-17942-1.html
# A two-row header (工单信息 / 办理情况 / 回访情况 merged across, 序号 and 二级责任单位 merged down), the 交办
# time as a date-time, the 办理时限 in working days per row, a 合计 row and a signature line.
HOTLINE_ROWS = [
    [
        1,
        "2407010023",
        datetime(2024, 7, 1, 9, 12),
        "求决类",
        "胜利路与中原路交叉口东南角窨井盖破损下沉，夜间行人易绊倒",
        "市城管局",
        "5个工作日",
        date(2024, 7, 4),
        "按期",
        "满意",
        "已办结",
    ],
    [
        2,
        "2407010157",
        datetime(2024, 7, 1, 15, 40),
        "咨询类",
        "咨询灵活就业人员参加城镇职工医保的缴费基数和办理地点",
        "市医保局",
        "2个工作日",
        date(2024, 7, 2),
        "按期",
        "满意",
        "",
    ],
    [
        3,
        "2407020088",
        datetime(2024, 7, 2, 10, 5),
        "求决类",
        "绿城小区东门外道路积水严重，雨后一周不退，影响出行",
        "华龙区人民政府",
        "5个工作日",
        date(2024, 7, 12),
        "逾期",
        "不满意",
        "退回重办",
    ],
    [
        4,
        "2407030046",
        datetime(2024, 7, 3, 8, 50),
        "揭发控告类",
        "反映某小区地下车库违规存放电动自行车并私拉电线充电",
        "市消防支队",
        "10个工作日",
        date(2024, 7, 16),
        "按期",
        "基本满意",
        "",
    ],
    [
        5,
        "2407050112",
        datetime(2024, 7, 5, 16, 22),
        "求决类",
        "开州路菜市场周边流动摊贩占道经营，早高峰交通堵塞",
        "城管执法局",
        "5个工作日",
        "",
        "超期未回复",
        "",
        "",
    ],
    [
        6,
        "2407080031",
        datetime(2024, 7, 8, 9, 30),
        "意见建议类",
        "建议在市人民医院周边增设公交站点并延长末班车时间",
        "市公交公司",
        "10个工作日",
        date(2024, 7, 15),
        "按期",
        "已回访，满意",
        "已办结",
    ],
    [
        7,
        "2407100075",
        datetime(2024, 7, 10, 11, 18),
        "求决类",
        "清丰县韩村镇某村自来水水压不足，高层住户无法用水",
        "清丰县人民政府",
        "5个工作日",
        "",
        "办理中",
        "",
        "已联系县水利局，正在排查管网",
    ],
    [
        8,
        "2407120019",
        datetime(2024, 7, 12, 8, 3),
        "求决类",
        "市区建设路一施工工地夜间施工噪音扰民",
        "市建委",
        "5个工作日",
        date(2024, 7, 17),
        "按期",
        "满意",
        "",
    ],
    [
        9,
        "2407150140",
        datetime(2024, 7, 15, 14, 36),
        "咨询类",
        "咨询退役军人优待证申领需要提交哪些材料",
        "市退役军人局",
        "2个工作日",
        date(2024, 7, 16),
        "按期",
        "满意",
        "",
    ],
]


def write_hotline(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("回访情况")
    ws.set_column(0, 0, 5)
    ws.set_column(1, 2, 14)
    ws.set_column(3, 3, 9)
    ws.set_column(4, 4, 40)
    ws.set_column(5, 10, 12)
    last = 10
    b.line(ws, 0, "12345政府服务热线交办工单办理回访情况表", last, b.title)
    b.line(ws, 1, "统计时段：2024年7月1日—7月15日　　　　　　填报单位：市12345热线办（盖章）", last)
    b.line(
        ws,
        2,
        "说明：办理时限自交办之日起按工作日计算；回访不满意的工单退回承办单位重新办理。",
        last,
    )
    b.merge(ws, 3, 0, 4, 0, "序号", b.head)
    b.merge(ws, 3, 1, 3, 4, "工单信息", b.head)
    b.merge(ws, 3, 5, 4, 5, "二级责任单位", b.head)
    b.merge(ws, 3, 6, 4, 6, "办理时限", b.head)
    b.merge(ws, 3, 7, 3, 8, "办理情况", b.head)
    b.merge(ws, 3, 9, 3, 10, "回访情况", b.head)
    for c, w in enumerate(["工单编号", "交办时间", "工单类别", "诉求内容"], start=1):
        ws.write_string(4, c, w, b.head)
    for c, w in enumerate(["回复时间", "是否按期", "回访结果", "处理意见"], start=7):
        ws.write_string(4, c, w, b.head)
    r = 5
    for values in HOTLINE_ROWS:
        b.row(ws, r, values)
        r += 1
    b.merge(ws, r, 0, r, 4, "合计：交办工单9件，按期回复6件，逾期回复1件，超期未回复1件，办理中1件", b.cell)
    for c in range(5, last + 1):
        ws.write_blank(r, c, None, b.cell)
    r += 2
    b.line(ws, r, "填表人：孟晓丽　　　审核人：杜建平　　　联系电话：0393-12345　　　2024年7月16日", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 市长热线回退及逾期工单督办清单, the way a 市长热线 office lists the 工单 it sent back (回复不全面、存在
# 错别字) and the units that were 逾期未办理 or 逾期办理, after the monthly 市长热线受理事项办理情况通报
# ("系统共回退工单…件", "逾期未办理单位3家…逾期办理单位2家"): http://www1.lvxshes.com/gjyyf/1422.html
# Section rows 一、二、三 inside the table with a 小计 row under each, 派单时间 as a text date-time, the
# 办理期限 as real date cells (serial numbers shown as 2024年7月8日), former/short names and a stray space.
OVERDUE_SECTIONS = [
    (
        "一、逾期未办理工单",
        [
            [
                "SZRX2407030112",
                "2024-07-03 10:21:45",
                "濮阳供电公司",
                "昆吾路某小区频繁停电，停电前未提前通知居民",
                date(2024, 7, 8),
                "逾期未办理",
                "超过办理期限未回复",
            ],
            [
                "SZRX2407050087",
                "2024-07-05 09:02:10",
                "市住房公积金中心",
                "异地贷款职工提取公积金审核时间过长",
                date(2024, 7, 10),
                "逾期未办理，已电话催办",
                "超过办理期限未回复",
            ],
        ],
    ),
    (
        "二、逾期办理工单",
        [
            [
                "SZRX2407020045",
                "2024-07-02 16:45:33",
                "市 交通局",
                "濮阳至清丰城乡公交班次减少，候车时间过长",
                date(2024, 7, 9),
                "已办结（逾期2天）",
                "超期回复",
            ],
            [
                "SZRX2407080201",
                "2024-07-08 11:30:05",
                "市卫计委",
                "社区卫生服务中心周末不开放疫苗接种",
                date(2024, 7, 15),
                "已办结（逾期1天）",
                "超期回复",
            ],
        ],
    ),
    (
        "三、回退工单",
        [
            [
                "SZRX2407090033",
                "2024-07-09 08:55:12",
                "市人社局",
                "农民工讨要被拖欠工资，劳动监察处理进度慢",
                date(2024, 7, 16),
                "回退重办",
                "回复内容不全面，未说明工资支付时间",
            ],
            [
                "SZRX2407100144",
                "2024-07-10 14:12:40",
                "市市场监管局",
                "超市销售过期食品，投诉后未见处理",
                date(2024, 7, 17),
                "已重新办理并回复，审核通过",
                "回复存在错别字",
            ],
            [
                "SZRX2407110066",
                "2024-07-11 09:40:18",
                "市自然资源局",
                "小区规划绿地被改建为停车场",
                date(2024, 7, 18),
                "回退重办",
                "未附现场核查照片",
            ],
            [
                "SZRX2407150098",
                "2024-07-15 17:05:51",
                "华龙区人民政府",
                "背街小巷路灯不亮，夜间出行不便",
                date(2024, 7, 22),
                "回退，正在重新办理",
                "回复与诉求不对应",
            ],
        ],
    ),
]


def write_overdue(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("督办清单")
    ws.set_column(0, 0, 5)
    ws.set_column(1, 2, 20)
    ws.set_column(3, 3, 16)
    ws.set_column(4, 4, 38)
    ws.set_column(5, 5, 16)
    ws.set_column(6, 7, 24)
    last = 7
    b.line(ws, 0, "市长热线回退及逾期工单督办清单", last, b.title)
    b.line(ws, 1, "（2024年第7期）", last, b.right)
    b.line(
        ws,
        2,
        "各承办单位：现将7月1日至7月20日市长热线系统逾期未办理、逾期办理及回退工单清单印发给你们，"
        "请抓紧重新办理并在系统内回复，逾期未办理工单将纳入月度考核。",
        last,
    )
    b.header(
        ws, 3, ["序号", "工单号", "派单时间", "承办单位", "诉求摘要", "办理期限", "当前状态", "回退/逾期原因"]
    )
    r = 4
    n = 0
    for title, rows in OVERDUE_SECTIONS:
        b.merge(ws, r, 0, r, last, title, b.section)
        r += 1
        for values in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            for c, v in enumerate(values, start=1):
                b.put(ws, r, c, v, b.cn_day if isinstance(v, date) else b.cell)
            r += 1
        b.merge(ws, r, 0, r, 3, "小计", b.center)
        b.merge(ws, r, 4, r, last, f"{len(rows)}件", b.cell)
        r += 1
    r += 1
    b.line(ws, r, "注：工单办理期限以市长热线系统派单时确定的期限为准。", last)
    b.line(ws, r + 1, "市长热线办公室　　2024年7月22日", last, b.right)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 政府信箱来信 as the web system exports it (UTF-8 with a BOM, header on line 1, date-times as text,
# the record ID and the letter number C+date+ID), with the fields of the 信箱 letter view: 编号, 来信人,
# 来信时间, 受理单位, 信件类型, 办事状态, 来信主题, 来信内容, 办理单位, 办理时间 (暂无 until handled), 处理情况:
# https://github.com/wangxiaomo/MinMoreCMS/blob/a49801dddf11b2ecb31a3e36ab982a3cc222fec5/MinMore/Template/Default/DirectorMail/Membermail/mail.php
# No deadline anywhere; 办事状态 已办结/办理中/待处理/已转办/退回.
LETTER_HEADER = [
    "ID",
    "编号",
    "来信人",
    "来信时间",
    "受理单位",
    "信件类型",
    "办事状态",
    "来信主题",
    "来信内容",
    "办理单位",
    "办理时间",
    "处理情况",
]
LETTERS = [
    [
        "10231",
        "C2024070210231",
        "王**",
        "2024-07-02 09:15:32",
        "市住建局",
        "投诉",
        "已办结",
        "小区电梯长期停运无人维修",
        "金堤花园小区5号楼电梯长期停运无人维修，老人上下楼困难，物业称没有维修资金。",
        "市住建局",
        "2024-07-08 16:20:11",
        "经核实，已督促物业启用专项维修资金，电梯已于7月8日恢复运行。",
    ],
    [
        "10245",
        "C2024070310245",
        "李**",
        "2024-07-03 14:02:47",
        "市教育局",
        "咨询",
        "已办结",
        "城区小学招生划片范围",
        "咨询2024年城区小学招生划片范围，孩子户籍在华龙区但居住在开发区，应在哪所学校报名。",
        "市教育局",
        "2024-07-05 10:11:00",
        "已电话答复来信人，按实际居住地所属学区报名。",
    ],
    [
        "10262",
        "C2024070510262",
        "匿名",
        "2024-07-05 20:41:09",
        "市环保局",
        "投诉",
        "办理中",
        "化工厂夜间排放刺鼻气味",
        "工业园区某化工厂夜间排放刺鼻气味，附近居民夜间无法开窗。",
        "市环保局",
        "暂无",
        "已安排执法人员夜间蹲守监测，待检测报告出具后回复。",
    ],
    [
        "10270",
        "C2024070810270",
        "赵**",
        "2024-07-08 08:33:50",
        "市交警支队",
        "建议",
        "已办结",
        "学校门口上下学时段交通拥堵",
        "油田第三小学门口上下学时段交通拥堵，建议增派交警疏导，设置临时停车区。",
        "市交警支队",
        "2024-07-12 15:00:02",
        "已在上下学时段安排警力值守，并施划临时停车位。",
    ],
    [
        "10288",
        "C2024071010288",
        "孙**",
        "2024-07-10 11:27:14",
        "市人力资源社会保障局",
        "求助",
        "待处理",
        "养老金领取资格认证失败",
        "母亲在手机上进行养老金领取资格认证多次失败，行动不便无法前往现场。",
        "",
        "暂无",
        "",
    ],
    [
        "10295",
        "C2024071210295",
        "周**",
        "2024-07-12 16:48:33",
        "濮阳市城市管理局",
        "投诉",
        "已转办",
        "餐饮店油烟直排",
        "建设路与京开大道交叉口附近餐饮店油烟直排，未安装净化设备。",
        "濮阳市城市管理局",
        "暂无",
        "已转城管执法大队办理。",
    ],
    [
        "10301",
        "C2024071510301",
        "吴**",
        "2024-07-15 09:05:27",
        "市医保局",
        "咨询",
        "已办结",
        "异地就医备案办理流程",
        "咨询长期在外地居住的退休人员如何办理异地就医备案。",
        "市医保局",
        "2024-07-16 11:30:45",
        "已答复：可通过国家医保服务平台APP线上备案。",
    ],
    [
        "10317",
        "C2024071810317",
        "郑**",
        "2024-07-18 19:12:06",
        "市农业局",
        "投诉",
        "退回",
        "农资店销售假种子",
        "范县某农资店销售假种子，购买的玉米种子出苗率不足三成。",
        "市农业局",
        "2024-07-25 09:00:00",
        "承办单位回复不完整，退回重新办理。",
    ],
    [
        "10322",
        "C2024072210322",
        "冯**",
        "2024-07-22 10:02:41",
        "市文广旅局",
        "建议",
        "办理中",
        "戚城遗址公园延长夜间开放",
        "建议戚城遗址公园夏季延长夜间开放时间，增加照明设施。",
        "市文广旅局",
        "暂无",
        "正在研究论证。",
    ],
]


def write_letters(path: Path) -> Path:
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(LETTER_HEADER)
    writer.writerows(LETTERS)
    path.write_bytes(text.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 4. 代表建议办理情况表 in Word, as a 承办单位 reports its 主办 and 会办 suggestions, with the A/B/C 分类标识
# written out under the table (A 已经解决或基本解决, B 部分解决或已列入计划解决, C 因受条件限制留作参考或不可行),
# 代表意见 and 退回重办, after the 建议、提案办理办法 of a provincial bureau (主办答复/会办意见, 分类标识,
# 退回重办): http://fsou.com/html/text/lar/172754/17275468_2.html
# The deadline is stated once above the table (三个月内 for 主办, 一个月内 for 会办, from the 交办 date);
# 办理方式 merged down; 领衔代表 (the proposer) beside each suggestion; a 合计 row; 盖章 and date.
MOTION_HEADER = [
    "序号",
    "建议编号",
    "领衔代表",
    "建议题目",
    "办理方式",
    "答复类别",
    "答复时间",
    "代表意见",
    "备注",
]
MOTIONS = [
    [
        "1",
        "第101号",
        "李建华",
        "关于加大高校毕业生就业见习补贴力度的建议",
        "主办",
        "A",
        "2024年6月12日",
        "满意",
        "",
    ],
    [
        "2",
        "第118号",
        "张秀英",
        "关于规范新就业形态劳动者社会保险参保的建议",
        "",
        "B",
        "2024年6月20日",
        "基本满意",
        "",
    ],
    [
        "3",
        "第132号",
        "王志刚",
        "关于在乡镇设立零工市场的建议",
        "",
        "A",
        "2024年6月18日",
        "不满意",
        "已退回重办，正在重新走访代表",
    ],
    ["4", "第147号", "刘红梅", "关于提高城乡居民基础养老金标准的建议", "", "C", "2024年6月24日", "满意", ""],
    [
        "5",
        "第160号",
        "赵德明",
        "关于加强技工院校实训基地建设的建议",
        "",
        "",
        "",
        "",
        "正在与代表沟通，答复函报局领导签发中",
    ],
    [
        "6",
        "第175号",
        "孙立新",
        "关于解决小微企业欠薪问题的建议",
        "会办",
        "—",
        "2024年4月19日",
        "—",
        "会办意见已送主办单位",
    ],
    ["7", "第189号", "陈玉兰", "关于推进家政服务职业技能培训的建议", "", "", "", "", "尚未提出会办意见"],
]


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


def _save_fixed(doc, path: Path) -> Path:
    """Save a .docx with fixed member timestamps, so that the file is reproducible byte for byte."""
    raw = io.BytesIO()
    doc.save(raw)
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 7, 31, 9, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info))
    return path


def write_motions(path: Path) -> Path:
    doc = Document()
    props = doc.core_properties
    props.author = "Administrator"
    props.created = CREATED
    props.modified = CREATED
    props.last_modified_by = "Administrator"
    _paragraph(
        doc,
        "濮阳市人力资源和社会保障局承办市十届人大三次会议代表建议办理情况表",
        18,
        "方正小标宋简体",
        WD_ALIGN_PARAGRAPH.CENTER,
    )
    _paragraph(
        doc,
        "市政府督查局：市十届人大三次会议期间代表提出的建议，经市政府办公室于2024年3月25日交办，我局共承办"
        "7件，其中主办5件、会办2件。按照交办要求，主办建议须自交办之日起三个月内办结并书面答复代表，会办"
        "意见须自交办之日起一个月内送主办单位。现将截至7月底的办理情况报告如下：",
    )
    table = doc.add_table(rows=len(MOTIONS) + 2, cols=len(MOTION_HEADER))
    table.style = "Table Grid"
    for c, text in enumerate(MOTION_HEADER):
        _east_asian(table.cell(0, c).paragraphs[0].add_run(text), "黑体", 10.5, True)
    for r, values in enumerate(MOTIONS, start=1):
        for c, text in enumerate(values):
            if text:
                _east_asian(table.cell(r, c).paragraphs[0].add_run(text), size=10.5)
    table.cell(1, 4).merge(table.cell(5, 4))
    table.cell(6, 4).merge(table.cell(7, 4))
    total = len(MOTIONS) + 1
    _east_asian(table.cell(total, 0).paragraphs[0].add_run("合计"), "黑体", 10.5, True)
    merged = table.cell(total, 1).merge(table.cell(total, len(MOTION_HEADER) - 1))
    _east_asian(merged.paragraphs[0].add_run("7件（主办5件、会办2件），已答复代表4件"), size=10.5)
    _paragraph(
        doc,
        "注：答复类别中，A类为所提问题已经解决或基本解决；B类为所提问题部分解决或已列入计划解决；"
        "C类为所提问题因受条件限制留作参考或不可行。代表对答复不满意的，退回重办。",
        10.5,
    )
    _paragraph(doc, "濮阳市人力资源和社会保障局（盖章）", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 5. 企业问题办理情况反馈, two returns zipped, after the 企业问题办理流程 of a 万名干部进万企 campaign: the
# 总协调室 fills a 企业问题受理单 and names 主办、分办、协办部门; 协办部门 report to the 主办部门 within 3个工作日,
# 主办(分办)部门 answer the company within 7个工作日; a unit that cannot finish asks for 延期 and states the new
# 办结时限: https://szb.qzwb.com/old/qzwb/html/2022-08/03/content_606564.htm
# Member A (市市场监管局): a two-row header with 办理部门 over 主办/协办, one 主办 named by its former name
# (市知识产权局), an extension written into the 办理时限 cell. Member B: sent under the former name
# 市国土资源局, one header row with 办理类型 主办/分办/协办, 受理日期 as text, a yyyymmdd deadline.
ENTERPRISE_A = [
    [
        1,
        "QZ-0701-003",
        "濮阳市华瑞食品有限公司",
        "申请食品生产许可证延续，现场核查排期过长",
        date(2024, 7, 1),
        "市市场监管局",
        "—",
        "7个工作日",
        "已于7月5日完成现场核查并换发许可证",
        "满意",
    ],
    [
        2,
        "QZ-0703-011",
        "濮阳龙丰纸业有限公司",
        "企业商标被他人恶意抢注，请求协助维权",
        date(2024, 7, 3),
        "市知识产权局",
        "市司法局",
        "7个工作日",
        "已指导企业提出无效宣告请求，正在跟踪办理",
        "",
    ],
    [
        3,
        "QZ-0708-006",
        "濮阳市恒通化工有限公司",
        "特种设备定期检验收费偏高",
        date(2024, 7, 8),
        "市市场监管局",
        "市发改委",
        "7个工作日（已申请延期至2024年7月31日）",
        "已组织检验机构座谈，收费标准调整方案报批中",
        "",
    ],
    [
        4,
        "QZ-0715-002",
        "河南中原绿能科技有限公司",
        "新能源汽车充电桩计量检定无机构承接",
        date(2024, 7, 15),
        "市市场监管局",
        "市工信局",
        "7个工作日",
        "",
        "",
    ],
]
ENTERPRISE_B = [
    [
        1,
        "QZ-0702-008",
        "濮阳市东方建材有限公司",
        "扩建厂房用地手续办理进度慢",
        "2024/7/2",
        "主办",
        "2024年7月11日",
        "已办结，用地预审意见已出具",
    ],
    [
        2,
        "QZ-0705-014",
        "濮阳鑫源物流有限公司",
        "物流园土地证办理涉及历史遗留问题",
        "2024/7/5",
        "分办",
        "20240731",
        "正在梳理历史资料，已召开协调会",
    ],
    [
        3,
        "QZ-0710-005",
        "濮阳市天润农业开发有限公司",
        "设施农业用地备案流程不清楚",
        "2024/7/10",
        "协办",
        "3个工作日",
        "协办意见已按时报送主办单位",
    ],
]


def write_enterprise_a(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("办理情况")
    ws.set_column(0, 0, 5)
    ws.set_column(1, 2, 18)
    ws.set_column(3, 3, 34)
    ws.set_column(4, 7, 14)
    ws.set_column(8, 8, 34)
    ws.set_column(9, 9, 10)
    last = 9
    b.line(ws, 0, "“万名干部进万企”企业问题办理情况反馈表", last, b.title)
    b.line(ws, 1, "反馈单位：濮阳市市场监督管理局（盖章）　　　　　　　　反馈时间：2024年7月29日", last)
    for c, w in [(0, "序号"), (1, "受理单编号"), (2, "企业名称"), (3, "问题诉求"), (4, "受理日期")]:
        b.merge(ws, 2, c, 3, c, w, b.head)
    b.merge(ws, 2, 5, 2, 6, "办理部门", b.head)
    ws.write_string(3, 5, "主办", b.head)
    ws.write_string(3, 6, "协办", b.head)
    for c, w in [(7, "办理时限"), (8, "办理结果"), (9, "企业满意度")]:
        b.merge(ws, 2, c, 3, c, w, b.head)
    r = 4
    for values in ENTERPRISE_A:
        b.row(ws, r, values)
        r += 1
    r += 1
    b.line(ws, r, "联系人：周敏　　　　联系电话：0393-8891234", last)
    return b.close()


def write_enterprise_b(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("Sheet1")
    ws.set_column(0, 0, 5)
    ws.set_column(1, 2, 18)
    ws.set_column(3, 3, 34)
    ws.set_column(4, 6, 13)
    ws.set_column(7, 7, 34)
    last = 7
    b.line(ws, 0, "企业问题办理情况反馈表", last, b.title)
    b.line(ws, 1, "填报单位：市国土资源局（盖章）", last)
    b.header(
        ws,
        2,
        ["序号", "受理单编号", "企业名称", "企业反映问题", "受理日期", "办理类型", "办结时限", "办理情况"],
    )
    r = 3
    for values in ENTERPRISE_B:
        b.row(ws, r, values)
        r += 1
    b.line(ws, r + 1, "分管领导：许文斌　　　填报人：蔡琳　　　2024年7月30日", last)
    return b.close()


class _GbkName(zipfile.ZipInfo):
    """A member name stored in GBK without the UTF-8 flag, as Windows' built-in zip writes it."""

    def _encodeFilenameFlags(self):  # noqa: N802 (zipfile's own name)
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


def write_enterprise(path: Path) -> Path:
    members = [
        ("企业问题办理情况反馈表（市市场监管局）.xlsx", write_enterprise_a),
        ("企业问题办理情况反馈表（市资规局）.xlsx", write_enterprise_b),
    ]
    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, writer in members:
            member = writer(Path(tmp) / "member.xlsx")
            info = _GbkName(name, date_time=(2024, 7, 30, 16, 12, 8))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0x20  # FILE_ATTRIBUTE_ARCHIVE
            z.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 6. 十件民生实事进度公示 (as .xls), after a city's 民生工作办公室 公示 of its 自选“十件民生实事” 1—9月进度
# (已提前完成或超额完成年度目标任务 / 正常推进 / 推进缓慢; 若对公示情况有异议的，请在7日之内…反映; the office
# and a yyyymmdd date at the foot): https://sthjj.cnbz.gov.cn/ztzl/msgc/14460961.html
# Group rows (一、二、…) with sub-items 1-1/1-2, a 完成进度(%) column, deadlines in many wordings
# (2024年9月, 20240831, 年底前, 2024.11.30, 第三季度, 长期坚持), former names and a stray space.
LIVELIHOOD = [
    (
        "一、教育惠民",
        [
            [
                "1-1",
                "新建改扩建城区公办幼儿园5所",
                "新增学位1800个",
                "市教育局",
                "已开工5所，主体完工2所",
                42,
                "推进缓慢",
                "2024年9月",
            ],
            [
                "1-2",
                "实施义务教育学校近视防控教室照明改造",
                "改造教室600间",
                "市教育局",
                "已完成改造620间",
                100,
                "已提前完成年度目标任务",
                "20240831",
            ],
        ],
    ),
    (
        "二、城市更新",
        [
            [
                "2-1",
                "城区老旧小区改造",
                "改造老旧小区42个",
                "市住建局",
                "已开工38个，完工15个",
                58,
                "正常推进",
                "年底前",
            ],
            [
                "2-2",
                "新建城区公共停车泊位",
                "新增泊位3000个",
                "市城管局",
                "新增泊位1120个",
                37,
                "推进缓慢",
                "2024.11.30",
            ],
        ],
    ),
    (
        "三、生态宜居",
        [
            [
                "3-1",
                "乡镇污水处理站建设",
                "建成乡镇污水处理站8座",
                "市 环保局",
                "已建成3座，在建5座",
                60,
                "正常推进",
                "2024年10月底",
            ],
            [
                "3-2",
                "农村饮水安全巩固提升",
                "受益人口12万人",
                "市水务局",
                "已完成工程量75%",
                75,
                "正常推进",
                "第三季度",
            ],
        ],
    ),
    (
        "四、社会保障",
        [
            [
                "4-1",
                "城乡困难群众法律援助",
                "办理法律援助案件2000件",
                "市司法局",
                "已办理1380件",
                69,
                "正常推进",
                "12月底前",
            ],
            [
                "4-2",
                "困难残疾人两项补贴按月足额发放",
                "按月足额发放",
                "市残联",
                "1—7月按月足额发放",
                "—",
                "常态化推进",
                "长期坚持",
            ],
            [
                "4-3",
                "新增城镇就业",
                "新增城镇就业2.8万人",
                "市人社局",
                "新增城镇就业1.9万人",
                68,
                "正常推进",
                "2024年12月",
            ],
            [
                "4-4",
                "中心城区郊野公园建设",
                "建成郊野公园2个",
                "市城管局",
                "已建成2个并对外开放",
                100,
                "已完成",
                "2024年6月底",
            ],
        ],
    ),
]


def write_livelihood(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("进度公示")
    ws.set_column(0, 0, 6)
    ws.set_column(1, 1, 34)
    ws.set_column(2, 2, 20)
    ws.set_column(3, 3, 12)
    ws.set_column(4, 4, 26)
    ws.set_column(5, 5, 10)
    ws.set_column(6, 6, 20)
    ws.set_column(7, 7, 14)
    last = 7
    b.line(ws, 0, "2024年市级十件民生实事1—7月进度公示表", last, b.title)
    b.line(
        ws,
        1,
        "为提高广大人民群众对我市实施重大民生事项的知情权、参与权、监督权，督促各地各部门认真实施好十件民生"
        "实事，现将1—7月进展情况公示如下。",
        last,
    )
    b.line(ws, 2, "截至7月底，已提前完成或完成年度目标任务的有2项，正常推进的有5项，推进缓慢的有2项。", last)
    b.header(
        ws,
        3,
        [
            "序号",
            "民生实事项目",
            "年度目标任务",
            "牵头单位",
            "1—7月完成情况",
            "完成进度（%）",
            "推进情况",
            "完成时限",
        ],
    )
    r = 4
    for group, rows in LIVELIHOOD:
        b.merge(ws, r, 0, r, last, group, b.section)
        r += 1
        for values in rows:
            b.row(ws, r, values)
            r += 1
    r += 1
    b.line(
        ws,
        r,
        "若对公示情况有异议的，请在7日之内以书面形式向市人民政府民生工作办公室反映。联系人：马骏，联系电话：0393-8661021",
        last,
    )
    b.line(ws, r + 1, "濮阳市人民政府民生工作办公室", last, b.right)
    b.line(ws, r + 2, "20240731", last, b.right)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 重点民生实事项目推进情况, after a city's report of its 省市重点民生实事 1—11月 progress as the 市绩效办 sums
# up the 市直主要责任单位's returns: each project measured against the 时序进度, grouped as 已完成 / 达到时序进度 /
# 有一定进度 / 正在开展前期工作: https://zjj.rednet.cn/m/content/2018/12/17/4298718.html
# A three-row header merged across and down (项目基本情况 | 1—7月推进情况 > 年度目标 / 完成情况 > 目标任务 …),
# 类别 merged down over its projects, numeric columns, the 时序进度 stated in a preamble line, units outside the
# directory (市妇联, 团市委, 市总工会) kept as written, a former name, a 注 and the office below.
PROJECTS = [
    (
        "就业社保",
        [
            [
                "城镇新增就业",
                "市人力资源社会保障局",
                28000,
                "人",
                19850,
                70.9,
                "是",
                "2024年12月31日",
                "达到时序进度",
            ],
            [
                "就业困难人员就业援助",
                "市人力资源社会保障局",
                2000,
                "人",
                2010,
                100.5,
                "是",
                "2024年12月31日",
                "已完成",
            ],
            [
                "妇女居家灵活就业培训",
                "市妇联",
                3000,
                "人次",
                1320,
                44.0,
                "否",
                "2024年11月30日",
                "有一定进度",
            ],
            ["提高城市低保标准", "市民政局", 720, "元/月", 720, 100.0, "是", "2024年7月1日", "已完成"],
            ["困难职工帮扶救助", "市总工会", 1500, "户", 940, 62.7, "是", "2024年12月31日", "达到时序进度"],
        ],
    ),
    (
        "城乡建设",
        [
            [
                "中心城区公共厕所新建改建",
                "市城管执法局",
                40,
                "座",
                0,
                0.0,
                "否",
                "2024年10月31日",
                "正在开展前期工作",
            ],
            ["新改建农村公路", "市交通局", 300, "公里", 120, 40.0, "否", "2024年10月31日", "有一定进度"],
        ],
    ),
    (
        "农业农村",
        [
            ["高标准农田建设", "市农业农村局", 25, "万亩", 18, 72.0, "是", "2024年12月31日", "达到时序进度"],
            ["农村青年技能培训", "团市委", 1000, "人", 610, 61.0, "是", "2024年10月31日", "达到时序进度"],
        ],
    ),
]


def write_projects(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("推进情况")
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 10)
    ws.set_column(2, 2, 26)
    ws.set_column(3, 3, 20)
    ws.set_column(4, 8, 10)
    ws.set_column(9, 9, 15)
    ws.set_column(10, 10, 18)
    last = 10
    b.line(ws, 0, "2024年重点民生实事项目1—7月推进情况表", last, b.title)
    b.line(
        ws,
        1,
        "按时序进度（1—7月为58.33%）衡量，已完成或达到时序进度的项目6个，有一定进度的项目2个，正在开展前期工作的项目1个。",
        last,
    )
    b.merge(ws, 2, 0, 2, 3, "项目基本情况", b.head)
    b.merge(ws, 2, 4, 2, 8, "1—7月推进情况", b.head)
    b.merge(ws, 2, 9, 4, 9, "完成时限", b.head)
    b.merge(ws, 2, 10, 4, 10, "推进档次", b.head)
    for c, w in [(0, "序号"), (1, "类别"), (2, "项目名称"), (3, "主要责任单位")]:
        b.merge(ws, 3, c, 4, c, w, b.head)
    b.merge(ws, 3, 4, 3, 5, "年度目标", b.head)
    b.merge(ws, 3, 6, 3, 8, "完成情况", b.head)
    for c, w in enumerate(["目标任务", "计量单位", "完成量", "完成比例（%）", "是否达到时序进度"], start=4):
        ws.write_string(4, c, w, b.head)
    r = 5
    n = 0
    for group, rows in PROJECTS:
        top = r
        for values in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, values, first=2)
            r += 1
        b.merge(ws, top, 1, r - 1, 1, group, b.center)
    r += 1
    b.line(ws, r, "注：完成比例=完成量÷目标任务×100%；时序进度按月平均计算。", last)
    b.line(ws, r + 1, "市绩效办（根据各市直主要责任单位上报情况统计）　　2024年8月1日", last, b.right)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 局党组会议、局长办公会议议定事项督办落实台账, after a 生态环境局's 议定事项督办落实工作制度 (会议确定的主办
# 单位和协办单位; 会议未确定办理时限的由主办单位确定; 办结结果报分管领导和主要领导审核，批示“同意”即为办结，
# 批示继续办理的为“未办结”): https://sthjj.huainan.gov.cn/hbyw/xjfg/xjhfgzc/551709119.html
# The return of one bureau (sent under its former name 市环保局, with a 濮阳市 prefix) whose rows name only
# its sections (主办科室/协办科室); 会议名称及时间 merged down over its items, a blank row between meetings,
# 立行立改 counted from the meeting date, a deadline chosen by the section, 长期坚持, 10个工作日内.
DECISIONS = [
    (
        "局长办公会议（2024年第9次，6月14日）",
        [
            [
                "开展夏季臭氧污染防控专项执法检查，重点检查涉VOCs企业",
                "大气环境科",
                "执法支队",
                "2024年7月15日前",
                "已检查企业86家，立案查处5家",
                "同意",
                "已办结",
            ],
            [
                "修订突发环境事件应急预案",
                "应急管理科",
                "法规科",
                "会议未明确，主办科室确定于8月31日前完成",
                "初稿已完成，正在征求意见",
                "继续办理",
                "未办结",
            ],
            [
                "规范局机关公务用车使用管理",
                "办公室",
                "",
                "立行立改",
                "已完成车辆标识喷涂及使用登记",
                "同意",
                "已办结",
            ],
        ],
    ),
    (
        "局党组会议（2024年第12次，7月2日）",
        [
            [
                "落实意识形态工作责任制，开展专题学习研讨",
                "机关党委",
                "",
                "长期坚持",
                "已开展专题学习2次",
                "—",
                "常态化推进",
            ],
            [
                "推进马颊河流域入河排污口整治",
                "水生态环境科",
                "监测站",
                "2024年9月30日",
                "完成排查，整治方案待报批",
                "继续办理",
                "未办结",
            ],
            ["压缩建设项目环评审批时限", "行政审批科", "", "7月底前", "", "", ""],
        ],
    ),
    (
        "局长办公会议（2024年第11次，7月16日）",
        [
            [
                "做好中央环保督察反馈问题整改材料归档",
                "督察办",
                "办公室",
                "10个工作日内",
                "材料已整理归档，报局领导审核",
                "待审核",
                "未办结",
            ],
        ],
    ),
]


def write_decisions(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("议定事项")
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 20)
    ws.set_column(2, 2, 38)
    ws.set_column(3, 4, 12)
    ws.set_column(5, 5, 22)
    ws.set_column(6, 6, 30)
    ws.set_column(7, 8, 12)
    last = 8
    b.line(ws, 0, "局党组会议、局长办公会议议定事项督办落实台账", last, b.title)
    b.line(ws, 1, "填报单位：濮阳市环境保护局办公室　　　　　　　　　　　　截至2024年7月31日", last)
    b.header(
        ws,
        2,
        [
            "序号",
            "会议名称及时间",
            "议定事项",
            "主办科室",
            "协办科室",
            "办理时限",
            "办理结果",
            "领导审核意见",
            "办结情况",
        ],
    )
    r = 3
    n = 0
    for meeting, rows in DECISIONS:
        top = r
        for values in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, values, first=2)
            r += 1
        b.merge(ws, top, 1, r - 1, 1, meeting, b.center)
        r += 1  # the blank row between meetings
    b.line(
        ws,
        r,
        "注：议定事项办结后，由主办科室将办结结果报分管领导和主要领导审核，审核意见为“同意”的视为办结。",
        last,
    )
    b.line(ws, r + 1, "填表人：韩雪　　　联系电话：0393-6612345　　　2024年7月31日", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 市政府常务会议和市长办公会议决定事项执行情况反馈表, after a city's 议题提交办理规定 (市政府督查室督办常务
# 会议和市长办公会议决定事项; 旗市区、部门和单位按规定及时将执行情况反馈上报):
# https://code.fabao365.com/law_112452_2.html
# One section row per meeting, 承办单位 beside 配合单位, a two-row header whose 执行情况 spans 进展情况 and
# three tick columns (已完成/正在推进/未启动, "√"), county governments as written, deadlines as 2024.8.31,
# 2024/7/5, 7.15, 2024年12月, 2024-2025年, 立行立改 and 三个月内 (from the meeting date).
MEETINGS = [
    (
        "市政府第24次常务会议（2024年6月7日）",
        [
            [
                "研究制定城区集中供热价格调整方案",
                "市发改委",
                "市城管局",
                "2024.8.31",
                "已完成成本监审，方案待听证",
                "",
                "√",
                "",
            ],
            [
                "加快濮阳东站综合客运枢纽配套道路建设",
                "市交通运输局",
                "华龙区人民政府",
                "2024年10月底前",
                "路基工程完成60%",
                "",
                "√",
                "",
            ],
            [
                "做好汛期地质灾害隐患排查",
                "市国土资源局",
                "",
                "2024/7/5",
                "已排查隐患点32处，全部落实监测责任人",
                "√",
                "",
                "",
            ],
        ],
    ),
    (
        "市长办公会议（2024年6月21日）",
        [
            [
                "解决油田职工住宅区供水移交遗留问题",
                "市自来水公司",
                "市住建局",
                "2024年12月",
                "正在开展资产清查",
                "",
                "√",
                "",
            ],
            ["落实企业职工基本养老保险扩面任务", "市人社局", "", "7.15", "", "", "", "√"],
        ],
    ),
    (
        "市政府第26次常务会议（2024年7月9日）",
        [
            [
                "开展城区燃气管道老化更新改造",
                "市燃气公司",
                "市住建局",
                "2024-2025年",
                "已完成改造方案编制",
                "",
                "√",
                "",
            ],
            [
                "拨付高标准农田建设项目县级配套资金",
                "市 财政局",
                "",
                "立行立改",
                "资金已拨付到位",
                "√",
                "",
                "",
            ],
            ["建设范县黄河滩区迁建社区配套学校", "范县人民政府", "市教育局", "三个月内", "", "", "", ""],
        ],
    ),
]


def write_meetings(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("决定事项")
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 38)
    ws.set_column(2, 3, 16)
    ws.set_column(4, 4, 14)
    ws.set_column(5, 5, 30)
    ws.set_column(6, 8, 8)
    last = 8
    b.line(ws, 0, "市政府常务会议和市长办公会议决定事项执行情况反馈表", last, b.title)
    b.line(ws, 1, "（2024年7月）", last, b.right)
    for c, w in [(0, "序号"), (1, "决定事项"), (2, "承办单位"), (3, "配合单位"), (4, "完成时限")]:
        b.merge(ws, 2, c, 3, c, w, b.head)
    b.merge(ws, 2, 5, 2, 8, "执行情况", b.head)
    for c, w in enumerate(["进展情况", "已完成", "正在推进", "未启动"], start=5):
        ws.write_string(3, c, w, b.head)
    r = 4
    n = 0
    for meeting, rows in MEETINGS:
        b.merge(ws, r, 0, r, last, meeting, b.section)
        r += 1
        for values in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, values[:5], first=1)
            for c, v in enumerate(values[5:], start=6):
                b.put(ws, r, c, v, b.center)
            r += 1
    r += 1
    b.line(
        ws,
        r,
        "说明：1.请在对应栏内打“√”；2.完成时限以会议纪要确定的时间为准，未明确具体日期的自会议召开之日起计算。",
        last,
    )
    b.line(ws, r + 1, "市政府督查室　　2024年7月31日", last, b.right)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 领导批示件办理台账, after an 区政府办公室's 领导批示件办理规章 (台账式管理、分类别督办、按时限反馈; 领导批示件
# 分为文件批示件和阅件批示件两大类; 日登记、每月梳理汇总): https://bbs.pinggu.org/thread-16445274-1-1.html
# One sheet per class (文件批示件 / 阅件批示件), 登记日期 and 批示时间 as events, 办理时限 as 2024年7月,
# 批示后15日内, 2024/8/15, 5个工作日, 立行立改, 7月20日前, 7.31 (counted from the 批示 date, as the note says),
# a 办结日期 column, a 合计 row and a note under each sheet.
INSTRUCTION_HEADER = [
    "登记号",
    "登记日期",
    "来文单位及标题",
    "批示领导",
    "批示时间",
    "批示内容",
    "承办单位",
    "办理时限",
    "办理情况",
    "办结日期",
]
INSTRUCTIONS = {
    "文件批示件": [
        [
            "PS2024-061",
            date(2024, 6, 3),
            "市住建局：关于城区老旧小区加装电梯推进情况的报告",
            "刘副市长",
            date(2024, 6, 4),
            "请住建局加大推进力度，选取试点小区先行先试，推动老旧小区加装电梯。",
            "市住建局",
            "2024年7月",
            "已确定试点小区3个，完成加装电梯5部",
            date(2024, 7, 26),
        ],
        [
            "PS2024-067",
            date(2024, 6, 12),
            "市应急局：关于汛期安全生产形势的分析报告",
            "王市长",
            date(2024, 6, 13),
            "请牵头开展汛期安全隐患大排查大整治。",
            "市安监局",
            "批示后15日内",
            "已完成排查并报送排查报告",
            date(2024, 6, 27),
        ],
        [
            "PS2024-072",
            date(2024, 6, 20),
            "市卫健委：关于基层医疗机构人才短缺问题的报告",
            "李副市长",
            date(2024, 6, 21),
            "请卫健委会同人社部门研究提出基层医疗人才引进办法。",
            "市卫健委",
            "2024/8/15",
            "正在起草基层卫生人才引进方案",
            "",
        ],
        [
            "PS2024-080",
            date(2024, 7, 2),
            "市商务局：关于县域商业体系建设的汇报",
            "刘副市长",
            date(2024, 7, 3),
            "请抓紧制定县域商业体系建设实施方案。",
            "市商务局",
            "5个工作日",
            "逾期未报",
            "",
        ],
    ],
    "阅件批示件": [
        [
            "YJ2024-033",
            date(2024, 6, 18),
            "《濮阳日报》内参：城区部分路段井盖缺失",
            "王市长",
            date(2024, 6, 18),
            "请城管局立即核查井盖缺失情况并补装到位。",
            "市城管局",
            "立行立改",
            "已补装井盖17个",
            date(2024, 6, 19),
        ],
        [
            "YJ2024-041",
            date(2024, 7, 8),
            "网民反映：开发区企业职工通勤公交线路不足",
            "李副市长",
            date(2024, 7, 9),
            "请交通运输局研究解决企业职工通勤公交线路不足问题。",
            "市交通运输局",
            "7月20日前",
            "已新开通勤专线2条",
            date(2024, 7, 19),
        ],
        [
            "YJ2024-045",
            date(2024, 7, 15),
            "信息专报：夏粮收购价格偏低农民惜售",
            "刘副市长",
            date(2024, 7, 16),
            "请发改委牵头关注夏粮收购价格并提出建议。",
            "市发改委（牵头）",
            "7.31",
            "正在开展调研",
            "",
        ],
        [
            "YJ2024-047",
            date(2024, 7, 22),
            "群众来信：老城区历史建筑保护不力",
            "王市长",
            date(2024, 7, 23),
            "请文广新局研究老城区历史建筑保护办法。",
            "市文广新局",
            "",
            "已函请省文物局出具意见",
            "",
        ],
    ],
}


def write_instructions(path: Path) -> Path:
    b = Book(path)
    for name, rows in INSTRUCTIONS.items():
        ws = b.sheet(name)
        ws.set_column(0, 1, 12)
        ws.set_column(2, 2, 34)
        ws.set_column(3, 4, 11)
        ws.set_column(5, 5, 36)
        ws.set_column(6, 7, 14)
        ws.set_column(8, 8, 28)
        ws.set_column(9, 9, 12)
        last = len(INSTRUCTION_HEADER) - 1
        b.line(ws, 0, f"领导批示件办理台账（{name}）", last, b.title)
        b.line(ws, 1, "区政府办公室督查科　　　　　　　　　　　　　　　　　　　　　　2024年7月31日", last)
        b.header(ws, 2, INSTRUCTION_HEADER)
        r = 3
        for values in rows:
            b.row(ws, r, values)
            r += 1
        done = sum(1 for values in rows if values[-1])
        b.put(ws, r, 0, "合计", b.center)
        b.merge(ws, r, 1, r, last, f"{len(rows)}件，已办结{done}件", b.cell)
        b.line(ws, r + 2, "注：办理时限自领导批示之日起计算，工作日按国家法定工作日计算。", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 11. 督查督办任务 as a 城市综合执法 supervision system exports them: header on row 1 with the task view's own
# words (案件编号, 信息来源, 涉嫌机构, 情况描述, 办理部门, 协办部门, 办理方式, 办理意见, 办理时间, 处置时限):
# https://github.com/hufanglei/jncszhzf/blob/cafd305c1625f775d0c6d422e92f2f6eba7fceb6/src/main/webapp/page/issues/dcdbrw.jsp
# The 涉嫌机构 (the body complained about) beside the 办理部门 and a 协办部门; 办理方式 办结/转办/挂起/办理中/超期;
# 办理时间 an event, 处置时限 the deadline, both as text date-times; former and short names, 濮阳市 prefix.
SUPERVISION_HEADER = [
    "案件编号",
    "信息来源",
    "涉嫌机构",
    "情况描述",
    "办理部门",
    "协办部门",
    "办理方式",
    "办理意见",
    "办理时间",
    "处置时限",
]
SUPERVISION = [
    [
        "DCDB20240605001",
        "领导批示",
        "华龙区某建材市场",
        "建材市场占道堆放砂石，扬尘污染严重，群众多次投诉",
        "市城管局",
        "市生态环境局",
        "办结",
        "已清理占道砂石并设置围挡",
        "2024-06-28 17:20:05",
        "2024-06-30 18:00:00",
    ],
    [
        "DCDB20240614003",
        "会议交办",
        "开发区某餐饮街",
        "餐饮街夜间外摆经营噪音扰民",
        "市城管执法局",
        "市公安局",
        "转办",
        "已转开发区城管分局处置，正在整治",
        "2024-07-02 09:45:11",
        "2024-07-20 18:00:00",
    ],
    [
        "DCDB20240620007",
        "专项督查",
        "某驾校",
        "驾校培训场地违规占用耕地",
        "市资规局",
        "市农业农村局",
        "挂起",
        "涉及历史用地手续，已报请市政府专题研究",
        "2024-07-10 15:02:40",
        "2024-07-31 18:00:00",
    ],
    [
        "DCDB20240703002",
        "群众举报",
        "某加油站",
        "加油站油气回收装置未正常运行",
        "市生态环境局",
        "",
        "办结",
        "已责令整改，复查合格",
        "2024-07-05 10:12:00",
        "2024-07-12 18:00:00",
    ],
    [
        "DCDB20240710005",
        "领导批示",
        "某房地产开发公司",
        "小区配套幼儿园未按规划移交",
        "市住建局",
        "市教育局",
        "办理中",
        "",
        "",
        "2024-08-10 18:00:00",
    ],
    [
        "DCDB20240715004",
        "12345转办",
        "某物业公司",
        "物业擅自提高停车收费标准",
        "濮阳市市场监督管理局",
        "",
        "超期",
        "",
        "",
        "2024-07-25 18:00:00",
    ],
    [
        "DCDB20240722006",
        "会议交办",
        "某医院",
        "医院周边停车难，违停严重",
        "市交警支队",
        "市卫健委",
        "办结",
        "已增设临时停车位120个，加强违停执法",
        "2024-07-30 16:00:00",
        "2024-08-05 18:00:00",
    ],
]


def write_supervision(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("督查督办任务")
    widths = [18, 10, 18, 40, 20, 14, 10, 36, 20, 20]
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    plain = b.book.add_format({"valign": "top"})
    bold = b.book.add_format({"bold": True})
    for c, w in enumerate(SUPERVISION_HEADER):
        ws.write_string(0, c, w, bold)
    for r, values in enumerate(SUPERVISION, start=1):
        b.row(ws, r, values, fmt=plain)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 12. 信访积案包案化解工作进展表, one sheet per unit, after a 信访工作制度 of 包案领导 (包调查、包处理、包息诉
# 罢访; 一个重要问题、一名领导包抓、一帮人员配合、一套方案解决、限期办结; 双方均不满意的继续调处):
# http://78911.com.cn/GuiZhangZhiDu/296934.html
# No 责任单位 column: the unit is the sheet's 单位 line (a full name, a short name, a county government);
# a two-row header with 包案化解（“四个一”） across, 信访人 (the complainant) beside the matter, 是否息诉罢访
# 是/否, deadlines as 6月底前, 三个月内 and 30日内 (from the 交办日期 the sheet states), a full-width date.
PETITION_SHEETS = [
    (
        "市住建局",
        "单位：濮阳市住房和城乡建设局（盖章）",
        [
            [
                "刘某某",
                "反映绿城花园项目逾期交房，要求开发商支付违约金",
                "副局长 陈刚",
                "房产科",
                "约谈开发商，督促制定交房计划",
                "2024年6月底前",
                "已于6月28日交房，业主签收",
                "是",
            ],
            [
                "杨某等12人",
                "反映安置房不动产证多年未办理",
                "副局长 陈刚",
                "市不动产登记中心",
                "分批次办理",
                "三个月内",
                "已办理42户，剩余18户正在补充材料",
                "否",
            ],
            [
                "王某某",
                "反映小区物业违规收取停车费",
                "副局长 王建",
                "物业科",
                "责令物业退还多收费用",
                "２０２４．７．２０",
                "物业已退还多收费用，信访人表示满意",
                "是",
            ],
        ],
    ),
    (
        "华龙区",
        "单位：华龙区人民政府（盖章）",
        [
            [
                "赵某某",
                "反映征地补偿款分配不公",
                "副区长 李明",
                "胜利路街道",
                "入户核实，重新公示分配方案",
                "2024年9月30日",
                "已入户核实，补偿分配方案重新公示中",
                "否",
            ],
            [
                "孙某某等5人",
                "反映拆迁过渡费拖欠",
                "副区长 李明",
                "区征收办",
                "筹措资金，一次性发放",
                "2024年7月15日",
                "过渡费已全部发放",
                "是",
            ],
            [
                "钱某某",
                "反映宅基地纠纷多年未解决",
                "区信访局局长 张华",
                "岳村镇",
                "组织双方调解",
                "年底前",
                "双方均不满意，继续调处",
                "否",
            ],
        ],
    ),
    (
        "市人社局",
        "单位：市人社局（盖章）",
        [
            [
                "周某某",
                "反映企业破产后职工社保断缴",
                "副局长 郭峰",
                "社保中心",
                "协调破产管理人补缴",
                "2024年8月31日",
                "正在协调补缴方案",
                "否",
            ],
            [
                "吴某某",
                "反映对工伤认定结论不服",
                "副局长 郭峰",
                "工伤保险科",
                "复查工伤认定",
                "30日内",
                "已作出复查结论并送达，信访人息诉",
                "是",
            ],
            [
                "郑某某",
                "反映退休待遇核定错误",
                "副局长 郭峰",
                "养老保险科",
                "重新核定待遇",
                "2024年7月31日",
                "",
                "",
            ],
        ],
    ),
]


def write_petitions(path: Path) -> Path:
    b = Book(path)
    for name, unit_line, rows in PETITION_SHEETS:
        ws = b.sheet(name)
        ws.set_column(0, 0, 5)
        ws.set_column(1, 1, 12)
        ws.set_column(2, 2, 36)
        ws.set_column(3, 4, 16)
        ws.set_column(5, 5, 26)
        ws.set_column(6, 6, 16)
        ws.set_column(7, 7, 30)
        ws.set_column(8, 8, 10)
        last = 8
        b.line(ws, 0, "信访积案“四个一”包案化解工作进展表", last, b.title)
        b.line(ws, 1, f"{unit_line}　　　　积案交办日期：2024年5月13日　　　报送时间：2024年7月30日", last)
        for c, w in [(0, "序号"), (1, "信访人"), (2, "信访事项")]:
            b.merge(ws, 2, c, 3, c, w, b.head)
        b.merge(ws, 2, 3, 2, 8, "包案化解（“四个一”）", b.head)
        for c, w in enumerate(
            ["包案领导", "配合人员（单位）", "化解方案", "化解时限", "化解进展", "是否息诉罢访"], start=3
        ):
            ws.write_string(3, c, w, b.head)
        r = 4
        for n, values in enumerate(rows, start=1):
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, values, first=1)
            r += 1
        b.line(ws, r + 1, "包案领导（签字）：　　　　　　填表人：　　　　　　联系电话：", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 13. 市长信箱信件办理情况, one sheet per 发信类型 (我要咨询/我要投诉/我要建议/我要求助), after a city's 市长信箱
# 使用说明 (10位查询码; 递送部门; 处理状态 待审查、待处理、已处理; 一般问题原则上在3个工作日办结，较复杂的问题
# 延长到10个工作日): https://www.shenyang.gov.cn/zmhd/szxx/sysm/
# The deadline rule stated once above each table, applied by each row's 问题类型 to its 提交时间; 街道办事处 kept
# as written; 回复时间 as dates; a 小计 row under each table.
MAIL_SHEETS = [
    (
        "我要咨询",
        [
            [
                "7H2K9M4Q1X",
                "随迁子女入学积分政策咨询",
                "市教育局",
                date(2024, 7, 3),
                "一般",
                "已处理",
                date(2024, 7, 5),
            ],
            [
                "3C8W6N2R5T",
                "异地就医结算比例咨询",
                "市医保局",
                date(2024, 7, 16),
                "一般",
                "已处理",
                date(2024, 7, 17),
            ],
        ],
    ),
    (
        "我要投诉",
        [
            [
                "5P4D7L1B9Z",
                "小区围墙倒塌无人修复",
                "中原路街道办事处",
                date(2024, 7, 1),
                "较复杂",
                "已处理",
                date(2024, 7, 12),
            ],
            ["9J3F6V8Y2E", "高速出口大货车夜间超速", "市交警支队", date(2024, 7, 9), "较复杂", "待处理", ""],
            ["2A7G5S3U8M", "供暖费退费不予办理", "市城管局", date(2024, 7, 22), "一般", "待审查", ""],
        ],
    ),
    (
        "我要建议",
        [
            [
                "6R1H4K7T3W",
                "公园增设夜间照明和健身器材",
                "市城市管理局",
                date(2024, 7, 11),
                "一般",
                "已处理",
                date(2024, 7, 15),
            ],
            [
                "8Q2N5X9C4D",
                "二次供水水箱清洗情况定期公示",
                "市自来水公司",
                date(2024, 7, 26),
                "一般",
                "待处理",
                "",
            ],
        ],
    ),
    (
        "我要求助",
        [
            [
                "4E6B1M8P7K",
                "农村危房改造补助迟迟未发放",
                "市住建局",
                date(2024, 7, 24),
                "较复杂",
                "已处理",
                date(2024, 7, 30),
            ],
            [
                "1T9Z3R6J5V",
                "绿化带建筑垃圾堆积无人清理",
                "人民路街道办事处",
                date(2024, 7, 11),
                "一般",
                "已处理",
                date(2024, 7, 12),
            ],
        ],
    ),
]


def write_messages(path: Path) -> Path:
    b = Book(path)
    header = ["序号", "查询码", "信件标题", "递送部门", "提交时间", "问题类型", "处理状态", "回复时间"]
    for name, rows in MAIL_SHEETS:
        ws = b.sheet(name)
        ws.set_column(0, 0, 5)
        ws.set_column(1, 1, 13)
        ws.set_column(2, 2, 32)
        ws.set_column(3, 3, 18)
        ws.set_column(4, 4, 12)
        ws.set_column(5, 6, 10)
        ws.set_column(7, 7, 12)
        last = len(header) - 1
        b.line(ws, 0, f"市长信箱信件办理情况表（{name}）", last, b.title)
        b.line(ws, 1, "统计时间：2024年7月1日—7月31日　　　　　　　　　　市长信箱办公室", last)
        b.line(
            ws,
            2,
            "办理时限：一般问题原则上在3个工作日内办结；较复杂的问题延长到10个工作日。作为信访立案处理的，转市信访局办理、回复。",
            last,
        )
        b.header(ws, 3, header)
        r = 4
        for n, values in enumerate(rows, start=1):
            b.put(ws, r, 0, n, b.center)
            for c, v in enumerate(values, start=1):
                b.put(ws, r, c, v, b.slash_day if isinstance(v, date) else b.cell)
            r += 1
        done = sum(1 for values in rows if values[5] == "已处理")
        b.merge(ws, r, 0, r, 2, "小计", b.center)
        b.merge(ws, r, 3, r, last, f"{len(rows)}件，已处理{done}件", b.cell)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 14. 提案答复报告, one card per proposal and one card per printed page, after a 政协提案 system's 答复报告
# view (提案编号, 届次, 案由, 提案类型, 第一提案人, 是否立案, 立案时间, 办理方式, 要求办结日期; then per 办理单位:
# 办理单位, 沟通方式, 解决程度, 提案人意见, 实际办结日期, 答复审查状态, 答复报告):
# https://github.com/gdszm/jw/blob/636e7e6518f42d8d2e11d11d9c89c821f4aad493/WebRoot/general/info/hand_see.jsp
PROPOSALS = [
    {
        "提案编号": "第0056号",
        "届次": "十届三次",
        "案由": "关于加快城区智慧停车系统建设的提案",
        "提案类型": "委员提案",
        "第一提案人": "何建国",
        "是否立案": "立案",
        "立案时间": date(2024, 2, 28),
        "办理方式": "主办",
        "要求办结日期": date(2024, 6, 30),
        "办理单位": "市城市管理局",
        "沟通方式": "当面沟通",
        "解决程度": "已解决或基本解决（A类）",
        "提案人意见": "满意",
        "实际办结日期": date(2024, 6, 21),
        "答复审查状态": "审查通过",
        "答复报告": "我局已建成城区智慧停车平台一期，接入泊位6200个，实现空余泊位实时查询和无感支付。",
    },
    {
        "提案编号": "第0073号",
        "届次": "十届三次",
        "案由": "关于规范校外培训机构收费行为的提案",
        "提案类型": "集体提案",
        "第一提案人": "民进濮阳市委",
        "是否立案": "立案",
        "立案时间": date(2024, 2, 28),
        "办理方式": "主办",
        "要求办结日期": date(2024, 6, 30),
        "办理单位": "市教育局",
        "沟通方式": "电话沟通",
        "解决程度": "正在解决或列入计划解决（B类）",
        "提案人意见": "基本满意",
        "实际办结日期": date(2024, 6, 28),
        "答复审查状态": "审查通过",
        "答复报告": "已将校外培训收费纳入资金监管平台，下一步将会同市场监管部门开展专项检查。",
    },
    {
        "提案编号": "第0091号",
        "届次": "十届三次",
        "案由": "关于加强农村养老服务设施建设的提案",
        "提案类型": "委员提案",
        "第一提案人": "韩丽",
        "是否立案": "立案",
        "立案时间": date(2024, 3, 1),
        "办理方式": "主办",
        "要求办结日期": "2024年6月30日",
        "办理单位": "市民政局",
        "沟通方式": "",
        "解决程度": "",
        "提案人意见": "",
        "实际办结日期": "",
        "答复审查状态": "未通过（退回修改）",
        "答复报告": "答复内容未回应提案提出的运营补贴问题，已退回承办单位修改后重新报送。",
    },
    {
        "提案编号": "第0104号",
        "届次": "十届三次",
        "案由": "关于推动杂技文旅融合发展的提案",
        "提案类型": "委员提案",
        "第一提案人": "沈静",
        "是否立案": "立案",
        "立案时间": date(2024, 3, 1),
        "办理方式": "主办",
        "要求办结日期": date(2024, 6, 30),
        "办理单位": "市文化广电和旅游局",
        "沟通方式": "座谈",
        "解决程度": "因条件限制留作参考（C类）",
        "提案人意见": "理解",
        "实际办结日期": date(2024, 6, 25),
        "答复审查状态": "审查通过",
        "答复报告": "杂技主题公园建设受用地和资金条件限制，暂列入文旅产业发展规划储备项目。",
    },
    {
        "提案编号": "第0118号",
        "届次": "十届三次",
        "案由": "关于完善新能源汽车充电设施布局的提案",
        "提案类型": "委员提案",
        "第一提案人": "吴强",
        "是否立案": "立案",
        "立案时间": date(2024, 3, 5),
        "办理方式": "会办",
        "要求办结日期": date(2024, 5, 31),
        "办理单位": "濮阳供电公司",
        "沟通方式": "",
        "解决程度": "",
        "提案人意见": "",
        "实际办结日期": "",
        "答复审查状态": "未答复",
        "答复报告": "",
    },
]


def write_proposals(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("答复报告")
    ws.set_column(0, 0, 14)
    ws.set_column(1, 1, 30)
    ws.set_column(2, 2, 14)
    ws.set_column(3, 3, 30)
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    breaks = []
    r = 0
    for card in PROPOSALS:
        if r:
            breaks.append(r)
        b.merge(ws, r, 0, r, 3, "政协濮阳市第十届委员会第三次会议提案答复报告", b.title)
        ws.set_row(r, 30)
        r += 1
        pairs = [
            [("提案编号", "提案编号"), ("届　　次", "届次")],
            [("案　　由", "案由")],
            [("提案类型", "提案类型"), ("第一提案人", "第一提案人")],
            [("是否立案", "是否立案"), ("立案时间", "立案时间")],
            [("办理方式", "办理方式"), ("要求办结日期", "要求办结日期")],
            [("办理单位", "办理单位"), ("沟通方式", "沟通方式")],
            [("解决程度", "解决程度"), ("提案人意见", "提案人意见")],
            [("实际办结日期", "实际办结日期")],
            [("答复审查状态", "答复审查状态")],
        ]
        for pair in pairs:
            if len(pair) == 1:
                label, key = pair[0]
                ws.write_string(r, 0, f"{label}：", b.label)
                b.merge(ws, r, 1, r, 3, card[key], b.cell)
            else:
                for k, (label, key) in enumerate(pair):
                    ws.write_string(r, 2 * k, f"{label}：", b.label)
                    b.put(ws, r, 2 * k + 1, card[key], b.cell)
            r += 1
        b.merge(ws, r, 0, r, 3, "答复报告", b.label)
        r += 1
        b.merge(ws, r, 0, r + 2, 3, card["答复报告"], b.cell)
        r += 4
    ws.set_h_pagebreaks(breaks)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 15. 涉企“办不成事”问题提级办理清单, after a city's 提级办理工作机制 (经2次交办后未办结的、跨部门跨层级历史
# 遗留的问题列入清单; 分管副市长任组长的工作专班; 承办单位原则上10日内解决并回复, 特别复杂的事项实行阶段性
# 回复; 跟踪问效、销号): https://taarucha.com/OpennessGazette/show/1854.html
# A two-row header (提级情况 over 提级原因/专班组长, 承办单位 over 牵头/配合), 企业名称 beside the problem,
# 10日内 from the row's 交办日期 (calendar days), one dated deadline, 销号情况 已销号/未销号, a 合计 row.
ESCALATED = [
    [
        "市长热线转办",
        "濮阳市宏达机械制造有限公司",
        "新厂区供电线路接入方案迟迟未批复",
        "经2次交办未办结",
        "分管副市长",
        "供电公司",
        "市发改委",
        date(2024, 6, 17),
        "10日内",
        "线路已接入送电",
        "已销号",
    ],
    [
        "领导包保走访",
        "濮阳市金源化工有限公司",
        "危化品仓储项目安全评价审批跨部门卡顿",
        "跨部门",
        "分管副市长",
        "市应急局",
        "市自然资源和规划局",
        date(2024, 6, 24),
        "10日内",
        "已召开专班会议，安评报告正在修改（阶段性回复）",
        "未销号",
    ],
    [
        "为企服务平台",
        "濮阳市亿丰食品有限公司",
        "出口食品备案证明办理需往返省会",
        "跨层级",
        "分管副市长",
        "市商务局",
        "市市场监管局",
        date(2024, 7, 1),
        "10日内",
        "已协调省厅实现网上办理",
        "已销号",
    ],
    [
        "市长会企日",
        "濮阳市绿洲农牧有限公司",
        "养殖场环评手续与土地性质冲突无法办理",
        "历史遗留",
        "分管副市长",
        "市环保局",
        "市农委",
        date(2024, 7, 8),
        "2024年8月底前",
        "阶段性回复：已完成现场踏勘",
        "未销号",
    ],
    [
        "码上监督平台",
        "濮阳市博远物流有限公司",
        "货车通行证办理需重复提交材料",
        "经2次交办未办结",
        "分管副市长",
        "市交警支队",
        "",
        date(2024, 7, 12),
        "10日内",
        "",
        "",
    ],
    [
        "市长热线转办",
        "濮阳市鑫诚建筑安装有限公司",
        "政府投资项目结算审计久拖不决，工程款拖欠",
        "顶格提级",
        "市长",
        "市财政局",
        "市审计局",
        date(2024, 7, 15),
        "10日内",
        "逾期未回复",
        "未销号",
    ],
    [
        "领导包保走访",
        "河南濮耀新材料科技有限公司",
        "研发费用加计扣除政策未能享受",
        "跨层级",
        "分管副市长",
        "市税务局",
        "市科技局",
        date(2024, 7, 22),
        "10日内",
        "已上门辅导，企业已完成申报",
        "已销号",
    ],
]


def write_escalated(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("提级办理清单")
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 13)
    ws.set_column(2, 2, 24)
    ws.set_column(3, 3, 34)
    ws.set_column(4, 5, 12)
    ws.set_column(6, 7, 16)
    ws.set_column(8, 9, 12)
    ws.set_column(10, 10, 30)
    ws.set_column(11, 11, 10)
    last = 11
    b.line(ws, 0, "涉企“办不成事”问题提级办理清单", last, b.title)
    b.line(ws, 1, "市营商环境办　　　　　　　　　　　　　　　　　　　　　　　　　　　　　2024年7月31日", last)
    b.line(
        ws,
        2,
        "说明：承办单位原则上10日内解决问题并回复办结情况；特别复杂的事项实行阶段性回复，办结后申请销号。",
        last,
    )
    for c, w in [(0, "序号"), (1, "问题来源"), (2, "企业名称"), (3, "问题内容")]:
        b.merge(ws, 3, c, 4, c, w, b.head)
    b.merge(ws, 3, 4, 3, 5, "提级情况", b.head)
    b.merge(ws, 3, 6, 3, 7, "承办单位", b.head)
    for c, w in [(8, "交办日期"), (9, "办结时限"), (10, "办理情况"), (11, "销号情况")]:
        b.merge(ws, 3, c, 4, c, w, b.head)
    for c, w in enumerate(["提级原因", "专班组长", "牵头", "配合"], start=4):
        ws.write_string(4, c, w, b.head)
    r = 5
    for n, values in enumerate(ESCALATED, start=1):
        b.put(ws, r, 0, n, b.center)
        b.row(ws, r, values, first=1)
        r += 1
    closed = sum(1 for values in ESCALATED if values[-1] == "已销号")
    b.merge(ws, r, 0, r, 2, "合计", b.center)
    b.merge(ws, r, 3, r, last, f"{len(ESCALATED)}件，已销号{closed}件", b.cell)
    b.line(ws, r + 2, "填表人：宋佳　　　联系电话：0393-8995566", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
def build() -> list[Path]:
    out = [
        write_hotline(HERE / "12345政府服务热线工单办理回访情况表（7月上半月）.xlsx"),
        write_overdue(HERE / "市长热线回退及逾期工单督办清单（第7期）.xlsx"),
        write_letters(HERE / "政府信箱来信办理导出_20240731.csv"),
        write_motions(HERE / "市人社局承办市十届人大三次会议代表建议办理情况表.docx"),
        write_enterprise(HERE / "企业问题办理情况反馈（两家单位）.zip"),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        book = write_livelihood(Path(tmp) / "2024年市级十件民生实事1—7月进度公示表.xlsx")
        out.append(convert(book, "xls", HERE / "2024年市级十件民生实事1—7月进度公示表.xls"))
    out += [
        write_projects(HERE / "2024年重点民生实事项目1—7月推进情况表.xlsx"),
        write_decisions(HERE / "局党组会议局长办公会议议定事项督办落实台账（市环保局）.xlsx"),
        write_meetings(HERE / "市政府常务会议和市长办公会议决定事项执行情况反馈表（7月）.xlsx"),
        write_instructions(HERE / "领导批示件办理台账（2024年7月）.xlsx"),
        write_supervision(HERE / "督查督办任务导出_20240731.xlsx"),
        write_petitions(HERE / "信访积案包案化解工作进展表（三家单位）.xlsx"),
        write_messages(HERE / "市长信箱分类信件办理情况（7月）.xlsx"),
        write_proposals(HERE / "市政协十届三次会议提案答复报告（承办单位）.xlsx"),
        write_escalated(HERE / "涉企“办不成事”问题提级办理清单（7月）.xlsx"),
    ]
    return out


if __name__ == "__main__":
    for path in build():
        print(path.name)

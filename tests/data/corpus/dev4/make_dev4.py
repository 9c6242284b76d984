"""Regenerate the dev4 part of the intake corpus (python tests/data/corpus/dev4/make_dev4.py).

First kept aside (as aside2) and measured once (54 of 95 items read right, 56.8%, at commit 3faa9b2);
developed on since.

A second held-out part: fifteen returns, each copying the kind of table a public source shows (the
source is cited next to each layout and repeated in expected.json), none of them used by the other
parts. They are measured only, never tuned on. The contents (problems, names, dates) are made up; the
layouts, header words, preambles and status wordings are the sources' own.

What a person reads in each file is in expected.json beside this script, written by hand by the rules
of tests/data/corpus/README.md (statistics date 2024-07-31), never filled from the tool's output.

Workbooks are written with XlsxWriter (shared strings, as Excel writes them) with a fixed created date;
the .xls and .ods returns are LibreOffice conversions (soffice --headless --convert-to) of a workbook
written here, so LibreOffice must be installed. The .docx is written with python-docx, the .csv in GBK
as a system exports it, and the .zip with GBK member names as Windows' built-in zip writes them.
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
        self.label = add({"bold": True, "border": 1, "align": "right", "valign": "vcenter"})
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "align": "center", "valign": "vcenter"})
        self.plain_day = add({"num_format": "yyyy-mm-dd", "align": "left", "valign": "vcenter"})

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
            ws.merge_range(r1, c1, r2, c2, "", fmt)
            ws.write_datetime(r1, c1, datetime(v.year, v.month, v.day), self.day)
        else:
            ws.merge_range(r1, c1, r2, c2, "" if v is None else str(v), fmt)

    def line(self, ws, r: int, text: str, last: int, fmt=None) -> None:
        self.merge(ws, r, 0, r, last, text, fmt or self.text)

    def row(self, ws, r: int, values: list[object], first: int = 0, fmt=None) -> None:
        for c, v in enumerate(values):
            self.put(ws, r, first + c, v, fmt)


def convert(source: Path, suffix: str, target: Path) -> Path:
    """LibreOffice --convert-to, the way an office's older or open-format copy comes out."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is needed to write the .xls and .ods returns")
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
    """Rewrite a zip-based file (.ods, .docx) with fixed member timestamps, so that it is reproducible."""
    with zipfile.ZipFile(path) as src:
        members = [(info, src.read(info)) for info in src.infolist()]
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w") as dst:
        for info, data in members:
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 7, 31, 9, 0, 0))
            fixed.compress_type = info.compress_type
            fixed.external_attr = info.external_attr
            dst.writestr(fixed, data)
    path.write_bytes(raw.getvalue())
    return path


# ---------------------------------------------------------------------------------------------
# 1. 审计整改: the 审计项目相关信息查看及上报 page of a state-assets risk-control system: a label|value
# block about the audit (审计单位 / 审计项目名称 / 审计类型一·二 / 审计开始·结束日期 / 备注 / 涉案金额 /
# 挽回损失 / 审计是否发现问题 / 审计发现问题是否整改), then 「审计整改问题维护(合计N个)」 with the columns
# 序号 / 存在问题 / 审计建议 / 整改措施 / 整改时限 / 整改负责人 / 备注 / 整改完成状态 (未完成 / 已完成), then
# the 创建上报信息 block (数据创建人 / 创建时间 / 数据上报人 / 上报时间):
# https://github.com/xiaohaiou/shanghai-guoziwei/blob/4f87e68bc0a520bb44df58fab2f1a718e8d2e57e/src/main/webapp/views/riskcontrol/auditProject/auditProjectView.jsp
AUDIT = [
    [
        1,
        "部分个人住房公积金贷款逾期未及时催收，逾期90天以上贷款12笔、本金186.4万元",
        "加强贷后管理，落实逾期贷款催收责任",
        "建立逾期贷款催收台账，委托受托银行逐笔上门催收",
        date(2024, 6, 30),
        "信贷处 刘建国",
        "12笔已全部收回或签订还款协议",
        "已完成",
    ],
    [
        2,
        "公务用车运行维护费超预算列支4.2万元",
        "严格预算执行，杜绝无预算、超预算支出",
        "调整年度预算，修订公务用车管理办法",
        "2024年9月底前",
        "财务处 王敏",
        "",
        "未完成",
    ],
    [
        3,
        "华龙区归集网点未按规定公示缴存基数调整标准",
        "规范政务公开",
        "在各归集网点及门户网站公示调整标准",
        date(2024, 5, 31),
        "归集处 张丽",
        "",
        "已完成",
    ],
    [
        4,
        "报废资产未及时核销，固定资产账实不符",
        "开展资产清查，及时办理报废核销",
        "全面清查固定资产，报财政部门审批后核销",
        "2024年12月31日",
        "财务处 王敏",
        "",
        "未完成",
    ],
    [
        5,
        "内部控制制度未及时修订，部分制度与现行政策不符",
        "健全内部控制制度",
        "对现行制度逐项梳理，适时修订完善",
        "长期坚持",
        "办公室 陈静",
        "",
        "",
    ],
    [
        6,
        "住房公积金增值收益未按规定时间上缴财政",
        "严格执行增值收益分配规定",
        "补缴增值收益并建立按季上缴机制",
        date(2024, 7, 15),
        "财务处 王敏",
        "",
        "已完成",
    ],
]


def write_audit(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("审计项目相关信息")
    for c, width in enumerate([8, 40, 24, 30, 14, 14, 24, 12]):
        ws.set_column(c, c, width)
    b.line(ws, 0, "上报审计项目相关信息", 7, b.title)
    pairs = [
        ("审计单位:", "市审计局", "审计项目名称:", "濮阳市住房公积金管理中心2023年度预算执行情况审计"),
        ("审计类型一:", "预算执行审计", "审计类型二:", "部门预算执行"),
        ("审计开始日期:", date(2024, 3, 11), "审计结束日期:", date(2024, 4, 19)),
        ("涉案金额（元）:", "—", "挽回损失（元）:", "385600.00"),
        ("审计是否发现问题:", "是", "审计发现问题是否整改:", "是"),
    ]
    r = 1
    for a, av, c, cv in pairs:
        b.merge(ws, r, 0, r, 1, a, b.label)
        b.merge(ws, r, 2, r, 3, av)
        b.merge(ws, r, 4, r, 5, c, b.label)
        b.merge(ws, r, 6, r, 7, cv)
        r += 1
    b.merge(ws, r, 0, r, 1, "备注:", b.label)
    b.merge(ws, r, 2, r, 7, "审计报告（濮审报〔2024〕17号）已于2024年5月8日送达，整改情况按季报送。")
    r += 2
    b.line(ws, r, "审计整改问题维护(合计6个)", 7, b.head)
    r += 1
    b.row(
        ws,
        r,
        ["序号", "存在问题", "审计建议", "整改措施", "整改时限", "整改负责人", "备注", "整改完成状态"],
        fmt=b.head,
    )
    for values in AUDIT:
        r += 1
        b.row(ws, r, values)
    r += 2
    b.line(ws, r, "创建上报信息", 7, b.head)
    r += 1
    b.merge(ws, r, 0, r, 1, "数据创建人:", b.label)
    b.merge(ws, r, 2, r, 3, "王敏")
    b.merge(ws, r, 4, r, 5, "创建时间:", b.label)
    b.merge(ws, r, 6, r, 7, date(2024, 7, 29))
    r += 1
    b.merge(ws, r, 0, r, 1, "数据上报人:", b.label)
    b.merge(ws, r, 2, r, 3, "李卫东")
    b.merge(ws, r, 4, r, 5, "上报时间:", b.label)
    b.merge(ws, r, 6, r, 7, date(2024, 7, 30))
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 审批事项: the 项目查询结果 list of a 行政审批 督办 system, exported as a GBK CSV: a warning light
# (已超时 / 未超时), 状态 (进行中 / 待补件 / 已通过 / 未通过 / 协调中), 申请人, 项目名称, 主办单位, 申请时间
# (the 催办/督办 links do not export):
# https://github.com/yojiwei/pudongps/blob/9bb7c5e56e5311d70a6238a67f5d3d7e25a9a854/WebRoot/system/app/supervise/WorkSearchResult.jsp
APPROVAL_HEADER = ["序号", "预警", "状态", "申请人", "项目名称", "主办单位", "申请时间"]
APPROVALS = [
    [
        1,
        "未超时",
        "进行中",
        "濮阳市恒信置业有限公司",
        "恒信·龙湖湾二期建设工程规划许可证核发",
        "市自然资源和规划局",
        "2024-07-24 09:12:33",
    ],
    [
        2,
        "已超时",
        "协调中",
        "濮阳市华龙区第三小学",
        "校园改扩建项目城镇污水排入排水管网许可",
        "市城管局",
        "2024-07-08 15:40:02",
    ],
    [
        3,
        "未超时",
        "已通过",
        "濮阳市味之源餐饮管理有限公司",
        "食品经营许可（新办）",
        "濮阳市市场监督管理局",
        "2024-07-15 10:05:47",
    ],
    [
        4,
        "已超时",
        "进行中",
        "濮阳市清源农业发展有限公司",
        "灌区取水许可审批",
        "市水务局",
        "2024-07-01 08:56:10",
    ],
    [
        5,
        "未超时",
        "已通过",
        "濮阳市悦家酒店有限公司",
        "公共场所卫生许可（新办）",
        "市卫计委",
        "2024-07-18 14:22:09",
    ],
    [
        6,
        "未超时",
        "进行中",
        "濮阳市才聚人力资源有限公司",
        "人力资源服务许可",
        "人社局",
        "2024-07-26 11:30:51",
    ],
    [
        7,
        "未超时",
        "已通过",
        "濮阳市建工集团有限公司",
        "市第五中学教学楼建筑工程施工许可证核发",
        "市住建局",
        "2024-07-12 16:48:30",
    ],
]


def write_approvals(path: Path) -> Path:
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(APPROVAL_HEADER)
    writer.writerows(APPROVALS)
    path.write_bytes(text.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 3. 民生实事: a 区实事办's 1-N月省重点民生实事完成情况表: title, a 来源/date line, then 序号 / 项目名称 /
# 责任单位 / 目标任务 / 1-N月实际完成情况 / 1-N月实际完成率% / 备注, progress as numbers, percentages and a
# few 备注 words (设备购进中); no deadline column. As .ods:
# http://monopolymediamarketing.com/21487/21498/21517/content_904163.html
LIVELIHOOD = [
    [
        1,
        "农村饮用水安全巩固提升",
        "市水务局",
        "13000人",
        7000,
        "54%",
        "已解决7000人的饮水问题，其余工程按序时推进",
    ],
    [2, "新增城镇就业", "市人社局", "36000人", 36520, "101%", "已超额完成年度目标任务"],
    [3, "建设农村公办幼儿园", "教育局", "12所", "", "70%", "累计完成项目的70%，12所幼儿园均已完成主体工程"],
    [4, "城市棚户区改造", "市房管局", "5800套", 3480, "60%", ""],
    [5, "新增养老服务床位", "民政局", "710张", 550, "77%", ""],
    [6, "残疾儿童抢救性康复", "市残联", "730人", 730, "100%", ""],
    [7, "新增社会治安视频监控摄像头", "市公安局", "1000个", "", "", "设备购进中"],
    [8, "孕产妇产前免费筛查", "市卫计委", "36000人", "", "", ""],
]


def write_livelihood(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("完成情况表")
    for c, width in enumerate([6, 30, 12, 12, 16, 16, 40]):
        ws.set_column(c, c, width)
    b.line(ws, 0, "2024年1-7月市重点民生实事完成情况表", 6, b.title)
    b.line(ws, 1, "来源：市实事办　　　　2024-07-31 17:04", 6, b.right)
    b.row(
        ws,
        2,
        [
            "序号",
            "市重点民生实事项目名称",
            "责任单位",
            "目标任务",
            "1-7月实际完成情况",
            "1-7月实际完成率%",
            "备注",
        ],
        fmt=b.head,
    )
    r = 2
    for values in LIVELIHOOD:
        r += 1
        b.row(ws, r, values)
    b.line(ws, r + 1, "注：实际完成率=1-7月实际完成数÷目标任务。", 6)
    b.line(ws, r + 2, "填报人：刘洋　　联系电话：0393-4412368", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 环保督察: the 中央生态环境保护督察群众信访举报转办和边督边改公开情况一览表 a county publishes per batch,
# with a summary line above it (已办结N件，阶段性办结N件，正在办理N件) and the batch's columns 受理编号 /
# 交办问题基本情况 / 行政区域 / 责任单位 / 污染类型 / 调查核实情况 / 是否属实 / 处理和整改情况 / 是否办结 /
# 责任人被处理情况:
# https://yq.gov.cn/zthj/zyzt/dslzysthjbhdczsx/bdbg/202507/t20250701_2082743.shtml
ENVIRONMENT_HEADER = [
    "序号",
    "受理编号",
    "交办问题基本情况",
    "行政区域",
    "责任单位",
    "污染类型",
    "调查核实情况",
    "是否属实",
    "处理和整改情况",
    "是否办结",
    "责任人被处理情况",
]
ENVIRONMENT = [
    [
        1,
        "D3HA202407150031",
        "群众反映清丰县产业集聚区某化工企业夜间偷排废气，气味刺鼻。",
        "清丰县",
        "清丰县人民政府",
        "大气",
        "经查，该企业RTO焚烧装置检修期间存在部分废气未经处理排放的情况。",
        "部分属实",
        "责令企业停产整改，对其违法行为立案查处，罚款12万元；焚烧装置已修复并经监测达标。",
        "已办结",
        "无",
    ],
    [
        2,
        "X3HA202407150008",
        "群众反映华龙区胜利路某烧烤店油烟直排、夜间噪声扰民。",
        "华龙区",
        "华龙区人民政府",
        "大气、噪声",
        "经查，该店油烟净化设施未正常运行，夜间室外经营噪声较大。",
        "属实",
        "已约谈经营者，夜间22时后停止室外经营；责令限期于2024年8月15日前完成油烟净化设施更换。",
        "阶段性办结",
        "无",
    ],
    [
        3,
        "D3HA202407160015",
        "群众反映南乐县某乡镇河道内长期倾倒建筑垃圾。",
        "南乐县",
        "南乐县人民政府",
        "水、土壤",
        "现场核查中。",
        "",
        "已组织对河道内建筑垃圾进行清运。",
        "正在办理",
        "",
    ],
    [
        4,
        "D3HA202407160022",
        "群众反映濮阳县某生猪养殖场粪污直排沟渠。",
        "濮阳县",
        "濮阳县人民政府",
        "水",
        "经查，该养殖场粪污收集池破损渗漏，污水流入沟渠。",
        "属实",
        "收集池已完成修复防渗，沟渠污染物已清理，立案处罚5万元。",
        "已办结",
        "对养殖场负责人批评教育",
    ],
    [
        5,
        "X3HA202407160003",
        "群众反映范县某砂石料场扬尘污染严重。",
        "范县",
        "范县人民政府",
        "大气",
        "经查，该料场部分物料未覆盖，装卸作业未采取抑尘措施。",
        "基本属实",
        "已责令覆盖物料、安装喷淋设施，9月底前完成料场全封闭改造。",
        "阶段性办结",
        "无",
    ],
    [
        6,
        "D3HA202407170009",
        "群众反映台前县城区某污水处理厂出水发黑发臭。",
        "台前县",
        "台前县人民政府",
        "水",
        "经查，该厂在线监测及现场采样出水水质均达标，未发现异常排放。",
        "不属实",
        "已向举报人反馈核查结果。",
        "已办结",
        "无",
    ],
]


def write_environment(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("第十二批")
    for c, width in enumerate([6, 18, 36, 10, 16, 10, 36, 10, 42, 12, 16]):
        ws.set_column(c, c, width)
    b.line(ws, 0, "中央生态环境保护督察群众信访举报转办和边督边改公开情况一览表（第十二批）", 10, b.title)
    b.line(
        ws,
        1,
        "截至2024年7月26日，中央第三生态环境保护督察组交办我市的第十二批6件群众信访举报件，"
        "已办结3件，阶段性办结2件，正在办理1件，现予以公开。",
        10,
    )
    b.row(ws, 2, ENVIRONMENT_HEADER, fmt=b.head)
    for r, values in enumerate(ENVIRONMENT, start=3):
        b.row(ws, r, values)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 医疗服务评议: a hospital's 病人满意度及意见整改情况: the satisfaction figures in a paragraph, then
# 「病人反映意见与建议：」 and one numbered line per opinion with its outcome at the end of the same line
# (已整改到位 / 正在整改 / …), no table columns at all:
# https://jzsfybjy.com/yideyifeng/bingrenyijianzhenggaizhuizong/2013-04-26/526.html
OPINIONS = [
    "（1）反映手术科室（产科二楼）部分护士服务态度欠佳，解释不清，希望护士多露笑脸，多点耐心。已整改到位。",
    "（2）反映保健科室（儿保科）个别医生接诊时很不耐烦。已整改到位。",
    "（3）反映门诊收费窗口人太少，排队时间太长。正在整改。",
    "（4）新生儿科家属反映医技科室（放射科）个别医生态度不和蔼。已整改到位。",
    "（5）产妇家属建议病区厕所配备坐式便椅，方便产妇。尚未整改。",
    "（6）妇科门诊病人反映候诊走廊空调温度过低。",
]


def write_opinions(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("意见整改追踪")
    ws.set_column(0, 0, 110)
    b.put(ws, 0, 0, "二季度病人满意度及意见整改情况", b.title)
    b.put(ws, 1, 0, "填报单位：濮阳市妇幼保健院（院办）　　　　填报日期：2024年7月10日", b.text)
    b.put(
        ws,
        2,
        0,
        "二季度住院总体纯满意度平均为95.9%，较上季度上升1.9%。门诊总体纯满意度平均为96.6%，较上季度上升4.6%。"
        "所有项目季度平均满意度均在80-100%之间，与各科室强化优质服务、针对病人所提意见积极整改息息相关。",
        b.text,
    )
    b.put(ws, 3, 0, "病人反映意见与建议：", b.text)
    for r, text in enumerate(OPINIONS, start=4):
        b.put(ws, r, 0, text, b.text)
    b.put(ws, 4 + len(OPINIONS) + 1, 0, "院办　2024年7月10日", b.right)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 营商环境: the 为企服务承诺兑现销号单 a county's 为企服务专项工作组 has company representatives sign:
# 企业反映问题, the unit's 承诺事项 and 兑现时限, the 兑现情况, the 企业代表签字 and the 销号 verdict:
# http://www.xiuwu.gov.cn/sitesources/xwxrmzf/page_pc/zfxxgk/zfxxgkml/ztzl/zzgyfzxys/article2ccee47b59e9447db0caf1697dc4d2ac.html
PLEDGE_HEADER = [
    "序号",
    "企业名称",
    "企业反映问题",
    "责任单位",
    "承诺事项",
    "承诺兑现时限",
    "兑现情况",
    "企业代表签字",
    "是否销号",
]
PLEDGES = [
    [
        1,
        "濮阳市宏润化工有限公司",
        "新厂区110千伏专线接入迟迟未落实，影响试生产",
        "濮阳供电公司",
        "协调完成专线接入送电",
        "2024年6月底前",
        "已完成接入并送电",
        "张国庆",
        "是",
    ],
    [
        2,
        "濮阳市绿城食品有限公司",
        "申报的技改补贴资金迟迟未拨付",
        "市工信局",
        "7月底前拨付到位",
        "2024年7月31日",
        "补贴资金已拨付到企业账户",
        "李红梅",
        "是",
    ],
    [
        3,
        "濮阳市金盾新材料有限公司",
        "厂区门前道路破损严重，大货车通行困难",
        "市交通局",
        "纳入年度养护计划实施修复",
        "2024年10月",
        "已完成施工招标，计划8月中旬开工",
        "",
        "否",
    ],
    [
        4,
        "濮阳市瑞丰物流有限公司",
        "新建仓储用房不动产权证书办理缓慢",
        "市不动产登记中心",
        "专人跟进，限时办结",
        date(2024, 7, 12),
        "已办结，证书已领取",
        "王志强",
        "是",
    ],
    [
        5,
        "濮阳市天宇陶瓷有限公司",
        "工业用天然气价格高于周边县区",
        "濮阳市燃气公司",
        "协调上游气源，研究降价方案",
        "2024年第三季度",
        "正在与上游供气企业协商",
        "",
        "否",
    ],
    [
        6,
        "濮阳市华兴纺织有限公司",
        "出口信用保险保费补贴申请未兑现",
        "市商务局",
        "审核后兑现补贴",
        "2024年8月15日",
        "",
        "",
        "否",
    ],
]


def write_pledges(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("销号单")
    for c, width in enumerate([6, 26, 36, 16, 26, 16, 30, 12, 10]):
        ws.set_column(c, c, width)
    b.line(ws, 0, "为企服务承诺兑现销号单", 8, b.title)
    b.line(ws, 1, "填报单位：市营商环境建设领导小组办公室　　　　填报日期：2024年7月26日", 8)
    b.row(ws, 2, PLEDGE_HEADER, fmt=b.head)
    for r, values in enumerate(PLEDGES, start=3):
        b.row(ws, r, values)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 人大建议: the 关于办理市X届人大X次会议代表建议的通知 a city government office sends its 承办（主办、
# 协办）单位, with 附件1 the 代表建议办理任务 table (建议编号 / 建议题目 / 领衔代表 / 主办单位 / 协办单位),
# here with the progress columns the office fills back in. A Word table with 主办单位 merged down:
# http://www.yulin.gov.cn/zcwj/yzbd/t8706881.shtml
MOTION_HEADER = ["序号", "建议编号", "建议题目", "领衔代表", "主办单位", "协办单位", "办理进展", "答复时间"]
MOTIONS = [
    [
        "1",
        "10301",
        "关于加快老旧小区加装电梯的建议",
        "王建华",
        "市住建局",
        "市财政局",
        "已答复（A类）",
        "2024年6月18日",
    ],
    ["2", "10302", "关于规范住宅小区物业服务收费的建议", "李秀梅", "", "市发展改革委", "正在办理", ""],
    ["3", "10315", "关于增设城区公共停车泊位的建议", "赵志强", "市城管局", "市交警支队", "", "2024年7月5日"],
    [
        "4",
        "10322",
        "关于加强农村饮水工程管护的建议",
        "孙立新",
        "市水务局",
        "市卫健委",
        "已答复",
        "2024年6月28日",
    ],
    ["5", "10327", "关于提升基层医疗服务能力的建议", "陈红", "市卫计委", "市医保局", "正在办理", ""],
    ["6", "10330", "关于规范民营医院医保结算的建议", "刘洋", "", "市医保局、市市场监管局", "", ""],
    [
        "7",
        "10341",
        "关于扶持设施农业发展的建议",
        "周海涛",
        "市农委",
        "市自然资源局",
        "已答复（B类）",
        "2024年7月12日",
    ],
]
MOTION_MERGES = [(4, 0, 1), (4, 4, 5)]  # (column, first row, last row) in MOTIONS


def _east_asian(run, font: str = "仿宋_GB2312", size: float = 12, bold: bool = False) -> None:
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)


def _paragraph(doc, text: str, size: float = 16, font: str = "仿宋_GB2312", center=False, indent=True):
    p = doc.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    _east_asian(p.add_run(text), font, size)
    return p


def write_motions(path: Path) -> Path:
    doc = Document()
    props = doc.core_properties
    props.author = "Administrator"
    props.created = CREATED
    props.modified = CREATED
    props.last_modified_by = "Administrator"
    _paragraph(doc, "关于办理市十届人大三次会议代表建议的通知", 22, "方正小标宋简体", center=True)
    _paragraph(doc, "各承办（主办、协办）单位：", indent=False)
    _paragraph(
        doc,
        "在今年市十届人大三次会议期间，市人大代表围绕全市经济社会发展大局，针对政府工作提出了许多很好的建议、"
        "批评和意见（以下简称“代表建议”）。经市人民政府同意，现将有关代表建议办理任务（详见附件1）细化分解给你们，"
        "并将截至7月底的办理进展一并列出，请对照抓紧办理。",
    )
    _paragraph(
        doc,
        "一、分解任务，明确责任。各承办单位要将代表建议办理工作纳入重要议事日程，将责任逐级落实到领导、承办科室和具体人员。",
    )
    _paragraph(
        doc,
        "二、尽快办理，确保时限。对不属于本单位职责范围的建议，必须在接到承办通知后7个工作日内退回市政府办公室，"
        "注明退回理由，逾期未提出退办申请的，不作调整。",
    )
    _paragraph(doc, "附件1", 16, "黑体", indent=False)
    _paragraph(doc, "市十届人大三次会议代表建议办理任务分解及进展情况表", 18, "方正小标宋简体", center=True)
    table = doc.add_table(rows=len(MOTIONS) + 1, cols=len(MOTION_HEADER))
    table.style = "Table Grid"
    for c, text in enumerate(MOTION_HEADER):
        _east_asian(table.cell(0, c).paragraphs[0].add_run(text), "黑体", 10.5, True)
    for r, row in enumerate(MOTIONS, start=1):
        for c, text in enumerate(row):
            if text:
                _east_asian(table.cell(r, c).paragraphs[0].add_run(text), size=10.5)
    for col, first, last in MOTION_MERGES:
        table.cell(first + 1, col).merge(table.cell(last + 1, col))
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _east_asian(p.add_run("濮阳市人民政府办公室　2024年7月31日"), size=14)
    doc.save(str(path))
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 8. 信访: the 信访管理 inbox list of a department's petition system: 信访来件标题 (with 「(答复)」 when
# answered), 进度阶段 (with a [未读]/[已读] mark before it, 「-」 when there is none) and 时间 (yy年MM月dd日,
# the date the letter came in). Each department's list on its own sheet, named after it:
# https://github.com/lkdd7777/fgproject/blob/dfbf5390976440ae5baab44de0b7ba44871a6b6e/front/WebRoot/WEB-INF/pages/petition/petition7.ftl
PETITIONS = {
    "市民政局": [
        ["反映低保复核后被取消低保资格，请求重新核查(答复)", "[已读]已办结", "24年07月02日"],
        ["反映养老院护理人员服务态度差、护理不到位", "[已读]办理中", "24年07月09日"],
        ["反映殡葬服务收费项目不透明", "[未读]-", "24年07月25日"],
    ],
    "教育局": [
        ["反映某小学课后服务收费问题(答复)", "[已读]已办结", "24年07月05日"],
        ["反映学区划分调整方案未提前公示", "[已读]调查核实中", "24年07月18日"],
    ],
    "濮阳县人民政府": [
        ["反映村道硬化工程质量差、路面开裂", "[已读]办理中", "24年07月11日"],
        ["反映土地流转费用拖欠未兑付(答复)", "[已读]已办结", "24年07月16日"],
    ],
}


def write_petitions(path: Path) -> Path:
    b = Book(path)
    for unit, rows in PETITIONS.items():
        ws = b.sheet(unit)
        for c, width in enumerate([52, 18, 16]):
            ws.set_column(c, c, width)
        b.line(ws, 0, "信访管理", 2, b.title)
        b.row(ws, 1, ["信访来件标题", "进度阶段", "时间"], fmt=b.head)
        for r, values in enumerate(rows, start=2):
            b.row(ws, r, values)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 巡视巡察: the 巡察反馈问题整改落实情况回访对账 a county 纪委 team runs months after the feedback
# (问题 grouped by 大类 and 方面, 核对台账 item by item, 对账 result and 销号): the 问题类别 merged down over its
# problems, a line with the 被巡察单位 (here by its former name) and the 巡察反馈时间 (the base of 立行立改),
# schedule texts and 长期坚持 as 整改时限:
# http://www.zgsuixian.gov.cn/jcxxgk/zb/sxjcz/fdzdgknr_15747/qtzdgk_55351/zwdc_55355/202303/t20230329_1089131.shtml
TOUR_HEADER = ["问题类别", "序号", "具体问题", "整改措施", "责任科室", "整改时限", "对账情况", "销号情况"]
TOUR = [
    (
        "一、贯彻落实上级决策部署方面",
        [
            [
                1,
                "公共文化服务体系建设推进缓慢，3个乡镇综合文化站未达标",
                "制定达标提升方案，督促乡镇完善设施",
                "公共服务科",
                "2024年3月底前制定方案，6月底前全部完成",
                "已整改到位",
                "已销号",
            ],
            [
                2,
                "文旅产业项目储备不足，谋划项目落地率低",
                "建立重点项目库，实行专班推进",
                "产业发展科",
                "2024年9月底前",
                "整改未到位，继续整改",
                "未销号",
            ],
        ],
    ),
    (
        "二、全面从严治党方面",
        [
            [
                3,
                "公务接待审批手续不完备，个别接待无公函",
                "修订公务接待管理办法，规范审批流程",
                "办公室",
                "2024年4月30日前",
                "基本完成",
                "已销号",
            ],
            [
                4,
                "党风廉政建设主体责任压力传导不够",
                "层层签订责任书，定期开展警示教育",
                "机关党委",
                "长期坚持",
                "长期坚持",
                "",
            ],
        ],
    ),
    (
        "三、选人用人方面",
        [
            [
                5,
                "干部人事档案专项审核发现问题未整改到位",
                "逐卷核查干部档案，补齐缺失材料",
                "人事科",
                "2024年5月",
                "未整改",
                "未销号",
            ],
        ],
    ),
    (
        "四、巡察整改方面",
        [
            [
                6,
                "上轮巡察反馈的财务票据管理问题仍有反弹",
                "立即清理不合规票据，完善报销审核",
                "财务科",
                "立行立改",
                "已整改到位",
                "已销号",
            ],
        ],
    ),
]


def write_tour(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("对账表")
    for c, width in enumerate([20, 6, 40, 34, 12, 26, 20, 10]):
        ws.set_column(c, c, width)
    b.line(ws, 0, "市委巡察反馈问题整改落实情况回访对账表", 7, b.title)
    b.line(ws, 1, "被巡察单位：市文广新局　　巡察反馈时间：2024年1月16日　　回访时间：2024年7月17日—19日", 7)
    b.row(ws, 2, TOUR_HEADER, fmt=b.head)
    r = 3
    for category, rows in TOUR:
        b.merge(ws, r, 0, r + len(rows) - 1, 0, category, b.center)
        for values in rows:
            b.row(ws, r, values, first=1)
            r += 1
    b.line(ws, r + 1, "填报人：郑欣　　审核人：刘卫国　　联系电话：0393-8912345", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 安全生产隐患: the 安全生产大排查大整治「回头看」专项督查 of a district 安委办: joint 督查组 of several
# units by 片区, counts per 片区 (需整改 / 已整改完成 / 未整改到位). Here as the督查情况表 a city 安委办 keeps:
# 片区 merged down, a two-row header 整改情况 over 已整改完成 | 未整改到位 with ticks, a 检查组 column beside
# the 责任单位, 小计 rows and a 合计 row, a note below. As .xls:
# https://www.ahtxq.gov.cn/zwgk/public/6615872/11098314.html
SAFETY = [
    (
        "经开区片区",
        [
            [
                1,
                "濮阳市恒安化工有限公司",
                "危化品仓库可燃气体报警仪未定期检定",
                "第一督查组",
                "市应急局",
                "2024.7.20",
                "√",
                "",
                "",
            ],
            [
                2,
                "濮阳市宏达机械制造有限公司",
                "喷漆车间通风设施故障，未使用防爆电气",
                "第一督查组",
                "市工信局",
                "2024年8月",
                "",
                "√",
                "",
            ],
            [
                3,
                "濮阳市鑫源建材有限公司",
                "厂区消防车道被原料堆占",
                "第一督查组",
                "市安监局",
                "7月底前",
                "√",
                "",
                "",
            ],
        ],
        (2, 1),
    ),
    (
        "胡村片区",
        [
            [
                4,
                "濮阳市丰源粮油有限公司",
                "粮食烘干塔防雷检测报告过期",
                "第二督查组",
                "胡村乡人民政府",
                "2024.7.25",
                "√",
                "",
                "",
            ],
            [
                5,
                "濮阳市康达食品有限公司",
                "液氨制冷车间应急喷淋装置损坏",
                "第二督查组",
                "市市场监管局",
                "2024.9.30",
                "",
                "√",
                "",
            ],
            [
                6,
                "濮阳市顺通物流有限公司",
                "仓库电动叉车充电区未设置独立防火分隔",
                "第二督查组",
                "王助镇人民政府",
                "8月15日前",
                "",
                "",
                "",
            ],
        ],
        (1, 1),
    ),
]


def write_safety(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("回头看督查情况")
    for c, width in enumerate([6, 12, 26, 36, 12, 16, 12, 10, 10, 14]):
        ws.set_column(c, c, width)
    b.line(ws, 0, "安全生产大排查大整治“回头看”督查情况表", 9, b.title)
    b.line(
        ws,
        1,
        "督查组成员单位：市应急管理局、市工业和信息化局、市消防救援支队　　督查时间：2024年7月15日—18日",
        9,
    )
    words = ["序号", "片区", "企业名称", "隐患问题", "检查组", "责任单位", "整改期限"]
    for c, w in enumerate(words):
        b.merge(ws, 2, c, 3, c, w, b.head)
    b.merge(ws, 2, 7, 2, 8, "整改情况", b.head)
    b.put(ws, 3, 7, "已整改完成", b.head)
    b.put(ws, 3, 8, "未整改到位", b.head)
    b.merge(ws, 2, 9, 3, 9, "备注", b.head)
    r = 4
    done_all = open_all = 0
    for area, rows, (done, left) in SAFETY:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, area, b.center)
        for seq, company, problem, group, unit, limit, tick_done, tick_open, note in rows:
            b.put(ws, r, 0, seq, b.center)
            b.row(ws, r, [company, problem, group, unit, limit], first=2)
            b.put(ws, r, 7, tick_done, b.center)
            b.put(ws, r, 8, tick_open, b.center)
            b.put(ws, r, 9, note)
            r += 1
        b.merge(ws, r, 0, r, 6, "小计", b.center)
        b.put(ws, r, 7, done, b.center)
        b.put(ws, r, 8, left, b.center)
        b.put(ws, r, 9, "")
        done_all += done
        open_all += left
        r += 1
    b.merge(ws, r, 0, r, 6, "合计", b.center)
    b.put(ws, r, 7, done_all, b.center)
    b.put(ws, r, 8, open_all, b.center)
    b.put(ws, r, 9, "")
    b.line(ws, r + 1, "说明：整改情况在对应栏内打“√”。", 9)
    b.line(ws, r + 2, "填表人：马超　　　审核人：韩冰　　　2024年7月22日", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 11. 食品安全/市场监管检查: the 中小学校园食品安全突出问题专项整治工作成果公布 of a county 市场监管局:
# a preamble paragraph and a three-column table 学校食堂 | 具体问题 | 整改情况. Here as the return of the
# department whose schools the canteens belong to (填报单位 line):
# http://www.datian.gov.cn/xxgk/spypaq/202508/t20250829_2150486.htm
CANTEENS = [
    ["濮阳市第一中学食堂", "餐厅门口防蝇帘老旧变硬，密封性不够", "已更换新的防蝇帘"],
    ["濮阳市实验小学食堂", "粗加工间存在卫生清理不及时问题", "已清理并建立每日清洁制度"],
    ["濮阳市第二中学食堂", "留样冰箱温度记录不全", "正在整改"],
    ["濮阳市职业技术学校食堂", "2名从业人员健康证过期", "已安排2人体检，健康证待出具"],
    ["濮阳市第四中学食堂", "库房食品离墙离地距离不足10厘米", ""],
    ["濮阳市特殊教育学校食堂", "消毒柜故障未及时维修", "未整改"],
]


def write_canteens(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("整改情况")
    for c, width in enumerate([28, 42, 34]):
        ws.set_column(c, c, width)
    b.line(ws, 0, "市直学校校园食品安全突出问题专项整治整改情况", 2, b.title)
    b.line(
        ws,
        1,
        "为进一步强化学校食堂食品安全监管，压实学校食品安全主体责任，保障广大师生饮食安全，对市直学校食堂"
        "开展了食品安全突出问题专项整治，现将整改情况报告如下：",
        2,
    )
    b.line(ws, 2, "填报单位：市教育局（后勤服务中心）　　　　填报日期：2024年7月24日", 2)
    b.row(ws, 3, ["学校食堂", "具体问题", "整改情况"], fmt=b.head)
    for r, values in enumerate(CANTEENS, start=4):
        b.row(ws, r, values)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 12. 消防检查: a 消防救援大队's 消防安全巡查 (当场督促整改 / 下达隐患整改告知书, then 复查). Here as the
# 消防安全检查隐患整改情况表 two inspected units send back, zipped together: the unit and the 检查日期 (the
# base of 立行立改) in a line, the 检查单位 (the inspector) beside it, 整改方式 (当场整改 / 下达隐患整改告知书),
# 整改期限, 复查情况 and 复查人 (the inspector):
# https://www.bdfayi.com/zkkfq/sitesources/jjkfq/page_pc/dtyw/xwdt/article6093f553f6c74fc68e96c5086d59b478
FIRE_HEADER = ["序号", "检查部位", "火灾隐患", "整改方式", "整改期限", "复查情况", "复查人"]
FIRE = {
    "燃气公司/消防安全检查隐患整改情况表（燃气公司）.xlsx": (
        "单位：市燃气公司（盖章）　　检查日期：2024年7月8日　　检查单位：市消防救援支队",
        [
            [
                1,
                "调度中心机房",
                "气体灭火系统压力表指针处于红区",
                "下达隐患整改告知书",
                "2024年7月20日",
                "复查合格",
                "赵刚",
            ],
            [2, "门站值班室", "值班人员私拉电线为电动车充电", "当场整改", "立行立改", "复查合格", "赵刚"],
            [
                3,
                "储配站消防泵房",
                "消防水泵控制柜处于手动状态",
                "下达隐患整改告知书",
                "2024年7月31日",
                "复查不合格，继续整改",
                "赵刚",
            ],
            [4, "办公楼三层", "疏散指示标志损坏2处", "下达隐患整改告知书", "2024年8月10日", "", ""],
        ],
    ),
    "消防安全检查隐患整改情况表（公交公司）.xlsx": (
        "单位：濮阳市公交公司（盖章）　　检查日期：2024年7月11日　　检查单位：市消防救援支队",
        [
            [1, "保养车间", "灭火器过期未年检6具", "下达隐患整改告知书", "2024年7月25日", "复查合格", "孙丽"],
            [2, "调度室", "常闭式防火门处于开启状态", "当场整改", "立行立改", "复查合格", "孙丽"],
            [
                3,
                "新能源公交充电场站",
                "充电桩区域未设置消防沙箱",
                "下达隐患整改告知书",
                "2024年8月底前",
                "正在整改",
                "孙丽",
            ],
        ],
    ),
}


def write_fire_member(path: Path, unit_line: str, rows: list[list[object]]) -> Path:
    b = Book(path)
    ws = b.sheet("隐患整改")
    for c, width in enumerate([6, 18, 34, 20, 16, 22, 10]):
        ws.set_column(c, c, width)
    b.line(ws, 0, "消防安全检查隐患整改情况表", 6, b.title)
    b.line(ws, 1, unit_line, 6)
    b.row(ws, 2, FIRE_HEADER, fmt=b.head)
    for r, values in enumerate(rows, start=3):
        b.row(ws, r, values)
    b.line(ws, 3 + len(rows), "单位消防安全责任人（签字）：　　　　　　填报日期：2024年7月26日", 6)
    return b.close()


class _GbkName(zipfile.ZipInfo):
    """A member name stored in GBK without the UTF-8 flag, as Windows' built-in zip writes it."""

    def _encodeFilenameFlags(self):  # noqa: N802 (zipfile's own name)
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


def write_fire(path: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, (unit_line, rows) in FIRE.items():
            member = write_fire_member(Path(tmp) / "member.xlsx", unit_line, rows)
            info = _GbkName(name, date_time=(2024, 7, 29, 16, 20, 4))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0x20  # FILE_ATTRIBUTE_ARCHIVE
            z.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 13. 督查督办: the 关于…工作“回头看”的通报 of a district 督查室 (a 督查通报 第N期 found problems at named
# 点位; a later “回头看” tells per point what changed: 初步改善, 个别“死角”未整改到位, 整改工作未启动 …). As a
# table 点位 / 督查发现问题 / 责任单位 / 整改时限 / “回头看”情况, one 责任单位 merged over two points:
# http://tlqh.gov.cn/qinghe/zwgk/zfxxgk/fdzdgknr/dchsj/dcbg/2023122814081320007/index.html
LOOKBACK_HEADER = ["序号", "点位", "7月3日督查发现问题", "责任单位", "整改时限", "“回头看”情况"]
LOOKBACK = [
    [1, "昌盛路与黄河路交叉口", "人行道砖破损、盲道被占用", "濮阳市城市管理局", "7月8日前", "已整改到位"],
    [2, "昌盛路东段", "沿街商户占道经营、乱堆乱放", "", "2024年7-8月", "环境得到初步改善，仍存在个别“死角”"],
    [3, "昌盛路中段", "商户门前台阶破损", "华龙区人民政府", "7月底前", "整改工作未启动"],
    [
        4,
        "昌盛路与京开大道交叉口",
        "交通标线模糊、信号灯配时不合理",
        "市交警支队",
        "2024年第三季度",
        "标线已重新施划，信号灯配时正在优化",
    ],
    [
        5,
        "昌盛路西段",
        "背街小巷建筑垃圾未及时清运",
        "市住建局",
        "8月10日",
        "整改不彻底，仍有少量建筑垃圾未清运",
    ],
]


def write_lookback(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("回头看")
    for c, width in enumerate([6, 24, 34, 18, 16, 40]):
        ws.set_column(c, c, width)
    b.line(ws, 0, "关于城区主干道环境整治工作“回头看”情况表", 5, b.title)
    b.line(
        ws,
        1,
        "7月10日，市政府督查局对7月3日《督查通报》第9期发现问题整改落实情况进行了“回头看”，现将有关情况列表如下。",
        5,
    )
    b.row(ws, 2, LOOKBACK_HEADER, fmt=b.head)
    for r, values in enumerate(LOOKBACK, start=3):
        b.row(ws, r, values)
    b.merge(ws, 3, 3, 4, 3, "濮阳市城市管理局", b.center)
    b.line(ws, 3 + len(LOOKBACK) + 1, "市政府督查局　　2024年7月12日", 5, b.right)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 14. 12345/群众诉求: the 市长公开电话 督促办理 steps (对承办单位超过办理时限要求的书面督办、限期办结回复；
# 对办理不认真的责成承办单位重新办理并限时回复；意见不一致时请示领导) as a hotline office's 督办台账:
# 交办日期 (the base of the 工作日 time limits), 办理时限, 督办方式, and a two-row 办理情况 over 办理结果 | 回复时间:
# https://58z.net/z/1437255547483085539.html
HOTLINE = [
    [
        1,
        "2024070312001",
        date(2024, 7, 3),
        "市民反映京开大道与绿城路交叉口信号灯故障，早晚高峰拥堵",
        "市交警支队",
        "5个工作日",
        "书面督办",
        "已回复",
        date(2024, 7, 9),
    ],
    [
        2,
        "2024070514023",
        date(2024, 7, 5),
        "市民反映华龙区某小区二次供水水质发黄、有异味",
        "自来水公司",
        "15个工作日",
        "责成重新办理",
        "重新办理中",
        "",
    ],
    [
        3,
        "2024070916045",
        date(2024, 7, 9),
        "市民反映城区胜利路夜间渣土车沿途遗撒",
        "濮阳市城市管理局",
        "限期3日内回复",
        "书面督办",
        "未回复",
        "",
    ],
    [
        4,
        "2024071509017",
        date(2024, 7, 15),
        "市民反映供热管网改造后小区绿地未恢复",
        "市住建局",
        "7月20日前",
        "请示领导",
        "",
        date(2024, 7, 18),
    ],
    [
        5,
        "2024071611032",
        date(2024, 7, 16),
        "市民反映3路公交线路调整后末班车提前",
        "公交公司",
        "10个工作日",
        "书面督办",
        "已回复",
        date(2024, 7, 25),
    ],
    [
        6,
        "2024072210008",
        date(2024, 7, 22),
        "市民反映医保异地就医备案手续繁琐",
        "市医保局",
        "5个工作日",
        "书面督办",
        "正在办理",
        "",
    ],
]


def write_hotline(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("督办台账")
    for c, width in enumerate([6, 18, 12, 44, 18, 16, 14, 14, 12]):
        ws.set_column(c, c, width)
    b.line(ws, 0, "12345热线超时及重办工单督办台账", 8, b.title)
    b.line(ws, 1, "交办单位：市12345热线办　　　统计时段：2024年7月1日—7月31日", 8)
    for c, w in enumerate(["序号", "工单编号", "交办日期", "诉求内容", "承办单位", "办理时限", "督办方式"]):
        b.merge(ws, 2, c, 3, c, w, b.head)
    b.merge(ws, 2, 7, 2, 8, "办理情况", b.head)
    b.put(ws, 3, 7, "办理结果", b.head)
    b.put(ws, 3, 8, "回复时间", b.head)
    for r, values in enumerate(HOTLINE, start=4):
        b.row(ws, r, values)
    r = 4 + len(HOTLINE)
    b.line(ws, r, "注：办理时限以工作日计的，自交办日期次日起算。", 8)
    b.line(ws, r + 1, "填表人：孙婷　　联系电话：0393-12345", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 15. 巡检问题: the 消缺任务执行与回执 view of a power-line inspection system: one record per 消缺任务, label
# and value side by side in four columns (任务编码 / 任务名称 / 任务状态: 执行中·已完成·驳回 / 工作单据 / 任务下发人 /
# 任务下发时间 / 任务负责人 / 任务描述 / 消缺员 / 任务完成时间 / 负责人审查意见 / 完成情况描述 / 下发人审查意见 /
# 审核是否通过). Here the records stacked down one sheet, a blank row between them:
# https://github.com/SSPsa/team4/blob/4c8fe94f333a894a36916a04bb48d20d6cf96425/src/main/webapp/jsp/solveTask_execute_view.jsp
TASKS = [
    {
        "任务编码:": "RW0701",
        "任务名称:": "10千伏胡村线消缺",
        "任务状态:": "已完成",
        "工作单据:": "任务单",
        "任务下发人:": "线路管理员 周明",
        "任务下发时间:": date(2024, 7, 2),
        "任务负责人:": "杨帆",
        "任务描述:": "10千伏胡村线23号杆横担锈蚀严重、拉线松弛，需更换横担并紧固拉线",
        "消缺员:": "韩磊",
        "任务完成时间:": date(2024, 7, 6),
        "负责人审查意见:": "同意",
        "完成情况描述:": "已更换横担1副，紧固拉线2处",
        "下发人审查意见:": "同意",
        "审核是否通过：": "是",
    },
    {
        "任务编码:": "RW0705",
        "任务名称:": "10千伏王助线消缺",
        "任务状态:": "执行中",
        "工作单据:": "第一种单据",
        "任务下发人:": "线路管理员 周明",
        "任务下发时间:": date(2024, 7, 5),
        "任务负责人:": "宋涛",
        "任务描述:": "10千伏王助线41号杆绝缘子破损3片，要求7月15日前完成消缺",
        "消缺员:": "吴昊",
        "任务完成时间:": "",
        "负责人审查意见:": "",
        "完成情况描述:": "已备料，待停电计划批复",
        "下发人审查意见:": "",
        "审核是否通过：": "",
    },
    {
        "任务编码:": "RW0709",
        "任务名称:": "35千伏城北线消缺",
        "任务状态:": "执行中",
        "工作单据:": "第二种单据",
        "任务下发人:": "线路管理员 周明",
        "任务下发时间:": date(2024, 7, 9),
        "任务负责人:": "杨帆",
        "任务描述:": "35千伏城北线7号塔塔材被盗缺失4根，需补装塔材",
        "消缺员:": "韩磊",
        "任务完成时间:": date(2024, 7, 19),
        "负责人审查意见:": "同意",
        "完成情况描述:": "已补装角钢塔材4根",
        "下发人审查意见:": "同意",
        "审核是否通过：": "是",
    },
    {
        "任务编码:": "RW0712",
        "任务名称:": "10千伏开发区线消缺",
        "任务状态:": "",
        "工作单据:": "任务单",
        "任务下发人:": "线路管理员 李静",
        "任务下发时间:": date(2024, 7, 12),
        "任务负责人:": "宋涛",
        "任务描述:": "10千伏开发区线15至17号杆间树障距导线不足安全距离，需清理树障",
        "消缺员:": "吴昊",
        "任务完成时间:": date(2024, 7, 24),
        "负责人审查意见:": "",
        "完成情况描述:": "",
        "下发人审查意见:": "",
        "审核是否通过：": "",
    },
    {
        "任务编码:": "RW0716",
        "任务名称:": "10千伏柳屯线消缺",
        "任务状态:": "执行中",
        "工作单据:": "第一种单据",
        "任务下发人:": "线路管理员 李静",
        "任务下发时间:": date(2024, 7, 16),
        "任务负责人:": "杨帆",
        "任务描述:": "10千伏柳屯线分支箱避雷器老化，8月底前完成更换",
        "消缺员:": "韩磊",
        "任务完成时间:": "",
        "负责人审查意见:": "",
        "完成情况描述:": "",
        "下发人审查意见:": "",
        "审核是否通过：": "",
    },
    {
        "任务编码:": "RW0720",
        "任务名称:": "0.4千伏台区消缺",
        "任务状态:": "",
        "工作单据:": "任务单",
        "任务下发人:": "线路管理员 李静",
        "任务下发时间:": date(2024, 7, 20),
        "任务负责人:": "宋涛",
        "任务描述:": "五一路台区低压线路接户线老化破皮，存在漏电风险",
        "消缺员:": "吴昊",
        "任务完成时间:": "",
        "负责人审查意见:": "",
        "完成情况描述:": "",
        "下发人审查意见:": "",
        "审核是否通过：": "",
    },
]
TASK_PAIRS = [
    ("任务编码:", "任务名称:"),
    ("任务状态:", "工作单据:"),
    ("任务下发人:", "任务下发时间:"),
    ("任务负责人:", "任务描述:"),
    ("消缺员:", "任务完成时间:"),
    ("负责人审查意见:", "完成情况描述:"),
    ("下发人审查意见:", "审核是否通过："),
]


def write_tasks(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("消缺任务列表")
    for c, width in enumerate([16, 22, 16, 56]):
        ws.set_column(c, c, width)
    b.line(ws, 0, "国网濮阳供电公司线路巡检消缺任务执行与回执", 3, b.title)
    b.line(ws, 1, "填报单位：濮阳供电公司运维检修部　　　　填报日期：2024年7月30日", 3)
    r = 3
    for task in TASKS:
        for left, right in TASK_PAIRS:
            b.put(ws, r, 0, left, b.label)
            b.put(ws, r, 1, task[left])
            b.put(ws, r, 2, right, b.label)
            b.put(ws, r, 3, task[right])
            r += 1
        r += 1
    return b.close()


# ---------------------------------------------------------------------------------------------
def build() -> list[Path]:
    out = [
        write_audit(HERE / "市公积金中心审计整改问题上报（2024年7月）.xlsx"),
        write_approvals(HERE / "项目查询结果_20240731.csv"),
        write_environment(
            HERE / "中央生态环境保护督察群众信访举报转办和边督边改公开情况一览表（第十二批）.xlsx"
        ),
        write_opinions(HERE / "市妇幼保健院二季度病人满意度及意见整改情况.xlsx"),
        write_pledges(HERE / "为企服务承诺兑现销号单（2024年7月）.xlsx"),
        write_motions(HERE / "关于办理市十届人大三次会议代表建议的通知（附进展情况表）.docx"),
        write_petitions(HERE / "信访管理_来件办理情况（7月）.xlsx"),
        write_tour(HERE / "巡察反馈问题整改落实情况回访对账表（市文广新局）.xlsx"),
        write_canteens(HERE / "校园食品安全突出问题专项整治整改情况（市教育局）.xlsx"),
        write_fire(HERE / "消防安全检查隐患整改情况（两家单位）.zip"),
        write_lookback(HERE / "城区主干道环境整治督查发现问题“回头看”情况表.xlsx"),
        write_hotline(HERE / "12345热线超时及重办工单督办台账（7月）.xlsx"),
        write_tasks(HERE / "线路巡检消缺任务执行与回执（供电公司7月）.xlsx"),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        book = write_livelihood(Path(tmp) / "2024年1-7月市重点民生实事完成情况表.xlsx")
        out.append(fixed_zip(convert(book, "ods", HERE / "2024年1-7月市重点民生实事完成情况表.ods")))
        book = write_safety(Path(tmp) / "安全生产大排查大整治“回头看”督查情况表.xlsx")
        out.append(convert(book, "xls", HERE / "安全生产大排查大整治“回头看”督查情况表.xls"))
    return out


if __name__ == "__main__":
    for path in build():
        print(path.name)

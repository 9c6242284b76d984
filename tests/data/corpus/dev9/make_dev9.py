"""Regenerate the dev9 part of the intake corpus (python tests/data/corpus/dev9/make_dev9.py).

Sixteen returns (kept aside as aside4 and measured there first): each copies the kind of table a public source shows -- a system's Excel
export or list page found in a public repository, or a table a government page publishes -- and the
source is cited next to each layout (and repeated in expected.json). Units then edit the exports the
way they do: a title row inserted above the export, a legend for code values typed under the table,
columns added by hand, merged cells made afterwards, notes and signature lines. The contents
(problems, names, dates) are made up; the layouts are not ours.

What a person reads in each file is in expected.json beside this script, written by hand by the rules
of tests/data/corpus/README.md, never filled from the tool's output.

Forms: eleven workbooks written with XlsxWriter (shared strings, a fixed created date); one .xls and
one .ods (LibreOffice conversions of a workbook written here; the .ods rewritten with fixed member
times); one CSV in UTF-8 with BOM as a system exports it; one tab-separated UTF-16 .txt as Excel
saves "Unicode 文本"; one .wps (a Word document converted by LibreOffice to Word 97 and saved with the
WPS suffix). Needs XlsxWriter, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 31, 8, 45, 0)


# ---------------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------------
def D(text: str) -> date:
    return date.fromisoformat(text)


def T(text: str) -> datetime:
    return datetime.fromisoformat(text)


class Book:
    """A workbook written the way Excel writes one (shared strings), with the formats returns use."""

    def __init__(self, path: Path, author: str = "Administrator"):
        self.path = path
        self.wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False})
        self.wb.set_properties({"author": author, "created": CREATED})
        base = {"font_name": "宋体", "font_size": 11, "valign": "vcenter", "text_wrap": True}
        add = self.wb.add_format
        self.title = add({**base, "bold": True, "font_size": 16, "align": "center"})
        self.left = add({**base, "align": "left"})
        self.right = add({**base, "align": "right"})
        self.head = add({**base, "bold": True, "align": "center", "border": 1})
        self.cell = add({**base, "border": 1})
        self.center = add({**base, "border": 1, "align": "center"})
        self.group = add({**base, "border": 1, "bold": True, "align": "left", "bg_color": "#F2F2F2"})
        self.fmt_cache: dict[str, object] = {}

    def date_fmt(self, num_format: str):
        if num_format not in self.fmt_cache:
            self.fmt_cache[num_format] = self.wb.add_format(
                {
                    "font_name": "宋体",
                    "font_size": 11,
                    "valign": "vcenter",
                    "border": 1,
                    "align": "center",
                    "num_format": num_format,
                }
            )
        return self.fmt_cache[num_format]

    def put(self, ws, r: int, c: int, v, fmt=None, date_format: str = "yyyy-mm-dd") -> None:
        fmt = fmt or self.cell
        if v is None or v == "":
            ws.write_blank(r, c, None, fmt)
        elif isinstance(v, datetime):
            ws.write_datetime(r, c, v, self.date_fmt("yyyy-mm-dd hh:mm"))
        elif isinstance(v, date):
            ws.write_datetime(r, c, datetime(v.year, v.month, v.day), self.date_fmt(date_format))
        elif isinstance(v, int | float):
            ws.write_number(r, c, v, fmt)
        else:
            ws.write_string(r, c, str(v), fmt)

    def row(self, ws, r: int, values, fmt=None, date_format: str = "yyyy-mm-dd") -> None:
        for c, v in enumerate(values):
            self.put(ws, r, c, v, fmt, date_format)

    def header(self, ws, r: int, words) -> None:
        for c, w in enumerate(words):
            ws.write_string(r, c, w, self.head)

    def line(self, ws, r: int, text: str, last: int, fmt=None) -> None:
        if last > 0:
            ws.merge_range(r, 0, r, last, text, fmt or self.left)
        else:
            ws.write_string(r, 0, text, fmt or self.left)

    def close(self) -> Path:
        self.wb.close()
        return self.path


def soffice(src: Path, fmt: str, target: Path) -> Path:
    """LibreOffice --convert-to, the way an office's older or open-format copy comes out."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .xls, .ods and .wps returns")
    with tempfile.TemporaryDirectory() as out, tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                exe,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                fmt,
                "--outdir",
                out,
                str(src),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=300,
        )
        shutil.copyfile(Path(out) / f"{src.stem}.{fmt}", target)
    return target


def fixed_zip(path: Path) -> Path:
    """Rewrite a zip-based file (.ods) with fixed member times, order and compression kept."""
    with zipfile.ZipFile(path) as src:
        members = [(info, src.read(info)) for info in src.infolist()]
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w") as dst:
        for info, data in members:
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 7, 31, 8, 45, 0))
            fixed.compress_type = info.compress_type
            fixed.external_attr = info.external_attr
            dst.writestr(fixed, data)
    path.write_bytes(raw.getvalue())
    return path


# =============================================================================================
# 1. 营商环境攻坚任务: the task export of a 督查督办 system (EasyExcel, one header row, 完成时限 as a
# date, 完成情况 as the system's status code 1-6), a title row the unit inserted above it, a column
# it added at the right, and the code legend typed under the table. Layout:
# https://github.com/jiehuze/supervisory-system/blob/492854a8ec22d9b11138d65c589e8f49fa1d08fc/src/main/java/com/schedule/excel/TaskTemplateExcel.java
# (status codes as the same repository's entity/Task.java defines them)
# =============================================================================================
SRC_TASK = "https://github.com/jiehuze/supervisory-system/blob/492854a8ec22d9b11138d65c589e8f49fa1d08fc/src/main/java/com/schedule/excel/TaskTemplateExcel.java"


def yingshang_tasks(path: Path) -> Path:
    b = Book(path, "dbxt")
    ws = b.wb.add_worksheet("任务列表")
    ws.set_column(0, 0, 16)
    ws.set_column(1, 1, 44)
    ws.set_column(2, 5, 12)
    ws.set_column(6, 8, 36)
    head = [
        "任务来源",
        "任务内容",
        "牵头领导",
        "牵头单位",
        "完成时限",
        "完成情况",
        "具体进展",
        "存在的困难或问题",
        "备注（单位填写）",
    ]
    b.line(ws, 0, "优化营商环境攻坚任务推进情况（截至2024年7月31日）", 8, b.title)
    b.header(ws, 1, head)
    rows = [
        [
            "市优化营商环境工作方案",
            "推行企业开办“一网通办”，全流程开办时间压缩至0.5个工作日以内",
            "李卫东",
            "市市场监管局",
            D("2024-06-30"),
            6,
            "已实现企业开办全流程网上办理，7月平均用时0.4个工作日",
            "",
            "",
        ],
        [
            "市优化营商环境工作方案",
            "工程建设项目审批全流程时间控制在80个工作日以内",
            "刘志刚",
            "市住建委",
            D("2024-12-31"),
            2,
            "审批管理系统已升级，正在开展联合验收试点",
            "部分审批事项线上线下标准不统一",
            "",
        ],
        [
            "营商环境评价反馈",
            "推进不动产登记与水电气网联动过户",
            "刘志刚",
            "市不动产登记中心",
            D("2024-09-30"),
            1,
            "",
            "",
            "系统待接收",
        ],
        [
            "营商环境评价反馈",
            "政务服务事项“免证办”比例提高到60%以上",
            "王海燕",
            "濮阳市行政服务中心",
            D("2024-11-30"),
            2,
            "已梳理可免证事项312项，电子证照调用接口正在联调",
            "",
            "",
        ],
        [
            "市政府常务会议",
            "开展拖欠中小企业账款专项清理",
            "李卫东",
            "市工信局",
            D("2024-08-31"),
            6,
            "已清偿拖欠账款1.2亿元，清偿率100%",
            "",
            "已报销号",
        ],
        [
            "市优化营商环境工作方案",
            "用水用气报装“一件事”联办，报装材料压减至2项",
            "王海燕",
            "市自来水公司",
            D("2024-07-15"),
            2,
            "用水、用气报装已合并受理，与燃气公司系统接口正在调试",
            "两家企业系统数据标准不一致",
            "",
        ],
    ]
    for i, r in enumerate(rows):
        b.row(ws, 2 + i, r, date_format="yyyy/m/d")
    n = 2 + len(rows)
    b.line(
        ws,
        n + 1,
        "完成情况代码：1-待接收　2-正常推进　3-已超期　4-审核中（承包领导）　5-审核中（交办人）　6-完成",
        8,
    )
    b.line(ws, n + 2, "导出时间：2024-07-31 16:40:12", 8)
    return b.close()


# =============================================================================================
# 2. 电子监察督办件: the 督办件 view of an e-supervision system as the office copied it into a sheet,
# one fieldset per 督办件 -- the 督办基本信息 legend, then label|value pairs two to a row (督办件类型,
# 督办发起部门, 督办发起人, 发起督办时间, 被督办部门, 被督办人员 when there is one, 督办反馈时限 to the
# second, 督办详细描述, 督办建议, 督办状态) and, for an overdue 审批办件, the 办件基本信息 fieldset
# (办件编号, 主办部门, 申请者, 登记时间, 权力名称) under it:
# https://github.com/hope2002399/epowerjtt/blob/444c36a88a4fc8f87f846096eb49209baa47556f/src/main/webapp/page/supervise/superviseViewFrame.jsp
# =============================================================================================
SRC_EPOWER = "https://github.com/hope2002399/epowerjtt/blob/444c36a88a4fc8f87f846096eb49209baa47556f/src/main/webapp/page/supervise/superviseViewFrame.jsp"


def dubanjian_cards(path: Path) -> Path:
    b = Book(path)
    ws = b.wb.add_worksheet("督办件")
    ws.set_column(0, 0, 14)
    ws.set_column(1, 1, 30)
    ws.set_column(2, 2, 14)
    ws.set_column(3, 3, 24)
    cards = [
        {
            "类型": "办件超时督办",
            "发起部门": "市政府督查室",
            "发起人": "赵敏",
            "时间": "2024-06-11 09:30",
            "被督办部门": "市自然资源和规划局",
            "被督办人员": "耿林",
            "时限": "2024-06-21 17:30:00",
            "描述": "建设用地规划许可办件超过法定时限未办结，申请人多次催问",
            "建议": "限期办结并书面说明超时原因",
            "状态": "已办结",
            "办件": [
                "4109002406030017",
                "市自然资源和规划局",
                "濮阳市宏远置业有限公司",
                "法人",
                "2024-05-20 10:12:33",
                "建设用地规划许可证核发",
            ],
        },
        {
            "类型": "投诉督办",
            "发起部门": "市政府督查室",
            "发起人": "赵敏",
            "时间": "2024-06-25 15:10",
            "被督办部门": "市人社局",
            "被督办人员": "",
            "时限": "2024-07-05 17:30:00",
            "描述": "群众投诉失业保险金申领审核时间过长，材料提交后一个月未发放",
            "建议": "核实情况，简化审核环节",
            "状态": "办理中",
            "办件": None,
        },
        {
            "类型": "办件超时督办",
            "发起部门": "市政府督查室",
            "发起人": "郑凯",
            "时间": "2024-07-08 10:05",
            "被督办部门": "濮阳市住房和城乡建设局",
            "被督办人员": "牛晓",
            "时限": "2024-07-18 17:30:00",
            "描述": "建筑工程施工许可办件超出承诺时限3个工作日未办结",
            "建议": "立即办结，完善超时预警",
            "状态": "逾期未办",
            "办件": [
                "4109002407010042",
                "濮阳市住房和城乡建设局",
                "濮阳市金堤建设有限公司",
                "法人",
                "2024-06-26 15:40:08",
                "建筑工程施工许可证核发",
            ],
        },
        {
            "类型": "案件督办",
            "发起部门": "市政府督查室",
            "发起人": "郑凯",
            "时间": "2024-07-16 14:20",
            "被督办部门": "市城管局",
            "被督办人员": "",
            "时限": "2024-07-31 17:30:00",
            "描述": "占道经营行政处罚案件立案后超过期限未作出处理决定",
            "建议": "依法依规尽快作出处理决定",
            "状态": "办理中",
            "办件": None,
        },
        {
            "类型": "投诉督办",
            "发起部门": "市政府督查室",
            "发起人": "赵敏",
            "时间": "2024-07-23 11:00",
            "被督办部门": "市公积金中心",
            "被督办人员": "",
            "时限": "2024-08-02 17:30:00",
            "描述": "群众投诉公积金提取窗口拒收加盖公章的复印件材料",
            "建议": "统一材料收取标准并向投诉人反馈",
            "状态": "",
            "办件": None,
        },
    ]
    r = 0
    b.line(ws, r, "电子监察督办件办理情况（2024年7月）", 3, b.title)
    r += 2
    for card in cards:
        b.line(ws, r, "督办基本信息", 3, b.group)
        r += 1
        for left, right in [
            (("督办件类型", card["类型"]), ("督办发起部门", card["发起部门"])),
            (("督办发起人", card["发起人"]), ("发起督办时间", card["时间"])),
        ]:
            ws.write_string(r, 0, left[0], b.head)
            ws.write_string(r, 1, left[1], b.cell)
            ws.write_string(r, 2, right[0], b.head)
            ws.write_string(r, 3, right[1], b.cell)
            r += 1
        singles = [("被督办部门", card["被督办部门"])]
        if card["被督办人员"]:
            singles.append(("被督办人员", card["被督办人员"]))
        singles += [
            ("督办反馈时限", card["时限"]),
            ("督办详细描述", card["描述"]),
            ("督办建议", card["建议"]),
            ("督办状态", card["状态"]),
        ]
        for label, value in singles:
            ws.write_string(r, 0, label, b.head)
            if value:
                ws.merge_range(r, 1, r, 3, value, b.cell)
            else:
                ws.merge_range(r, 1, r, 3, "", b.cell)
            r += 1
        if card["办件"]:
            no, org, applicant, kind, when, power = card["办件"]
            b.line(ws, r, "办件基本信息", 3, b.group)
            r += 1
            for pair in [
                (("办件编号", no), ("主办部门", org)),
                (("申请者名称", applicant), ("申请者类型", kind)),
            ]:
                ws.write_string(r, 0, pair[0][0], b.head)
                ws.write_string(r, 1, pair[0][1], b.cell)
                ws.write_string(r, 2, pair[1][0], b.head)
                ws.write_string(r, 3, pair[1][1], b.cell)
                r += 1
            for label, value in [("登记时间", when), ("权力名称", power)]:
                ws.write_string(r, 0, label, b.head)
                ws.merge_range(r, 1, r, 3, value, b.cell)
                r += 1
        r += 1
    return b.close()


# =============================================================================================
# 3. 火灾风险排查表 as an old .xls: the checklist a fire-risk survey records field by field (防火分隔,
# 电气线路投入使用年限, 电气线路与可燃物间距, 室内消火栓系统, 灭火器, 自动报警系统状态, 消防演练,
# 禁烟管理 ...), one row per 排查项目 with its 排查情况 and 是否存在隐患, and the 整改措施/时限/情况
# the surveyed unit filled in for the items that have a hazard; the 风控档案编号 line above, the
# signature line under it:
# https://github.com/18753377299/MavenSSM/blob/30c786577282605621dd98860e3ef23eb55d2539/src/main/java/com/vo/RiskReportFireDanger_1.java
# =============================================================================================
SRC_FIRE = "https://github.com/18753377299/MavenSSM/blob/30c786577282605621dd98860e3ef23eb55d2539/src/main/java/com/vo/RiskReportFireDanger_1.java"


def huozai_xls(target: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "火灾风险排查.xlsx"
        b = Book(src)
        ws = b.wb.add_worksheet("火灾风险排查表")
        ws.set_column(0, 0, 6)
        ws.set_column(1, 1, 26)
        ws.set_column(2, 2, 44)
        ws.set_column(3, 3, 10)
        ws.set_column(4, 4, 26)
        ws.set_column(5, 5, 16)
        ws.set_column(6, 6, 26)
        b.line(ws, 0, "火灾风险排查表", 6, b.title)
        b.line(
            ws,
            1,
            "风控档案编号：FK-2024-0715-03　　被排查单位：市民政局（市社会福利院）　　排查日期：2024年7月15日",
            6,
        )
        b.header(ws, 2, ["序号", "排查项目", "排查情况", "是否存在隐患", "整改措施", "整改时限", "整改情况"])
        rows = [
            ["1", "防火分隔", "防火分隔完好，防火门均能正常关闭", "否", "", "", ""],
            ["2", "建筑使用年限", "主楼建成使用18年，结构完好", "否", "", "", ""],
            [
                "3",
                "电气线路投入使用年限",
                "配电线路投入使用超过20年，部分线路绝缘层老化",
                "是",
                "分批更换老化线路",
                "2024年9月30日",
                "正在整改，已更换一层线路",
            ],
            [
                "4",
                "电气线路或用电设备与可燃物周边间距",
                "库房照明灯具下方堆放被褥等可燃物，间距不足0.5m",
                "是",
                "清理可燃物，调整堆放位置",
                "2024年7月20日",
                "已整改",
            ],
            [
                "5",
                "室内消火栓系统",
                "2号楼三层消火栓箱内水带缺失",
                "是",
                "补齐水带、水枪",
                "2024年7月31日",
                "已整改",
            ],
            ["6", "灭火器", "灭火器配置数量、压力符合要求", "否", "", "", ""],
            [
                "7",
                "自动报警系统状态",
                "火灾自动报警系统主机存在故障点12个，长期未修复",
                "是",
                "委托维保单位修复并联网",
                "2024年8月31日",
                "",
            ],
            [
                "8",
                "开展消防演练情况",
                "上半年未组织消防疏散演练",
                "是",
                "组织全员消防疏散演练",
                "2024年7月31日",
                "未整改",
            ],
            ["9", "消防控制室值班制度", "消防控制室实行24小时双人值班", "否", "", "", ""],
            [
                "10",
                "禁烟管理情况",
                "宿舍区多处发现烟头，禁烟管理落实不严",
                "是",
                "加强巡查，设置室外吸烟点",
                "长期坚持",
                "长期坚持",
            ],
            ["11", "一年内是否收到相关消防安全管理部门风险警示或整改建议函", "未收到", "否", "", "", ""],
        ]
        for i, row in enumerate(rows):
            b.row(ws, 3 + i, row)
        n = 3 + len(rows)
        b.line(ws, n + 1, "排查人：刘刚、王磊　　　　被排查单位负责人（签字）：孙国华", 6)
        b.close()
        return soffice(src, "xls", target)


# =============================================================================================
# 4. 食品经营单位检查整改 as .ods: the 整改基本信息 export of a market-inspection system (主键, 企业,
# 检查任务, a 状态 column whose header carries its own code legend, 检查人, 检查时间, 改正时间,
# 最晚整改时间), with the problem found and the supervising unit added by hand at the right:
# https://github.com/MrJin6666/repo/blob/0b7395be9fc0d6d5462a7fbc6868fdd5bf8a0193/api/src/main/java/com/goboosoft/company/busininspect/excel/BusinInspectionCorrectionExcel.java
# =============================================================================================
SRC_CORR = "https://github.com/MrJin6666/repo/blob/0b7395be9fc0d6d5462a7fbc6868fdd5bf8a0193/api/src/main/java/com/goboosoft/company/busininspect/excel/BusinInspectionCorrectionExcel.java"


def shipin_ods(target: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "整改信息.xlsx"
        b = Book(src)
        ws = b.wb.add_worksheet("整改基本信息表")
        ws.set_column(0, 1, 10)
        ws.set_column(2, 2, 28)
        ws.set_column(3, 3, 10)
        ws.set_column(4, 4, 18)
        ws.set_column(5, 8, 14)
        ws.set_column(9, 9, 36)
        ws.set_column(10, 10, 18)
        b.line(ws, 0, "业务-整改基本信息表", 10, b.title)
        b.header(
            ws,
            1,
            [
                "主键",
                "整改企业主键",
                "整改企业名称",
                "所属检查任务主键",
                "状态 0新建  1已改正 2待审核 3审核通过 4审核失败",
                "检查人姓名，多个使用,分割",
                "检查时间",
                "改正时间",
                "最晚整改时间",
                "检查发现问题",
                "监管责任单位",
            ],
        )
        rows = [
            [
                1801,
                20553,
                "濮阳市华龙区好味来餐饮店",
                301,
                1,
                "张伟,刘洋",
                D("2024-06-18"),
                D("2024-06-25"),
                "2024-06-28",
                "后厨未设置防蝇防鼠设施，生熟案板混用",
                "市市场监管局",
            ],
            [
                1806,
                20871,
                "清丰县惠民超市",
                302,
                0,
                "郭磊,韩冰",
                D("2024-06-27"),
                None,
                "2024-08-10",
                "散装食品未标注生产日期和保质期",
                "清丰县市场监督管理局",
            ],
            [
                1812,
                21004,
                "濮阳市第三中学食堂",
                305,
                3,
                "张伟,马丽",
                D("2024-07-02"),
                D("2024-07-09"),
                "2024-07-12",
                "食堂从业人员健康证过期2人",
                "市食药监局",
            ],
            [
                1819,
                21139,
                "城关镇小吃街张记烧烤",
                307,
                0,
                "李强",
                D("2024-07-11"),
                None,
                "2024-08-05",
                "露天烧烤未安装油烟净化设施",
                "城关镇人民政府",
            ],
            [
                1825,
                21288,
                "濮阳市龙都饮品店",
                309,
                1,
                "刘洋,马丽",
                D("2024-07-16"),
                D("2024-07-19"),
                "2024-07-23",
                "使用超过保质期的原料制作饮品",
                "市工商局",
            ],
        ]
        for i, r in enumerate(rows):
            b.row(ws, 2 + i, r)
        b.close()
        soffice(src, "ods", target)
    return fixed_zip(target)


# =============================================================================================
# 5. 重点信访事项稳控化解台账: the 台账 record of a city's 信访 system (姓名, 住址, 信访次数, 基本情况,
# 答复意见, 稳控措施, 备注, county, 信访日期) across counties, the county column headed 责任县区 by the
# office, a title and 填报 line above, no deadline anywhere:
# https://github.com/HanyZhang/BinZhouXinFang/blob/7ce734f9a6bf5638a73a7793633070119f2b1549/PetitionLetter.Dll/Model/Ledger.cs
# =============================================================================================
SRC_LEDGER = "https://github.com/HanyZhang/BinZhouXinFang/blob/7ce734f9a6bf5638a73a7793633070119f2b1549/PetitionLetter.Dll/Model/Ledger.cs"


def wenkong_ledger(path: Path) -> Path:
    b = Book(path)
    ws = b.wb.add_worksheet("台账")
    ws.set_column(0, 0, 8)
    ws.set_column(1, 1, 20)
    ws.set_column(2, 2, 9)
    ws.set_column(3, 5, 34)
    ws.set_column(6, 6, 24)
    ws.set_column(7, 7, 16)
    ws.set_column(8, 8, 12)
    b.line(ws, 0, "重点信访事项稳控化解台账", 8, b.title)
    b.line(ws, 1, "填报：市信访联席会议办公室　　　　更新日期：2024年7月30日", 8)
    b.header(
        ws,
        2,
        ["姓名", "住址", "信访次数", "基本情况", "答复意见", "稳控措施", "备注", "责任县区", "信访日期"],
    )
    rows = [
        [
            "许某某",
            "濮阳县庆祖镇西辛庄村",
            4,
            "反映宅基地被邻居侵占，村组调解未果，多次到县、市上访",
            "经镇村两级现场测量，已依法确权并调处到位",
            "包案领导每月走访一次",
            "已化解，信访人签订息诉罢访承诺书",
            "濮阳县人民政府",
            D("2024-06-04"),
        ],
        [
            "贾某某",
            "清丰县韩村镇后店村",
            7,
            "反映2019年土地流转租金未按合同支付",
            "已责成乡镇督促流转企业分期支付",
            "落实包案领导和稳控责任人",
            "正在化解，已支付第一期租金",
            "清丰县人民政府",
            D("2024-06-17"),
        ],
        [
            "付某某",
            "南乐县城关镇新华街",
            3,
            "反映拆迁安置房延期交付，过渡费发放不足",
            "",
            "",
            "",
            "南乐县人民政府",
            D("2024-07-02"),
        ],
        [
            "闫某某",
            "范县陈庄镇前房村",
            5,
            "反映因病致贫未纳入低保",
            "经入户核查已纳入低保，按月发放保障金",
            "建立一对一帮扶联系",
            "已化解",
            "范县人民政府",
            D("2024-07-09"),
        ],
        [
            "侯某某",
            "华龙区胜利路街道",
            2,
            "反映企业改制时工龄买断补偿不足",
            "",
            "",
            "未化解",
            "华龙区人民政府",
            D("2024-07-22"),
        ],
    ]
    for i, row in enumerate(rows):
        b.row(ws, 3 + i, row)
    b.line(ws, 9, "注：信访次数为2024年以来累计到市以上上访次数。", 8)
    return b.close()


# =============================================================================================
# 6. 人大代表建议交办办理情况 as a WPS 文字 file: the 建议 record of a deputies' suggestion system
# (建议号, 届次, 会议类型, 题目, 领衔代表, 建议代表, 建议代表团, 交办状态, 主办单位, 办理报告) as a
# table in a Word document under the 交办 preamble, converted by LibreOffice to Word 97 and saved
# with the .wps suffix:
# https://github.com/zcrutherford/EPPSystem/blob/1246533d83871fc039a8e9d3d0f5cddfa67ac37e/EPPSystem/src/main/java/gov/sjs/po/Advice.java
# =============================================================================================
SRC_ADVICE = "https://github.com/zcrutherford/EPPSystem/blob/1246533d83871fc039a8e9d3d0f5cddfa67ac37e/EPPSystem/src/main/java/gov/sjs/po/Advice.java"


def _docx_setup(doc: Document, author: str, size: float = 10.5) -> None:
    props = doc.core_properties
    props.author = author
    props.last_modified_by = author
    props.comments = ""
    props.created = CREATED
    props.modified = CREATED
    props.revision = 2
    style = doc.styles["Normal"]
    style.font.name = "宋体"
    style.font.size = Pt(size)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")


def _para(doc: Document, text: str, bold: bool = False, size: float | None = None, align=None):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def renda_wps(target: Path) -> Path:
    doc = Document()
    _docx_setup(doc, "xrw")
    _para(doc, "人大代表建议交办及办理情况表（第二批）", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(
        doc,
        "交办日期：2024年3月20日。办理要求：各主办单位应于交办之日起3个月内办复代表，并将办理报告报市人大常委会。",
    )
    head = [
        "建议号",
        "届次",
        "会议类型",
        "题目",
        "领衔代表",
        "建议代表",
        "建议代表团",
        "交办状态",
        "主办单位",
        "办理报告",
    ]
    rows = [
        [
            "10301",
            "十届三次",
            "人代会",
            "关于增开城区至濮阳县城公交线路的建议",
            "王建华",
            "王建华、李秀梅",
            "濮阳县代表团",
            "已办复",
            "市交通运输局",
            "已于6月12日书面答复代表，新开通的12路公交线路已运行。",
        ],
        [
            "10317",
            "十届三次",
            "人代会",
            "关于加强农村中小学心理健康教育的建议",
            "陈国庆",
            "陈国庆、赵敏",
            "清丰县代表团",
            "办理中",
            "市教育局",
            "已会同市卫健委制定实施方案，正在组织心理健康教师培训。",
        ],
        [
            "10322",
            "十届三次",
            "人代会",
            "关于推进乡镇卫生院医疗设备更新的建议",
            "刘红",
            "刘红、张磊、孙杰",
            "南乐县代表团",
            "已办复",
            "濮阳市卫生健康委员会",
            "已答复代表，代表对办理结果表示满意。",
        ],
        [
            "10335",
            "十届三次",
            "人代会",
            "关于扶持高标准农田建设后期管护的建议",
            "马超",
            "马超",
            "范县代表团",
            "",
            "市农委",
            "",
        ],
        [
            "10341",
            "十届三次",
            "人代会",
            "关于老旧小区加装电梯资金补贴的建议",
            "杨帆",
            "杨帆、周琳",
            "华龙区代表团",
            "办理中",
            "市住建委",
            "补贴政策草案已形成，正在征求意见。",
        ],
    ]
    table = doc.add_table(rows=1 + len(rows), cols=len(head))
    table.style = "Table Grid"
    for c, w in enumerate(head):
        table.cell(0, c).text = w
        table.cell(0, c).paragraphs[0].runs[0].bold = True
    for r, values in enumerate(rows, start=1):
        for c, v in enumerate(values):
            table.cell(r, c).text = v
    _para(doc, "")
    _para(doc, "市人大常委会选举任免联络工作室　　2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "代表建议.docx"
        doc.save(str(src))
        return soffice(src, "doc", target)


# =============================================================================================
# 7. 效能投诉件 as the CSV (UTF-8 with BOM) an 电子监察 complaint system exports: 受理编号, 受理时间,
# 投诉人 and the 投诉人单位 beside the 被投诉单位, 投诉标题/内容, 办理时限 and 到期时间, 处理状态
# (处理中/已处理), 回复单位/时间, 是否满意 (Y/M/N) and 是否申请延期 (Y/N):
# https://github.com/lutong108/dzjc/blob/437a98103e0a87de83cd1cf979522b1687e6c050/dzjc_services/src/main/java/com/chinacreator/dzjc_ruleEngine/BussinessCom.java
# =============================================================================================
SRC_COMPLAIN = "https://github.com/lutong108/dzjc/blob/437a98103e0a87de83cd1cf979522b1687e6c050/dzjc_services/src/main/java/com/chinacreator/dzjc_ruleEngine/BussinessCom.java"


def xiaoneng_csv(target: Path) -> Path:
    head = [
        "受理编号",
        "查询码",
        "受理时间",
        "投诉人姓名",
        "投诉人单位",
        "投诉标题",
        "投诉内容",
        "被投诉单位名称",
        "问题类型",
        "办理时限",
        "到期时间",
        "处理状态",
        "回复单位名称",
        "回复时间",
        "是否满意",
        "是否申请延期",
    ]
    rows = [
        [
            "TS202406030001",
            "A7K2Q9",
            "2024-06-03 09:15:22",
            "陈先生",
            "",
            "不动产登记窗口要求重复提交材料",
            "办理二手房过户时，窗口工作人员要求重复提交已在网上上传的身份证明材料，往返三次未办成",
            "市不动产登记中心",
            "办事效率",
            "5个工作日",
            "2024-06-11",
            "已处理",
            "市不动产登记中心",
            "2024-06-07 17:30:00",
            "Y",
            "N",
        ],
        [
            "TS202406240007",
            "B3M8X1",
            "2024-06-24 10:02:51",
            "刘女士",
            "",
            "社保经办大厅午间无人值守",
            "社保经办大厅中午12点至14点无人值守，群众无法办理业务",
            "濮阳市人力资源和社会保障局",
            "工作纪律",
            "10个工作日",
            "2024-07-08",
            "已处理",
            "濮阳市人力资源和社会保障局",
            "2024-07-04 11:20:00",
            "M",
            "N",
        ],
        [
            "TS202407150012",
            "C9P4W6",
            "2024-07-15 14:40:09",
            "赵经理",
            "濮阳市恒达建材有限公司",
            "公积金缴存基数调整办理拖延",
            "企业申请调整职工公积金缴存基数，提交材料后20天未办结，多次询问无答复",
            "市公积金中心",
            "办事效率",
            "10个工作日",
            "2024-07-29",
            "处理中",
            "",
            "",
            "",
            "N",
        ],
        [
            "TS202407220003",
            "D1R7T5",
            "2024-07-22 08:55:37",
            "孙先生",
            "",
            "政务大厅叫号系统频繁故障",
            "市政务服务中心二楼叫号系统近一周频繁故障，群众排队秩序混乱",
            "市政务服务中心",
            "服务设施",
            "5个工作日",
            "2024-07-29",
            "处理中",
            "",
            "",
            "",
            "N",
        ],
        [
            "TS202407260009",
            "E5H3N8",
            "2024-07-26 16:18:44",
            "李女士",
            "",
            "办税窗口工作人员态度生硬",
            "在办税服务厅咨询个人所得税汇算事宜，窗口工作人员态度生硬、解释不清",
            "濮阳市税务局",
            "服务态度",
            "5个工作日",
            "2024-08-02",
            "处理中",
            "",
            "",
            "",
            "N",
        ],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(head)
    w.writerows(rows)
    target.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return target


# =============================================================================================
# 8. 12345热线交办工单明细, saved from Excel as "Unicode 文本" (tab-separated UTF-16LE with BOM): the
# title row, one row per 工单 with its 派单时间, 承办单位 (县区、乡镇 and 市直), 办理时限 in working
# days, 工单状态 in the words of a county's 12345 督查通报 (已办结 / 超期办结 / 受理中), a 合计 row and
# the note on how 时限 are counted:
# http://www.midu.gov.cn/midu/xxgkml/202311/039794d45d3e4db98ba9c1b49fe774e8.shtml
# =============================================================================================
SRC_MIDU = "http://www.midu.gov.cn/midu/xxgkml/202311/039794d45d3e4db98ba9c1b49fe774e8.shtml"


def rexian_txt(target: Path) -> Path:
    lines = [
        ["濮阳市12345政务服务便民热线交办工单明细（2024年7月）", "", "", "", "", "", "", "", "", ""],
        [
            "序号",
            "工单编号",
            "派单时间",
            "诉求人",
            "诉求内容",
            "承办单位",
            "办理时限",
            "工单状态",
            "办结时间",
            "回访满意度",
        ],
        [
            "1",
            "2407020011",
            "2024/7/2 8:40",
            "王女士",
            "反映建设路与京开大道交叉口信号灯故障，早晚高峰拥堵",
            "市交警支队",
            "3个工作日",
            "已办结",
            "2024/7/4",
            "满意",
        ],
        [
            "2",
            "2407050233",
            "2024/7/5 10:12",
            "匿名",
            "反映东关村生活垃圾清运不及时，垃圾桶满溢",
            "城关镇人民政府",
            "5个工作日",
            "超期办结",
            "2024/7/16",
            "基本满意",
        ],
        [
            "3",
            "2407110418",
            "2024/7/11 15:30",
            "张先生",
            "反映市第五中学附近工地夜间施工噪音扰民",
            "濮阳市城市管理局",
            "5个工作日",
            "受理中",
            "",
            "",
        ],
        [
            "4",
            "2407180526",
            "2024/7/18 9:05",
            "刘先生",
            "咨询灵活就业人员医保缴费标准及缴费渠道",
            "市医保局",
            "3个工作日",
            "已办结",
            "2024/7/19",
            "满意",
        ],
        [
            "5",
            "2407250731",
            "2024/7/25 11:48",
            "赵女士",
            "反映县城中心广场路灯大面积不亮",
            "清丰县人民政府",
            "5个工作日",
            "受理中",
            "",
            "",
        ],
        [
            "6",
            "2407290902",
            "2024/7/29 17:20",
            "孙先生",
            "反映小区供暖管道改造后路面开挖未恢复",
            "市住建局",
            "10个工作日",
            "",
            "",
            "",
        ],
        ["合计", "", "", "", "共6件：已办结2件，超期办结1件，受理中2件", "", "", "", "", ""],
        ["注：办理时限自派单之日起按工作日计算（不含派单当日）。", "", "", "", "", "", "", "", "", ""],
    ]
    text = "\r\n".join("\t".join(cells) for cells in lines) + "\r\n"
    target.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    return target


# =============================================================================================
# 9. 巡察整改情况通报附表: problems under （一）在“……”方面 group rows, each with 整改措施, 责任领导,
# 责任科室 (sections of the sending unit only), 整改时限 and 整改情况, the counts line above the
# table and the 党组 signature under it, as a 区直 bureau's 巡察整改情况通报 sets them out:
# http://www.wuch.gov.cn/art/2023/5/4/art_1229182325_4090257.html
# =============================================================================================
SRC_WUCH = "http://www.wuch.gov.cn/art/2023/5/4/art_1229182325_4090257.html"


def xuncha_table(path: Path) -> Path:
    b = Book(path)
    ws = b.wb.add_worksheet("整改情况")
    ws.set_column(0, 0, 6)
    ws.set_column(1, 2, 40)
    ws.set_column(3, 4, 11)
    ws.set_column(5, 5, 16)
    ws.set_column(6, 6, 30)
    b.line(ws, 0, "中共市农委党组关于市委第三巡察组反馈意见整改情况明细表", 6, b.title)
    b.line(ws, 1, "市委第三巡察组反馈问题6个，截至2024年7月25日已完成整改2个，正在整改2个，长期坚持1个。", 6)
    b.header(ws, 2, ["序号", "巡察反馈问题", "整改措施", "责任领导", "责任科室", "整改时限", "整改情况"])
    r = 3
    content = [
        (
            "（一）在“贯彻落实上级决策部署不够有力”方面",
            [
                [
                    "1",
                    "学习贯彻习近平总书记关于“三农”工作重要论述不够深入，理论学习中心组学习流于形式",
                    "制定年度学习计划，每月开展一次专题学习研讨",
                    "张建国",
                    "办公室",
                    "长期坚持",
                    "长期坚持",
                ],
                [
                    "2",
                    "高标准农田建设项目推进滞后，2023年度建设任务完成率仅78%",
                    "倒排工期，实行周调度、月通报",
                    "李明",
                    "农田建设科",
                    "2024年9月底前",
                    "正在整改，已完成年度任务的92%",
                ],
            ],
        ),
        (
            "（二）在“全面从严治党责任落实不到位”方面",
            [
                [
                    "3",
                    "部分科室公务接待审批单填写不规范，接待清单与发票不一致",
                    "修订公务接待管理办法，逐笔核对2023年以来接待清单",
                    "王芳",
                    "计划财务科",
                    "2024年6月30日",
                    "已完成整改，修订接待管理办法1项",
                ],
                [
                    "4",
                    "农机购置补贴资金拨付不及时，个别补贴滞留超过3个月",
                    "建立补贴资金拨付台账，限时拨付到位",
                    "王芳",
                    "计划财务科",
                    "2024年7月31日前",
                    "已拨付到位，完成整改",
                ],
            ],
        ),
        (
            "（三）在“落实新时代党的组织路线有差距”方面",
            [
                [
                    "5",
                    "基层党支部“三会一课”记录不完整，组织生活质量不高",
                    "开展党支部标准化建设，逐支部检查整改",
                    "张建国",
                    "人事科",
                    "2024年8月底",
                    "正在整改",
                ],
                [
                    "6",
                    "干部交流轮岗制度执行不到位，部分关键岗位人员任职超过10年",
                    "制定关键岗位轮岗计划，分批实施",
                    "张建国",
                    "人事科",
                    "2024年12月31日前",
                    "",
                ],
            ],
        ),
    ]
    for group, rows in content:
        b.line(ws, r, group, 6, b.group)
        r += 1
        for row in rows:
            b.row(ws, r, row)
            r += 1
    b.line(ws, r + 1, "中共市农委党组　　　　2024年7月25日", 6, b.right)
    return b.close()


# =============================================================================================
# 10. 专项审计调查发现问题整改清单: problems with a 整改阶段 column (短期攻坚/中期推进/长期坚持), 整改
# 措施, 责任单位, 整改时限 and 整改情况 in the words of a city's 整改情况的函 ("该问题已完成整改"), a
# 合计 row and a 填表说明 line:
# http://m.ilynn.cn/document_detail/61662.html
# =============================================================================================
SRC_ILYNN = "http://m.ilynn.cn/document_detail/61662.html"


def shenji_table(path: Path) -> Path:
    b = Book(path)
    ws = b.wb.add_worksheet("整改清单")
    ws.set_column(0, 0, 6)
    ws.set_column(1, 1, 10)
    ws.set_column(2, 3, 38)
    ws.set_column(4, 5, 16)
    ws.set_column(6, 6, 34)
    b.line(ws, 0, "濮阳市大气污染防治专项审计调查发现问题整改情况表", 6, b.title)
    b.line(ws, 1, "填报单位：市审计整改工作领导小组办公室　　　　填报时间：2024年7月29日", 6)
    b.header(ws, 2, ["序号", "整改阶段", "发现问题", "整改措施", "责任单位", "整改时限", "整改情况"])
    rows = [
        [
            "1",
            "短期攻坚",
            "部分年度空气质量约束性指标任务未完成",
            "将年度空气质量指标分解下达各县区并纳入考核",
            "市生态环境局",
            "2024年6月30日",
            "该问题已完成整改，年度指标已分解下达。",
        ],
        [
            "2",
            "短期攻坚",
            "建筑工地扬尘防治“六个百分百”落实不到位",
            "开展工地扬尘专项检查，对不达标工地停工整改",
            "市住建局",
            "2024.7.31",
            "已完成整改",
        ],
        [
            "3",
            "中期推进",
            "城区道路机械化清扫率未达到90%",
            "新增洗扫车辆，扩大机械化作业覆盖面",
            "市城管执法局",
            "2024年12月底前",
            "正在推进，已新增洗扫车8台，清扫率提升至86%。",
        ],
        [
            "4",
            "中期推进",
            "重型柴油货车尾气超标排放监管不到位",
            "建立重型柴油车遥感监测和路检路查机制",
            "市交通局",
            "2024年第三季度",
            "未整改",
        ],
        [
            "5",
            "长期坚持",
            "工业企业无组织排放治理效果存在反复",
            "常态化开展工业企业无组织排放执法检查",
            "市工信委",
            "长期坚持",
            "长期坚持，常态化开展执法检查",
        ],
        [
            "6",
            "短期攻坚",
            "秸秆禁烧网格化监管责任未压实",
            "落实乡村两级网格员巡查责任",
            "华龙区人民政府",
            "2024-06-15",
            "已完成整改",
        ],
    ]
    for i, row in enumerate(rows):
        b.row(ws, 3 + i, row)
    ws.write_string(9, 0, "合计", b.center)
    ws.write_string(9, 1, "", b.cell)
    ws.write_string(9, 2, "6项", b.cell)
    ws.merge_range(9, 3, 9, 6, "已完成3项，正在推进1项，未整改1项，长期坚持1项", b.cell)
    b.line(ws, 11, "填表说明：整改情况按“已完成整改”“正在推进”“未整改”“长期坚持”填写。", 6)
    return b.close()


# =============================================================================================
# 11. 中省环保督察反馈问题整改验收销号核查表: one sheet each for the 中央 and the 省 督察, every
# problem with its 责任单位 and 配合单位, 整改时限, 整改完成情况 and the 验收销号情况 column of a
# district's 验收销号核查 (已验收销号 / 待验收 / 未达销号条件):
# https://www.ylq.gov.cn/zfxxgk/bmxxgk/zfbm/sthjj/ywgz/1907278729380950017.html
# =============================================================================================
SRC_YLQ = "https://www.ylq.gov.cn/zfxxgk/bmxxgk/zfbm/sthjj/ywgz/1907278729380950017.html"


def huanbao_yanshou(path: Path) -> Path:
    b = Book(path)
    sheets = [
        (
            "中央督察反馈问题",
            [
                [
                    "1",
                    "城区建成区仍有燃煤散烧现象",
                    "市生态环境局",
                    "各县区人民政府",
                    "2024年6月30日",
                    "已完成整改",
                    "已验收销号",
                ],
                [
                    "2",
                    "马颊河部分支流水质不能稳定达标",
                    "市水利局",
                    "市生态环境局、清丰县人民政府",
                    "2025年12月31日",
                    "正在整改，已建成人工湿地1处",
                    "未达销号条件",
                ],
                [
                    "3",
                    "部分废弃矿山生态修复进度滞后",
                    "市国土资源局",
                    "台前县人民政府",
                    "2024年底前",
                    "已完成整改",
                    "待验收",
                ],
            ],
        ),
        (
            "省督察反馈问题",
            [
                [
                    "1",
                    "农村生活垃圾收运体系不健全",
                    "市住建局",
                    "各乡镇人民政府",
                    "2024年9月底",
                    "正在整改",
                    "",
                ],
                [
                    "2",
                    "畜禽养殖禁养区划定后监管不到位",
                    "市畜牧局",
                    "市生态环境局",
                    "长期坚持",
                    "长期坚持",
                    "",
                ],
            ],
        ),
    ]
    for name, rows in sheets:
        ws = b.wb.add_worksheet(name)
        ws.set_column(0, 0, 6)
        ws.set_column(1, 1, 40)
        ws.set_column(2, 3, 22)
        ws.set_column(4, 4, 16)
        ws.set_column(5, 5, 28)
        ws.set_column(6, 6, 14)
        b.line(ws, 0, f"{name}整改验收销号核查表", 6, b.title)
        b.header(
            ws, 1, ["序号", "反馈问题", "责任单位", "配合单位", "整改时限", "整改完成情况", "验收销号情况"]
        )
        for i, row in enumerate(rows):
            b.row(ws, 2 + i, row)
        b.line(
            ws,
            3 + len(rows),
            "核查时间：2024年7月26日　　核查组：市生态环境保护督察整改工作领导小组办公室",
            6,
        )
    return b.close()


# =============================================================================================
# 12. 信访工作台账 of one bureau: 来信编号, 信访类型 (群众来访/电话来访/12345市民热线/部门转入), 接件
# 时间 to the minute, 信访人, 信访内容, 案件地点, 联系电话 and 办理情况 told as a sentence, with the
# 承办科室 (sections only) and the 填报单位 line above, as a guide to keeping a 信访台账 lays it out:
# https://search.52zhanxing.com/guide/xqyxgjn967
# =============================================================================================
SRC_XINFANG = "https://search.52zhanxing.com/guide/xqyxgjn967"


def xinfang_table(path: Path) -> Path:
    b = Book(path)
    ws = b.wb.add_worksheet("7月")
    ws.set_column(0, 1, 12)
    ws.set_column(2, 2, 16)
    ws.set_column(3, 3, 10)
    ws.set_column(4, 4, 44)
    ws.set_column(5, 5, 18)
    ws.set_column(6, 7, 13)
    ws.set_column(8, 8, 44)
    b.line(ws, 0, "信访事项登记办理台账（2024年7月）", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市住房和城乡建设局　　　　　　　　统计截止：2024年7月31日", 8)
    b.header(
        ws,
        2,
        [
            "来信编号",
            "信访类型",
            "接件时间",
            "信访人",
            "信访内容",
            "案件地点",
            "联系电话",
            "承办科室",
            "办理情况",
        ],
    )
    rows = [
        [
            "XF2407-001",
            "群众来访",
            T("2024-07-02 09:20"),
            "周某",
            "反映锦华苑小区3号楼外墙保温层脱落，存在安全隐患",
            "锦华苑小区",
            "139****2617",
            "物业管理科",
            "已于7月3日前往现场调查处理，经处理已完成整改，并将处理情况回复信访人。",
        ],
        [
            "XF2407-002",
            "电话来访",
            T("2024-07-05 15:46"),
            "匿名",
            "反映某开发商未按合同约定时间交房",
            "御景湾项目",
            "",
            "房地产市场科",
            "已约谈开发商，正在协调制定交房计划。",
        ],
        [
            "XF2407-003",
            "12345市民热线",
            T("2024-07-11 10:03"),
            "孙某",
            "反映小区电梯频繁故障，维保单位维修不及时",
            "建业城二期",
            "137****0952",
            "物业管理科",
            "",
        ],
        [
            "XF2407-004",
            "部门转入",
            T("2024-07-18 14:30"),
            "王某等5人",
            "反映农民工工资被拖欠，涉及金额约12万元",
            "城北安置房项目工地",
            "135****7781",
            "建筑市场科",
            "已督促施工企业足额支付，信访人确认已收到工资，事项办结。",
        ],
        [
            "XF2407-005",
            "群众来访",
            T("2024-07-24 11:15"),
            "李某",
            "反映老旧小区改造后雨水管道堵塞，雨天积水严重",
            "胜利路老旧小区",
            "150****3368",
            "城建科",
            "尚未处理，待施工单位进场。",
        ],
    ]
    for i, row in enumerate(rows):
        b.row(ws, 3 + i, row)
    b.line(ws, 9, "登记人：冯晓　　审核人：郭建军", 8)
    return b.close()


# =============================================================================================
# 13. 水利工程稽查发现问题整改台账: the 稽查问题 fields of a water-conservancy inspection app (所属项目,
# 问题分类, 对应科室, 严重程度 as 0/1/2, 问题描述, 整改建议, 时间) and, added by the bureau, 整改期限,
# 整改完成情况 and a 是否销号 column ticked with √, the project cells merged over each project's
# rows, and the severity legend under the table:
# https://github.com/taozi201299/WaterConservancyApp/blob/b264de85e18dfb77a48fccf14e57c474259e3cc9/Syberos/syberosclient/src/main/java/com/syberos/shuili/entity/inspect/InspectProblemInformation.java
# =============================================================================================
SRC_JICHA = "https://github.com/taozi201299/WaterConservancyApp/blob/b264de85e18dfb77a48fccf14e57c474259e3cc9/Syberos/syberosclient/src/main/java/com/syberos/shuili/entity/inspect/InspectProblemInformation.java"


def jicha_table(path: Path) -> Path:
    b = Book(path)
    ws = b.wb.add_worksheet("稽查问题")
    ws.set_column(0, 0, 20)
    ws.set_column(1, 2, 12)
    ws.set_column(3, 3, 9)
    ws.set_column(4, 5, 36)
    ws.set_column(6, 7, 13)
    ws.set_column(8, 8, 22)
    ws.set_column(9, 9, 9)
    b.line(ws, 0, "市水务局水利工程稽查发现问题整改台账", 9, b.title)
    b.header(
        ws,
        1,
        [
            "所属项目",
            "问题分类",
            "对应科室",
            "严重程度",
            "问题描述",
            "整改建议",
            "时间",
            "整改期限",
            "整改完成情况",
            "是否销号",
        ],
    )
    rows = [
        [
            "马颊河综合治理工程",
            "质量管理",
            "建设管理科",
            1,
            "堤防填筑压实度检测频次不足，部分段落未检测",
            "补充检测并完善质量检测台账",
            D("2024-06-05"),
            "2024/6/30",
            "已整改",
            "√",
        ],
        [
            "马颊河综合治理工程",
            "安全管理",
            "建设管理科",
            0,
            "施工现场临边防护栏杆缺失",
            "立即设置防护设施",
            D("2024-06-05"),
            "2024年6月15日",
            "已整改",
            "√",
        ],
        [
            "引黄灌区节水改造项目",
            "资金管理",
            "规划计划科",
            2,
            "工程预付款超合同约定比例支付",
            "核减超付资金，规范资金拨付程序",
            D("2024-06-21"),
            "8月15日前",
            "正在整改，已追回超付款60%",
            "",
        ],
        [
            "引黄灌区节水改造项目",
            "合同管理",
            "规划计划科",
            0,
            "部分分包合同未报建设单位备案",
            "补办分包合同备案手续",
            D("2024-06-21"),
            "2024/7/20",
            "",
            "",
        ],
        [
            "城区防洪排涝工程",
            "进度管理",
            "运行管理科",
            1,
            "排涝泵站设备安装滞后于批准的进度计划",
            "调整施工组织，增加作业面",
            D("2024-07-09"),
            "2024/9/30",
            "未整改",
            "",
        ],
    ]
    for i, row in enumerate(rows):
        b.row(ws, 2 + i, row, b.center, date_format="yyyy-mm-dd")
    # the bureau merged the project cells over each project's rows afterwards
    ws.merge_range(2, 0, 3, 0, "马颊河综合治理工程", b.center)
    ws.merge_range(4, 0, 5, 0, "引黄灌区节水改造项目", b.center)
    b.line(
        ws, 8, "注：严重程度 0-一般，1-严重，2-非常严重；“时间”为稽查时间；已销号问题在“是否销号”栏打“√”。", 9
    )
    return b.close()


# =============================================================================================
# 14. 安全生产检查问题整改情况, one sheet per unit: the 检查问题 fields of an inspection app (问题
# 描述, 整改措施, 整改人, 完成日期, 备注) under each unit's 填报单位 line and the 检查组 line, the
# completion date the only sign of progress besides the 备注:
# https://github.com/guangpu/dzjplatform/blob/14cbbb5d8eee8f49fe563a5b6add77b6379bc4c8/app/src/main/java/com/jingchengsoft/dzjplatform/feature/home/function/hiddencheck/entity/CheckQuestion.java
# =============================================================================================
SRC_CHECKQ = "https://github.com/guangpu/dzjplatform/blob/14cbbb5d8eee8f49fe563a5b6add77b6379bc4c8/app/src/main/java/com/jingchengsoft/dzjplatform/feature/home/function/hiddencheck/entity/CheckQuestion.java"


def anquan_sheets(path: Path) -> Path:
    b = Book(path)
    sheets = [
        (
            "市住建局",
            "填报单位：市住房和城乡建设局",
            "检查日期：2024年7月10日　　检查组：市安委办第二督查组",
            [
                [
                    "1",
                    "龙湖花园三期塔吊基础积水，未设置排水措施",
                    "设置排水沟并抽排积水",
                    "杜伟",
                    D("2024-07-12"),
                    "",
                ],
                ["2", "在建项目脚手架连墙件设置间距过大", "按规范加密连墙件", "杜伟", None, "正在整改"],
            ],
        ),
        (
            "市交通局",
            "填报单位：市交通运输局",
            "检查日期：2024年7月11日　　检查组：市安委办第二督查组",
            [
                [
                    "1",
                    "危险货物运输企业部分车辆动态监控终端离线",
                    "督促企业修复终端并加强监控值守",
                    "韩冬",
                    D("2024-07-15"),
                    "已复查",
                ],
                ["2", "公交场站加油区静电释放装置损坏", "更换静电释放装置", "韩冬", None, ""],
            ],
        ),
        (
            "城关镇",
            "填报单位：城关镇人民政府",
            "检查日期：2024年7月16日　　检查组：市安委办第二督查组",
            [
                [
                    "1",
                    "辖区小作坊集中区消防通道被占用",
                    "清理占道物品，设置警示标识",
                    "马林",
                    D("2024-07-19"),
                    "",
                ],
                ["2", "农贸市场液化气钢瓶露天存放", "设置专用存放间", "马林", None, "未整改"],
            ],
        ),
    ]
    for name, unit_line, check_line, rows in sheets:
        ws = b.wb.add_worksheet(name)
        ws.set_column(0, 0, 6)
        ws.set_column(1, 2, 36)
        ws.set_column(3, 4, 12)
        ws.set_column(5, 5, 14)
        b.line(ws, 0, "安全生产检查发现问题整改情况表", 5, b.title)
        b.line(ws, 1, unit_line, 5)
        b.line(ws, 2, check_line, 5)
        b.header(ws, 3, ["序号", "问题描述", "整改措施", "整改人", "完成日期", "备注"])
        for i, row in enumerate(rows):
            b.row(ws, 4 + i, row, date_format="yyyy年m月d日")
    return b.close()


# =============================================================================================
# 15. 民生实事 and 主题教育检视问题 in one workbook, each sheet the 专项工作 list of a supervision
# system (工作任务, 工作类别, 负责人, 在办人, 开始日期, 预计完成日期, 状态) with the 牵头单位 column the
# office added at the right:
# https://github.com/anHaoRan/xinjiancha-ngsp-web-2018/blob/c9c64137f0e8fb2e081781a54df807e648375e01/src/main/resources/ngsp/src/components/superviseTask/specialWork/tableColumns.js
# =============================================================================================
SRC_SPECIAL = "https://github.com/anHaoRan/xinjiancha-ngsp-web-2018/blob/c9c64137f0e8fb2e081781a54df807e648375e01/src/main/resources/ngsp/src/components/superviseTask/specialWork/tableColumns.js"


def zhuanxiang_two(path: Path) -> Path:
    b = Book(path)
    head = ["工作任务", "工作类别", "负责人", "在办人", "开始日期", "预计完成日期", "状态", "牵头单位"]
    sheets = [
        (
            "民生实事",
            [
                [
                    "新建城市社区嵌入式养老服务中心6个",
                    "民生实事",
                    "韩梅",
                    "许静",
                    D("2024-03-01"),
                    D("2024-10-31"),
                    "进行中",
                    "市民政局",
                ],
                [
                    "改造提升城区老旧供水管网30公里",
                    "民生实事",
                    "郑伟",
                    "刘畅",
                    D("2024-02-15"),
                    D("2024-06-30"),
                    "已完成",
                    "市自来水公司",
                ],
                [
                    "为城乡适龄妇女免费开展“两癌”筛查2万人",
                    "民生实事",
                    "高远",
                    "高远",
                    D("2024-04-01"),
                    D("2024-11-30"),
                    "进行中",
                    "市卫健委",
                ],
                [
                    "新增城区公共停车泊位3000个",
                    "民生实事",
                    "杜鹏",
                    "",
                    D("2024-08-01"),
                    D("2024-12-31"),
                    "未开始",
                    "市城管局",
                ],
            ],
        ),
        (
            "主题教育检视问题",
            [
                [
                    "检视问题：窗口服务“一次性告知”落实不到位，群众反复跑腿",
                    "检视整改",
                    "王海燕",
                    "陈晨",
                    D("2024-05-10"),
                    D("2024-07-15"),
                    "已完成",
                    "市行政服务中心",
                ],
                [
                    "检视问题：惠农补贴发放公示不及时",
                    "检视整改",
                    "李明",
                    "赵倩",
                    D("2024-05-10"),
                    D("2024-08-31"),
                    "进行中",
                    "市农业农村局",
                ],
                [
                    "检视问题：联系服务企业走访频次不够，企业诉求反馈慢",
                    "检视整改",
                    "孙强",
                    "孙强",
                    D("2024-05-10"),
                    None,
                    "常态化推进",
                    "市商务局",
                ],
            ],
        ),
    ]
    for name, rows in sheets:
        ws = b.wb.add_worksheet(name)
        ws.set_column(0, 0, 46)
        ws.set_column(1, 3, 10)
        ws.set_column(4, 5, 13)
        ws.set_column(6, 7, 14)
        b.header(ws, 0, head)
        for i, row in enumerate(rows):
            b.row(ws, 1 + i, row)
    return b.close()


# =============================================================================================
# 16. 政风行风民主评议群众意见整改反馈: the 窗口单位 and 医疗卫生、教育 services a 纪委 评议 covers,
# problems from 明察暗访、问卷测评 and 评议员, 整改时限 counted from the 反馈日期 stated above the
# table, and the 评议员复查意见 column that closes an item, as a county's 民主评议政风行风 work sets out:
# http://jw.cj.gov.cn/P/C/142888.htm
# =============================================================================================
SRC_PINGYI = "http://jw.cj.gov.cn/P/C/142888.htm"


def pingyi_table(path: Path) -> Path:
    b = Book(path)
    ws = b.wb.add_worksheet("整改反馈")
    ws.set_column(0, 0, 6)
    ws.set_column(1, 1, 18)
    ws.set_column(2, 2, 40)
    ws.set_column(3, 3, 12)
    ws.set_column(4, 4, 30)
    ws.set_column(5, 6, 16)
    ws.set_column(7, 8, 20)
    b.line(ws, 0, "2024年政风行风民主评议群众意见整改反馈表（医疗卫生、教育窗口）", 8, b.title)
    b.line(ws, 1, "反馈日期：2024年6月14日　　　　整改时限未注明日期的，自反馈日期起计算。", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "评议对象",
            "群众意见及暗访发现问题",
            "问题来源",
            "整改措施",
            "责任单位",
            "整改时限",
            "整改结果",
            "评议员复查意见",
        ],
    )
    rows = [
        [
            "1",
            "市人民医院门诊大厅",
            "门诊挂号收费窗口高峰时段开放不足，患者排队超过40分钟",
            "明察暗访",
            "高峰时段增开窗口，推广自助机和诊间支付",
            "市卫健委",
            "10个工作日内",
            "基本完成",
            "复查合格",
        ],
        [
            "2",
            "市妇幼保健院",
            "儿童保健门诊预约号源不足，周末无法预约",
            "问卷测评",
            "周末增设儿保门诊，号源向线上倾斜",
            "濮阳市妇幼保健院",
            "2024年7月底前",
            "已完成",
            "复查合格",
        ],
        [
            "3",
            "市第一中学",
            "学校食堂饭菜价格偏高，学生满意度低",
            "评议员反馈",
            "引入第三方评估，公示饭菜成本和定价",
            "市教育局",
            "2024年第三季度",
            "正在整改",
            "",
        ],
        [
            "4",
            "市医保服务大厅",
            "异地就医备案办理需提交纸质材料，线上渠道不畅",
            "明察暗访",
            "开通线上备案渠道，取消纸质材料",
            "市医保局",
            "10个工作日内",
            "",
            "",
        ],
        [
            "5",
            "华龙区中心幼儿园",
            "入园报名信息公开不及时，家长咨询电话无人接听",
            "问卷测评",
            "在区政府网站及时公开报名信息，安排专人接听",
            "华龙区人民政府",
            "2024年7月31日",
            "未整改",
            "",
        ],
    ]
    for i, row in enumerate(rows):
        b.row(ws, 3 + i, row)
    b.line(ws, 9, "濮阳市纪委监委纠风室　　　2024年7月30日", 8, b.right)
    return b.close()


# ---------------------------------------------------------------------------------------------
def build() -> list[Path]:
    return [
        yingshang_tasks(HERE / "营商环境攻坚任务台账导出（2024-07-31）.xlsx"),
        dubanjian_cards(HERE / "电子监察督办件办理情况（7月）.xlsx"),
        huozai_xls(HERE / "火灾风险排查表（市社会福利院）.xls"),
        shipin_ods(HERE / "食品经营单位检查整改信息（7月）.ods"),
        wenkong_ledger(HERE / "重点信访事项稳控化解台账（7月）.xlsx"),
        renda_wps(HERE / "人大代表建议交办办理情况表（第二批）.wps"),
        xiaoneng_csv(HERE / "效能投诉件导出_20240731.csv"),
        rexian_txt(HERE / "12345热线交办工单明细（2024年7月）.txt"),
        xuncha_table(HERE / "市农委党组巡察整改情况明细表.xlsx"),
        shenji_table(HERE / "大气污染防治专项审计调查问题整改情况表.xlsx"),
        huanbao_yanshou(HERE / "中省环保督察反馈问题整改验收销号核查表.xlsx"),
        xinfang_table(HERE / "信访事项登记办理台账（市住建局7月）.xlsx"),
        jicha_table(HERE / "水利工程稽查发现问题整改台账.xlsx"),
        anquan_sheets(HERE / "安全生产检查发现问题整改情况（分单位）.xlsx"),
        zhuanxiang_two(HERE / "民生实事及主题教育检视问题推进表.xlsx"),
        pingyi_table(HERE / "政风行风民主评议群众意见整改反馈表.xlsx"),
    ]


if __name__ == "__main__":
    for p in build():
        print(p.name)

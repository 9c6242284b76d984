"""Regenerate the dev5 part of the intake corpus (python tests/data/corpus/dev5/make_dev5.py).

Fifteen returns of inspection-type campaigns (安全生产隐患排查, 消防检查, 食品安全检查, 环保督察整改,
巡检/暗访, 审批/政务服务, 工程项目/民生实事进度, 校园/医院检查), each copying the kind of table a public
source shows (the source is cited next to each layout and repeated in expected.json), none of them used
by the other parts. The contents (problems, names, dates) are made up; the layouts, header words,
preambles and status wordings follow the sources.

What a person reads in each file is in expected.json beside this script, written by hand by the rules
of tests/data/corpus/README.md (statistics date 2024-07-31), never filled from the tool's output.

Workbooks are written with XlsxWriter (shared strings, as Excel writes them) with a fixed created date;
the two .xls returns are LibreOffice conversions (soffice --headless --convert-to) of a workbook written
here, so LibreOffice must be installed. The .docx is written with python-docx (member timestamps fixed),
the .csv in GBK as a system exports it.
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
        self.head = add(
            {"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True}
        )
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.group = add({"bold": True, "border": 1, "valign": "vcenter", "text_wrap": True})
        self.label = add({"bold": True, "border": 1, "align": "center", "valign": "vcenter"})
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "align": "center", "valign": "vcenter"})
        self.cn_day = add(
            {"border": 1, "num_format": 'yyyy"年"m"月"d"日"', "align": "center", "valign": "vcenter"}
        )
        self.general = add({"border": 1, "align": "right", "valign": "vcenter"})

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
            ws.write_datetime(r, c, v, fmt if fmt not in (self.cell, self.center) else self.day)
        elif isinstance(v, date):
            day = fmt if fmt not in (self.cell, self.center) else self.day
            ws.write_datetime(r, c, datetime(v.year, v.month, v.day), day)
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

    def widths(self, ws, widths: list[float]) -> None:
        for c, w in enumerate(widths):
            ws.set_column(c, c, w)


def convert(source: Path, suffix: str, target: Path) -> Path:
    """LibreOffice --convert-to, the way an office's older copy comes out."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is needed to write the .xls returns")
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
    """Rewrite a zip-based file (.docx) with fixed member timestamps, so that it is reproducible."""
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
# 1. 安全生产隐患排查: the 隐患清单 of a risk/hazard reporting system, one hazard with one or more
# 等效措施, each measure with its own 责任人 / 整改时限 / 措施实施情况跟踪 / 治理结果情况跟踪, the hazard's
# own columns (主体单位, 月份, 填报人, 隐患名称, 编号, 发现时间, 来源, 等级, 监管单位, 原因分析) merged down
# over its measures, 治理效果验证标准 / 整改进展 / 备注 after them:
# https://github.com/shaunqin/QRisk-frontend/blob/263ae4ebf298a60ccb59b43e3776924b4064403a/src/views/hazardsInvestigation/safetyHazardsReport/components/hazardsList/mine.vue
# 主体单位 is the enterprise that must act; 监管单位 is the department that supervises it.
HAZARD_HEADER = [
    "序号",
    "主体单位",
    "月份",
    "填报人",
    "隐患名称",
    "编号",
    "发现时间",
    "来源",
    "等级",
    "监管单位",
    "原因分析",
    "等效措施",
    "责任人",
    "整改时限",
    "措施实施情况跟踪",
    "治理结果情况跟踪",
    "治理效果验证标准",
    "整改进展",
    "备注",
]
HAZARDS = [
    {
        "head": [
            "濮阳市燃气有限公司",
            "2024-07",
            "韩冬",
            "城东门站调压撬区可燃气体探测器失效",
            "YH-202407-001",
            date(2024, 7, 3),
            "企业自查",
            "一般隐患",
            "市城市管理局",
            "探测器超期使用，未按期标定",
        ],
        "measures": [
            ["更换失效探测器3台", "李强", date(2024, 7, 10), "已更换", "标定合格"],
            ["探测器报警信号接入SCADA系统联动", "王伟", date(2024, 7, 25), "已接入", "联动测试正常"],
        ],
        "tail": ["报警值符合GB/T 50493要求", "已完成", ""],
        "blank_after": False,
    },
    {
        "head": [
            "国网濮阳供电公司",
            "2024-07",
            "马骏",
            "110kV开州变电站电缆沟积水，电缆长时间浸泡",
            "YH-202407-002",
            date(2024, 7, 8),
            "汛期专项检查",
            "一般隐患",
            "市发展改革委",
            "电缆沟排水不畅，盖板破损渗漏",
        ],
        "measures": [
            ["抽排积水，封堵渗漏点，更换破损盖板", "赵磊", "2024.8.15", "积水已抽排，渗漏点封堵施工中", ""],
        ],
        "tail": ["电缆沟内无积水，绝缘测试合格", "整改中", "汛期加密巡视"],
        "blank_after": True,
    },
    {
        "head": [
            "濮阳市龙丰纸业有限公司",
            "2024-07",
            "孙涛",
            "制浆车间有限空间作业未执行作业审批",
            "YH-202407-003",
            date(2024, 7, 11),
            "执法检查",
            "一般隐患",
            "市应急管理局",
            "有限空间管理制度未落实到班组",
        ],
        "measures": [
            ["建立有限空间台账，设置警示标识", "孙涛", date(2024, 7, 18), "已完成", "已复查"],
            ["组织作业人员有限空间专项培训", "孙涛", date(2024, 7, 31), "培训计划已制定", ""],
        ],
        "tail": ["作业审批执行率100%", "部分完成", ""],
        "blank_after": False,
    },
    {
        "head": [
            "市自来水公司",
            "2024-07",
            "周敏",
            "二水厂加氯间泄漏报警装置未定期校验",
            "YH-202407-004",
            date(2024, 7, 15),
            "企业自查",
            "一般隐患",
            "市水利局",
            "校验计划未纳入年度设备维护",
        ],
        "measures": [
            ["委托第三方校验并建立校验台账", "周敏", date(2024, 7, 22), "未开展", ""],
        ],
        "tail": ["报警装置校验合格", "未整改", ""],
        "blank_after": True,
    },
    {
        "head": [
            "众意公交公司",
            "2024-07",
            "钱进",
            "北站充电场站充电桩接地电阻超标",
            "YH-202407-005",
            date(2024, 7, 19),
            "专项检查",
            "重大隐患",
            "市交通运输局",
            "接地网腐蚀，未定期检测",
        ],
        "measures": [
            ["停用超标充电桩4台并设置隔离", "钱进", date(2024, 7, 19), "已停用", "已隔离"],
            ["重新敷设接地网并委托检测", "钱进", "2024.9.30", "施工单位已进场", ""],
        ],
        "tail": ["接地电阻≤4Ω", "", "挂牌督办"],
        "blank_after": False,
    },
    {
        "head": [
            "濮阳市燃气有限公司 ",
            "2024-07",
            "韩冬",
            "液化气储配站消防水池液位计损坏",
            "YH-202407-006",
            date(2024, 7, 24),
            "企业自查",
            "一般隐患",
            "市城市管理局",
            "设备老化",
        ],
        "measures": [
            ["更换液位计", "李强", date(2024, 8, 5), "", ""],
        ],
        "tail": ["液位显示准确", "", ""],
        "blank_after": False,
    },
]


def write_hazards(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("隐患清单")
    last = len(HAZARD_HEADER) - 1
    b.widths(ws, [5, 18, 8, 7, 28, 13, 11, 10, 8, 12, 20, 24, 7, 11, 18, 14, 18, 9, 10])
    b.line(ws, 0, "重点企业安全风险隐患排查治理情况汇总表（2024年7月）", last, b.title)
    b.line(
        ws,
        1,
        "填报单位：市应急管理局安全生产基础科　　统计时段：2024年7月1日—7月31日　　报送日期：2024年7月31日",
        last,
    )
    b.row(ws, 2, HAZARD_HEADER, fmt=b.head)
    r = 3
    for n, hazard in enumerate(HAZARDS, start=1):
        span = len(hazard["measures"])
        bottom = r + span - 1
        b.merge(ws, r, 0, bottom, 0, n, b.center)
        for c, v in enumerate(hazard["head"], start=1):
            b.merge(ws, r, c, bottom, c, v, b.center if c in (2, 3, 5, 7, 8) else b.cell)
        for k, measure in enumerate(hazard["measures"]):
            b.row(ws, r + k, measure, first=11)
        for c, v in enumerate(hazard["tail"], start=16):
            b.merge(ws, r, c, bottom, c, v)
        r = bottom + 1
        if hazard["blank_after"]:
            r += 1
    b.line(ws, r, "合计：本月共排查隐患6项（其中重大隐患1项），已完成治理1项。", last)
    b.line(ws, r + 2, "填报人：张丽　　　审核人：刘洋　　　联系电话：0393-8991234", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 工程项目进度: the 年度项目推进汇总 of a municipal works system: 序号 / 建设单位 / 工程名称 / 联系人 /
# 联系方式 / 主要内容 over two header rows, 工程投资（亿元） spanning its sub-columns, 前期计划安排 spanning
# 项目建议书 / 工可 / 初步设计 (dates of steps already taken), then 项目进展情况 / 存在问题 / 改进建议:
# https://github.com/EdwardDan/juyee/blob/80e7d68839cfd196205528e1054ab2c196f56cb9/serverside/java/src/main/webapp/view/query/projectQueryProject/viewProjectData.jsp
# 开工/完工 sit under a 计划工期 group here; 完工 in several spellings; a 合计 row; the 建设单位 by short and
# former names, once with a full-width space inside.
WORKS = [
    [
        "市住建局",
        "濮上路（京开大道—黄河路）道路改造工程",
        "陈立",
        "13903930101",
        "3.2",
        2.10,
        1.80,
        0.00,
        1.35,
        "2023.11",
        "2024.01",
        "2024.02",
        "2024.03",
        "2024.10",
        "华龙区",
        "主体路面已完成，正在实施附属工程，完成形象进度75%",
        "管线迁改协调较慢",
        "建立管线单位周调度",
    ],
    [
        "市城市管理局",
        "老旧小区雨污分流改造工程（一期）",
        "刘海",
        "13903930102",
        "12.6",
        1.20,
        1.20,
        0.30,
        0.90,
        "2023.09",
        "2023.10",
        "2023.12",
        "2024.02",
        "2024年9月",
        "华龙区",
        "已完工，完成投资100%",
        "",
        "",
    ],
    [
        "市水务局",
        "金堤河城区段生态治理工程",
        "王涛",
        "13903930103",
        "5.8",
        3.60,
        0.80,
        0.00,
        0.00,
        "2024.01",
        "2024.04",
        "",
        "2024.09",
        "20241231",
        "示范区",
        "未开工（征地拆迁未启动）",
        "征迁资金未落实",
        "尽快明确征迁主体",
    ],
    [
        "市建委",
        "城市生命线安全工程（燃气管网监测）",
        "张弛",
        "13903930104",
        "—",
        0.95,
        0.60,
        0.10,
        0.22,
        "2023.12",
        "2024.02",
        "2024.03",
        "2024.04",
        "2024/12/31",
        "全市",
        "设备采购招标完成，已安装监测点120个，占计划的40%",
        "",
        "",
    ],
    [
        "市　交通局",
        "G106城区段大修工程",
        "杜宇",
        "13903930105",
        "8.4",
        0.48,
        0.48,
        0.00,
        0.47,
        "2023.10",
        "2023.12",
        "2024.01",
        "2024.03",
        date(2024, 8, 31),
        "华龙区",
        "已完成路面铣刨摊铺，交工验收已通过",
        "",
        "",
    ],
    [
        "华龙区人民政府",
        "胜利路游园提升工程",
        "孔明",
        "13903930106",
        "—",
        0.12,
        0.12,
        0.00,
        0.05,
        "",
        "2024.03",
        "2024.04",
        "2024.05",
        "2024年7月",
        "华龙区",
        "",
        "",
        "",
    ],
]


def write_works(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("项目推进汇总")
    b.widths(ws, [5, 14, 30, 7, 12, 9, 9, 9, 10, 10, 9, 9, 9, 9, 11, 9, 30, 18, 18])
    last = 18
    b.line(ws, 0, "2024年度市政重点工程项目推进汇总", last, b.title)
    b.line(ws, 1, "（截至2024年7月31日）　　　　　　　　　　　　　　　　　　　　投资单位：亿元", last)
    b.line(ws, 2, "报送单位：市重点项目建设推进办公室（设在市住房和城乡建设局）", last)
    top, sub = 3, 4
    for c, word in enumerate(["序号", "建设单位", "工程名称", "联系人", "联系方式", "主要内容\n（公里）"]):
        b.merge(ws, top, c, sub, c, word, b.head)
    b.merge(ws, top, 6, top, 9, "工程投资（亿元）", b.head)
    b.row(
        ws,
        sub,
        ["初设批复\n总投资", "2024年度\n投资计划", "截止至\n2023年底\n累计完成\n投资额", "年度累计\n完成额"],
        first=6,
        fmt=b.head,
    )
    b.merge(ws, top, 10, top, 12, "前期计划安排", b.head)
    b.row(ws, sub, ["项目建议书", "工可", "初步设计"], first=10, fmt=b.head)
    b.merge(ws, top, 13, top, 14, "计划工期", b.head)
    b.row(ws, sub, ["开工", "完工"], first=13, fmt=b.head)
    for c, word in [(15, "所在区县"), (16, "项目进展情况"), (17, "存在问题"), (18, "改进建议")]:
        b.merge(ws, top, c, sub, c, word, b.head)
    r = sub + 1
    for n, w in enumerate(WORKS, start=1):
        b.row(ws, r, [n, *w])
        r += 1
    sums = [round(sum(w[k] for w in WORKS), 2) for k in range(5, 9)]
    b.row(ws, r, ["合计", "", "", "", "", "", *sums, *[""] * 9])
    b.line(
        ws, r + 1, "说明：1.投资单位为亿元；2.项目进展情况截至7月31日；3.计划工期按年度目标责任书填写。", last
    )
    b.line(ws, r + 2, "填报人：赵倩　　　　审核人：孙浩　　　　联系电话：0393-8662117", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 安全生产隐患排查 (system export): the hidden-danger record of an enterprise safety-standardisation
# system (存在问题, 检查人, 检查时间, 隐患类型 预防/纠正, 隐患所在区域/部门, 隐患等级 一般隐患/重大隐患, 整改措施,
# 整改负责人, 要求整改日期, 治理方案, 验收部门, 验收人, 验收时间, 隐患闭环情况 已闭环/未闭环):
# https://github.com/wkfff/ssms/blob/c901f28a3f7760b4e7cb9aa26a1d8447a5eed729/ssms-webapp/src/main/webapp/WEB-INF/views/sys/stdtmp_file_06/view.ftl
# Exported from the city's supervision platform as a GBK CSV, header on line 1, a 企业名称 column in front;
# 隐患所在区域/部门 names a department inside the enterprise; dates as Excel writes them (2024/7/12).
DANGER_HEADER = [
    "企业名称",
    "存在问题",
    "检查人",
    "检查时间",
    "隐患类型",
    "隐患所在区域/部门",
    "隐患等级",
    "整改措施",
    "整改负责人",
    "要求整改日期",
    "治理方案",
    "验收部门",
    "验收人",
    "验收时间",
    "隐患闭环情况",
]
DANGERS = [
    [
        "濮阳市燃气有限公司",
        "中压管线穿越段警示桩缺失12处",
        "刘洋",
        "2024/7/2 9:30",
        "纠正",
        "输配分公司",
        "一般隐患",
        "补设警示桩",
        "李强",
        "2024/7/12",
        "",
        "安全管理部",
        "刘洋",
        "2024/7/11",
        "已闭环",
    ],
    [
        "濮阳市自来水公司",
        "加压泵房配电柜前未铺设绝缘垫",
        "周敏",
        "2024/7/5 14:10",
        "纠正",
        "供水管理所",
        "一般隐患",
        "铺设绝缘垫",
        "杜鹏",
        "2024/7/15",
        "",
        "",
        "",
        "",
        "未闭环",
    ],
    [
        "市公交公司",
        "保修车间地沟照明未使用安全电压",
        "钱进",
        "2024/7/9 10:00",
        "纠正",
        "保修厂",
        "一般隐患",
        "更换36V安全电压照明",
        "钱进",
        "2024/7/19",
        "",
        "安全技术部",
        "刘畅",
        "2024/7/18",
        "",
    ],
    [
        "濮阳市龙丰纸业有限公司",
        "碱回收车间压力容器超期未检",
        "孙涛",
        "2024/7/12 8:45",
        "预防",
        "设备部",
        "重大隐患",
        "委托特检机构定期检验，检验前降压运行",
        "孙涛",
        "2024/8/30",
        "已委托特检院，排定8月中旬检验",
        "",
        "",
        "",
        "未闭环",
    ],
    [
        "国网濮阳供电公司",
        "城南配电室屋顶漏雨",
        "马骏",
        "2024/7/16 15:30",
        "纠正",
        "城区供电中心",
        "一般隐患",
        "屋面防水维修",
        "赵磊",
        "2024/7/26",
        "",
        "",
        "",
        "",
        "未闭环",
    ],
    [
        "濮阳市燃气有限公司",
        "客服中心营业厅灭火器压力不足",
        "刘洋",
        "2024/7/22 9:00",
        "纠正",
        "客户服务中心",
        "一般隐患",
        "更换灭火器",
        "王伟",
        "2024/7/25",
        "已更换6具，剩余2具待采购",
        "",
        "",
        "",
        "未闭环",
    ],
    [
        "濮阳市自来水公司",
        "水质检测室危化品柜未落实双人双锁",
        "周敏",
        "2024/7/26 10:20",
        "预防",
        "水质检测中心",
        "一般隐患",
        "落实双人双锁管理",
        "",
        "2024/8/2",
        "",
        "",
        "",
        "",
        "",
    ],
]


def write_dangers(path: Path) -> Path:
    raw = io.StringIO()
    out = csv.writer(raw, lineterminator="\r\n")
    out.writerow(DANGER_HEADER)
    out.writerows(DANGERS)
    path.write_bytes(raw.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 4. 巡检: the 安全检查记录 list of a transit enterprise's asset-management system (记录编号, 安全隐患单号,
# 发现日期, 检查问题, 检查部门, 检查人, 地点, 位置一, 位置补充说明, 整改措施, 计划完成日期, 整改部门, 整改情况,
# 复查人, 记录状态), exported header-first with 计划完成日期 as bare Excel serial numbers (the date format
# lost in the export) and 发现日期 as text:
# https://github.com/ray98f/eam/blob/0ec13c4250c9a25cff5d25e4fbf1233c07d1c786/src/main/java/com/wzmtr/eam/dto/res/secure/SecureCheckRecordListResDTO.java
# The enterprise appears only in the file and sheet name; 整改部门 are its own sections; 检查部门 is the
# inspector (its own safety department, or the 市交通运输局 enforcement team).
CHECK_HEADER = [
    "记录编号",
    "安全隐患单号",
    "发现日期",
    "检查问题",
    "检查部门",
    "检查人",
    "地点",
    "位置一",
    "位置补充说明",
    "整改措施",
    "计划完成日期",
    "整改部门",
    "整改情况",
    "复查人",
    "记录状态",
]
CHECKS = [
    [
        "JL2024070201",
        "AQ20240702001",
        "2024-07-02",
        "北郊停车场消防通道被营运车辆占用",
        "安全技术部",
        "刘畅",
        "北郊停车场",
        "停车区",
        "东侧消防通道",
        "划设禁停标线，安排专人巡查",
        45485,
        "第一车队",
        "已划线并设置隔离桩",
        "刘畅",
        "已关闭",
    ],
    [
        "JL2024070502",
        "AQ20240705002",
        "2024-07-05",
        "3路公交车车载灭火器过期2具",
        "市交通运输局执法支队",
        "郑凯",
        "城东首末站",
        "车辆",
        "豫J·D3105",
        "更换过期灭火器",
        45488,
        "第三车队",
        "",
        "",
        "待整改",
    ],
    [
        "JL2024071003",
        "AQ20240710003",
        "2024-07-10",
        "保修厂2号举升机安全锁失效",
        "安全技术部",
        "刘畅",
        "保修厂",
        "维修车间",
        "2号工位",
        "更换安全锁总成",
        45493,
        "保修厂",
        "已报修，配件到货后更换",
        "",
        "整改中",
    ],
    [
        "JL2024071504",
        "AQ20240715004",
        "2024-07-15",
        "城东首末站候车亭顶棚破损漏雨",
        "安全技术部",
        "吴昊",
        "城东首末站",
        "候车区",
        "",
        "更换顶棚板材",
        45504,
        "场站管理部",
        "已完成更换",
        "吴昊",
        "已整改",
    ],
    [
        "JL2024071805",
        "AQ20240718005",
        "2024-07-18",
        "夜班驾驶员岗前酒精测试记录不全",
        "市交通运输局执法支队",
        "郑凯",
        "调度中心",
        "",
        "",
        "纳入日常检查，长期坚持",
        "",
        "安全技术部",
        "常态化抽查",
        "",
        "长期坚持",
    ],
    [
        "JL2024072306",
        "AQ20240723006",
        "2024-07-23",
        "北站充电场站应急照明灯不亮",
        "安全技术部",
        "吴昊",
        "北站充电场站",
        "配电室",
        "",
        "更换应急照明灯",
        45514,
        "场站管理部",
        "",
        "",
        "未整改",
    ],
]


def write_checks(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("众意公交公司")
    b.widths(ws, [15, 15, 11, 32, 18, 7, 13, 9, 12, 24, 12, 11, 22, 7, 9])
    b.row(ws, 0, CHECK_HEADER, fmt=b.head)
    for r, values in enumerate(CHECKS, start=1):
        for c, v in enumerate(values):
            b.put(ws, r, c, v, b.general if c == 10 else b.cell)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 消防检查: a city government's notice putting 重大火灾隐患单位 under 挂牌督办 (yellow warning boards hung
# within 5 working days, each unit to 销案 once fixed), the units listed with their county:
# https://yz.voc.com.cn/m/view.php?cid=1&tid=5396
# The fire brigade's progress table on those units: a preamble quoting the notice (its date and its 5个工作日
# rule are no item's deadline), 县（区） merged down over its units, a two-row header 整改进展 over
# 已整改项/总项 (as 3/5) and 进展说明, a 销案情况 closure column, 整改期限 in several spellings, a 合计 row.
# Written as .xls (LibreOffice).
BOARDS = [
    (
        "华龙区",
        [
            [
                "濮阳市新大家发商贸有限公司",
                "自动喷水灭火系统不能正常运行，防火卷帘故障",
                "市政府挂牌",
                "2024年9月30日",
                "3/5",
                "喷淋管网已更换，卷帘电机待更换",
                "未销案",
            ],
            [
                "濮阳市华都国际酒店有限公司",
                "火灾自动报警系统处于故障状态，不能恢复正常运行",
                "市政府挂牌",
                "2024.7.31",
                "4/4",
                "已全部整改",
                "已销案（7月26日）",
            ],
        ],
    ),
    (
        "清丰县",
        [
            [
                "清丰县社会福利中心",
                "疏散楼梯数量不足，住宿区与厨房未进行防火分隔",
                "市政府挂牌",
                "年底前",
                "0/3",
                "整改方案编制中",
                "未销案",
            ],
            [
                "清丰县宏达纺织有限公司",
                "生产车间与仓库未防火分隔，消防车道被占用",
                "县政府挂牌",
                "2024-08-31",
                "",
                "",
                "",
            ],
        ],
    ),
    (
        "南乐县",
        [
            [
                "南乐县金港购物广场有限公司",
                "防火门损坏超过50%，应急照明损坏率超过30%",
                "县政府挂牌",
                "2024年8月15日",
                "0/2",
                "未整改",
                "未销案",
            ],
        ],
    ),
    (
        "濮阳县",
        [
            [
                "濮阳县人民医院",
                "病房楼排烟设施不能正常运行",
                "市政府挂牌",
                "2024年第三季度",
                "1/1",
                "已整改，待验收",
                "",
            ],
        ],
    ),
]


def write_boards(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("整改进展")
    b.widths(ws, [5, 9, 28, 36, 11, 14, 9, 28, 16])
    last = 8
    b.line(ws, 0, "市政府挂牌督办重大火灾隐患整改进展情况表", last, b.title)
    b.line(
        ws,
        1,
        "根据《关于挂牌督办濮阳市新大家发商贸有限公司等6家重大火灾隐患单位的通知》（濮政办函〔2024〕52号，"
        "2024年6月14日印发），各隐患单位应于5个工作日内将警示牌悬挂至单位醒目位置，按期整改销案。现将整改进展报告如下：",
        last,
    )
    b.line(ws, 2, "填报单位：市消防救援支队防火监督处　　　　截至2024年7月31日", last)
    for c, word in [
        (0, "序号"),
        (1, "县（区）"),
        (2, "隐患单位"),
        (3, "重大火灾隐患"),
        (4, "督办层级"),
        (5, "整改期限"),
    ]:
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 6, 3, 7, "整改进展", b.head)
    b.row(ws, 4, ["已整改项/\n总项", "进展说明"], first=6, fmt=b.head)
    b.merge(ws, 3, 8, 4, 8, "销案情况", b.head)
    r, n = 5, 0
    for county, units in BOARDS:
        b.merge(ws, r, 1, r + len(units) - 1, 1, county, b.center)
        for values in units:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, values, first=2)
            r += 1
    b.row(ws, r, ["合计", "", "6家", "", "", "", "", "", "已销案1家"], fmt=b.center)
    b.line(
        ws, r + 1, "注：整改进展栏“3/5”表示该单位5项隐患已整改3项；销案以县级以上人民政府销案文件为准。", last
    )
    b.line(ws, r + 2, "填表人：孟凡　　　　审核人：程锐　　　　联系电话：0393-4412119", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 校园检查: the 学校安全隐患排查台账记录表 schools keep (排查日期, 隐患位置, 隐患类别, 隐患等级, 隐患描述,
# 整改措施, 整改责任人, 整改时限 in the standard terms 立即整改 / 限期整改, 隐患状态 未整改 / 整改中 / 已整改,
# 复查人 / 复查日期 / 复查结果):
# https://www.renrendoc.com/paper/489208962.html
# One sheet per school as each school filled it in, a 汇总 sheet of counts last; the 复查结果 verdict
# outranks a stale 隐患状态; full-width digits in one description.
SCHOOL_HEADER = [
    "序号",
    "排查日期",
    "隐患位置",
    "隐患类别",
    "隐患等级",
    "隐患描述",
    "整改措施",
    "整改责任人",
    "整改时限",
    "隐患状态",
    "复查人",
    "复查日期",
    "复查结果",
]
SCHOOLS = {
    "濮阳市第一中学": [
        [
            1,
            date(2024, 6, 20),
            "教学楼",
            "校舍建筑",
            "一般隐患",
            "教学楼３楼东侧走廊护栏松动",
            "加固护栏立柱",
            "张建",
            "立即整改",
            "已整改",
            "王军",
            date(2024, 6, 21),
            "合格",
        ],
        [
            2,
            date(2024, 6, 20),
            "学生食堂",
            "食堂食品",
            "一般隐患",
            "食堂留样冰箱温度记录缺失",
            "补建温度记录，专人每日记录",
            "李红",
            "限期整改（7日）",
            "整改中",
            "王军",
            date(2024, 7, 2),
            "复查合格",
        ],
        [
            3,
            date(2024, 7, 5),
            "实验楼",
            "消防设施",
            "较大隐患",
            "化学实验室危化品未落实双人双锁管理",
            "更换双锁危化品柜，建立领用登记",
            "赵刚",
            "限期整改（15日）",
            "整改中",
            "",
            "",
            "",
        ],
    ],
    "濮阳市实验小学": [
        [
            1,
            date(2024, 6, 25),
            "校门口",
            "周边环境",
            "一般隐患",
            "校门口道路减速带损毁",
            "协调交警部门修复",
            "陈晨",
            "2024年8月20日前",
            "未整改",
            "",
            "",
            "",
        ],
        [
            2,
            date(2024, 6, 25),
            "操场",
            "体育器材",
            "一般隐患",
            "操场单杠底座锈蚀",
            "除锈加固",
            "陈晨",
            "立即整改",
            "已整改",
            "",
            "",
            "",
        ],
        [
            3,
            date(2024, 7, 10),
            "配电房",
            "电气设备",
            "一般隐患",
            "配电房门锁损坏、无警示标识",
            "更换门锁，张贴警示标识",
            "郭磊",
            "限期整改（3日）",
            "",
            "",
            "",
            "",
        ],
    ],
    "清丰县第一初级中学": [
        [
            1,
            date(2024, 7, 1),
            "宿舍楼",
            "消防设施",
            "一般隐患",
            "学生宿舍楼应急照明灯损坏8盏",
            "更换应急照明灯",
            "马超",
            "限期整改（7日）",
            "已整改",
            "刘芳",
            date(2024, 7, 9),
            "复查不合格，仍有2盏未修复",
        ],
        [
            2,
            date(2024, 7, 1),
            "围墙",
            "校舍建筑",
            "一般隐患",
            "西侧围墙局部倾斜开裂",
            "设置警戒区，拆除重建",
            "马超",
            "2024.8.25",
            "整改中",
            "",
            "",
            "",
        ],
    ],
}


def write_schools(path: Path) -> Path:
    b = Book(path)
    last = len(SCHOOL_HEADER) - 1
    for school, rows in SCHOOLS.items():
        ws = b.sheet(school)
        b.widths(ws, [5, 11, 9, 9, 9, 32, 26, 9, 15, 9, 7, 11, 22])
        b.line(ws, 0, f"{school}校园安全隐患排查整改台账", last, b.title)
        b.line(ws, 1, f"填报单位：{school}（盖章）　　　　排查时段：2024年6月—7月", last)
        b.row(ws, 2, SCHOOL_HEADER, fmt=b.head)
        for r, values in enumerate(rows, start=3):
            b.row(ws, r, values)
        end = 3 + len(rows)
        b.line(ws, end + 1, "排查人：　　　　　分管副校长：　　　　　校长签字：", last)
    ws = b.sheet("汇总")
    b.widths(ws, [22, 12, 10, 10, 10, 10])
    b.line(ws, 0, "校园安全隐患排查整改情况汇总", 5, b.title)
    b.row(ws, 1, ["学校", "排查隐患数", "已整改", "整改中", "未整改", "未填报"], fmt=b.head)
    counts = [
        ["濮阳市第一中学", 3, 2, 1, 0, 0],
        ["濮阳市实验小学", 3, 1, 0, 1, 1],
        ["清丰县第一初级中学", 2, 0, 2, 0, 0],
    ]
    for r, values in enumerate(counts, start=2):
        b.row(ws, r, values, fmt=b.center)
    b.row(ws, 5, ["合计", 8, 3, 3, 1, 1], fmt=b.center)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 食品安全检查: the 食品餐饮监督检查 form of a food-regulation system (基本信息: 被检查单位名称 / 地址 /
# 企业负责人 / 电话 / 许可证编号 / 统一社会信用代码 / 检查时间; 检查人员及执法证件编号, 监管单位; then the
# 监督检查表 with 检查项目 merged down over its numbered points (*4.2 marks a key point), 检查内容, 评价):
# https://github.com/zhangligithup/private-project/blob/799a8154cb8d77fa6b20386fbcc53040ae586600/foodregulation/src/main/webapp/WEB-INF/view/supervisionAndCheck/supervisionAndCheckFood.jsp
# One sheet per inspected business, only the points judged 否 listed, with what was found, the 整改要求
# (当场改正 / 责令N日内改正, counted from the 检查时间) and the 整改情况 the business reported.
FOOD_HEADER = ["检查项目", "序号", "检查内容", "评价", "发现问题", "整改要求", "整改情况"]
FOODS = [
    {
        "sheet": "豫香源酒楼",
        "info": [
            ("被检查单位名称", "濮阳市豫香源餐饮管理有限公司", "地址", "华龙区胜利路186号"),
            ("企业负责人", "王建国", "电话（手机号）", "13939301234"),
            ("许可证编号", "JY24109020012345", "注册号/统一社会信用代码", "91410902MA47X1234K"),
            ("检查时间", date(2024, 7, 8), "监管单位", "市市场监管局华龙分局"),
            ("检查人员", "李敏（执法证号41090012）、赵亮（41090013）", "被检查单位意见", "无异议"),
        ],
        "groups": [
            (
                "4.人员管理",
                [
                    [
                        "*4.2",
                        "从事接触直接入口食品工作的从业人员持有有效的健康证明。",
                        "否",
                        "2名凉菜间厨师健康证过期",
                        "责令3日内改正",
                        "已重新办理健康证",
                    ],
                    [
                        "4.4",
                        "从业人员穿戴清洁的工作衣帽，双手清洁，保持个人卫生。",
                        "否",
                        "后厨1名员工未戴工作帽",
                        "当场改正",
                        "当场已改正",
                    ],
                ],
            ),
            (
                "5.环境卫生",
                [
                    [
                        "5.2",
                        "烹饪场所配置排风设备，定期清洁。",
                        "否",
                        "排油烟罩油污积聚，未定期清洗",
                        "责令7日内改正",
                        "已联系专业清洗公司，排定7月20日清洗",
                    ],
                ],
            ),
        ],
    },
    {
        "sheet": "华宇物业职工食堂",
        "info": [
            ("被检查单位名称", "濮阳市华宇物业服务有限公司职工食堂", "地址", "开州路58号"),
            ("企业负责人", "吴斌", "电话（手机号）", "13839304567"),
            ("许可证编号", "JY34109020056789", "注册号/统一社会信用代码", "91410900MA44Y5678P"),
            ("检查时间", date(2024, 7, 16), "监管单位", "市市场监管局华龙分局"),
            ("检查人员", "李敏（执法证号41090012）、何静（41090017）", "被检查单位意见", ""),
        ],
        "groups": [
            (
                "6.原料控制（含食品添加剂）",
                [
                    [
                        "*6.1",
                        "查验供货者的许可证和食品出厂检验合格证或其他合格证明，企业如实记录有关信息并保存相关凭证。",
                        "否",
                        "进货查验记录不全，缺少3批次猪肉检疫合格证明",
                        "责令10日内改正",
                        "未整改",
                    ],
                    [
                        "6.2",
                        "原料外包装标识符合要求，按照外包装标识的条件和要求规范贮存，并定期检查，及时清理变质或者超过保质期的食品。",
                        "否",
                        "库房发现过期调味料2瓶",
                        "当场改正",
                        "已当场下架销毁",
                    ],
                ],
            ),
            (
                "3.制度管理",
                [
                    [
                        "*3.2",
                        "制定食品安全事故处置方案。",
                        "否",
                        "未制定食品安全事故处置方案",
                        "2024年7月底前",
                        "",
                    ],
                ],
            ),
        ],
    },
    {
        "sheet": "好又多超市",
        "info": [
            ("被检查单位名称", "濮阳市好又多商贸有限公司", "地址", "京开大道中段"),
            ("企业负责人", "邓丽", "电话（手机号）", "13603930987"),
            ("许可证编号", "JY14109020098765", "注册号/统一社会信用代码", "91410902MA45Z9876Q"),
            ("检查时间", date(2024, 7, 22), "监管单位", "市市场监管局华龙分局"),
            ("检查人员", "赵亮（执法证号41090013）、何静（41090017）", "被检查单位意见", "按要求整改"),
        ],
        "groups": [
            (
                "2.信息公示",
                [
                    [
                        "2.3",
                        "在经营场所醒目位置公示量化等级标识。",
                        "否",
                        "量化等级标识未在醒目位置公示",
                        "当场改正",
                        "已公示",
                    ],
                ],
            ),
            (
                "6.原料控制（含食品添加剂）",
                [
                    [
                        "6.2",
                        "散装食品标明食品名称、生产日期或者生产批号、保质期等内容。",
                        "否",
                        "散装食品未标明生产日期和保质期",
                        "责令5日内改正",
                        "正在整改，已补标20种",
                    ],
                ],
            ),
        ],
    },
]


def write_foods(path: Path) -> Path:
    b = Book(path)
    for shop in FOODS:
        ws = b.sheet(shop["sheet"])
        b.widths(ws, [18, 7, 40, 7, 30, 16, 26])
        b.line(ws, 0, "食品餐饮监督检查发现问题整改情况", 6, b.title)
        b.line(ws, 1, "基本信息", 6, b.group)
        r = 2
        for left, value, right, value2 in shop["info"]:
            b.put(ws, r, 0, left, b.label)
            b.merge(ws, r, 1, r, 2, value)
            b.put(ws, r, 3, right, b.label)
            b.merge(ws, r, 4, r, 6, value2, b.cn_day if isinstance(value2, date) else b.cell)
            if isinstance(value, date):
                ws.write_datetime(r, 1, datetime(value.year, value.month, value.day), b.cn_day)
            r += 1
        b.line(ws, r, "监督检查表（不符合项）", 6, b.group)
        r += 1
        b.row(ws, r, FOOD_HEADER, fmt=b.head)
        r += 1
        for group, points in shop["groups"]:
            b.merge(ws, r, 0, r + len(points) - 1, 0, group, b.center)
            for k, point in enumerate(points):
                b.row(ws, r + k, point, first=1)
            r += len(points)
        b.line(ws, r + 1, "被检查单位负责人签字：　　　　　　　　检查人员签字：", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 环保督察整改: a county's report on the 督察反馈问题 still open after several rounds of 督察, counted by
# their standing in set phrases (完成整改并通过验收 / 需长期持续整改 / 正在整改):
# https://www.qj.gov.cn/html/2019/bmdt2_1121/75388.html
# Here the city's 整改进展清单 comes as a Word table: section rows merged across the table, 1-1 / 1-2 item
# numbers, 责任单位 merged down where two problems share it, 整改时限 as 年底前, 长期坚持, a year range, a
# 季度, a month; the same phrases in 整改进展情况, with 进展滞后 and a blank.
ENV_HEADER = ["序号", "反馈问题", "整改目标", "责任单位", "整改时限", "整改进展情况"]
ENV = [
    (
        "一、大气污染防治方面",
        [
            [
                "1-1",
                "城区建筑工地扬尘管控不到位，部分工地裸土未覆盖",
                "工地扬尘治理“六个百分之百”落实到位",
                "市住建局",
                "2024年底前",
                "正在整改，已完成在建工地视频监控接入",
            ],
            [
                "1-2",
                "渣土运输车辆未密闭，沿途撒漏",
                "渣土车全部密闭运输",
                None,
                "长期坚持",
                "完成整改并通过验收，需长期持续整改",
            ],
            [
                "1-3",
                "部分加油站油气回收装置运行不正常",
                "油气回收装置正常运行率100%",
                "市生态环境局",
                "2024年9月底前",
                "完成整改，待验收",
            ],
        ],
    ),
    (
        "二、水污染防治方面",
        [
            [
                "2-1",
                "马颊河部分支流入河排污口未规范整治",
                "入河排污口“查、测、溯、治”全部完成",
                "市环保局",
                "2024-2026年",
                "正在整改：已完成排污口排查，整治完成率35%",
            ],
            [
                "2-2",
                "农村生活污水处理设施建成后运行率低",
                "设施正常运行率达到80%以上",
                "市农委",
                "2025年6月底前",
                "进展滞后",
            ],
            [
                "2-3",
                "城市黑臭水体治理后出现返黑返臭",
                "消除返黑返臭，建立长效机制",
                "市城管局",
                "长期坚持",
                "需长期持续整改",
            ],
            [
                "2-4",
                "清丰县工业园区污水处理厂超负荷运行",
                "完成扩容改造，稳定达标排放",
                "清丰县人民政府",
                "2024年10月",
                "已启动扩容工程前期工作，可研已批复",
            ],
            [
                "2-5",
                "县级饮用水水源保护区内仍有违规建筑未拆除",
                "保护区内违规建筑全部拆除",
                "濮阳县人民政府",
                "2024年第三季度",
                "",
            ],
        ],
    ),
]


def _east_asian(run, font: str = "仿宋_GB2312", size: float = 12, bold: bool = False) -> None:
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)


def _paragraph(doc, text: str, size: float = 16, font: str = "仿宋_GB2312", align=None):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    _east_asian(p.add_run(text), font, size)
    return p


def write_environment(path: Path) -> Path:
    doc = Document()
    props = doc.core_properties
    props.author = "Administrator"
    props.created = CREATED
    props.modified = CREATED
    props.last_modified_by = "Administrator"
    _paragraph(doc, "附件", 16, "黑体")
    _paragraph(
        doc, "省生态环境保护督察“回头看”反馈问题整改进展清单", 20, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER
    )
    _paragraph(doc, "（市生态环境局汇总　截至2024年7月31日）", 14, "楷体_GB2312", WD_ALIGN_PARAGRAPH.CENTER)
    rows = sum(1 + len(items) for _, items in ENV) + 1
    table = doc.add_table(rows=rows, cols=len(ENV_HEADER))
    table.style = "Table Grid"
    for c, text in enumerate(ENV_HEADER):
        _east_asian(table.cell(0, c).paragraphs[0].add_run(text), "黑体", 11, True)
    r = 1
    for section, items in ENV:
        merged = table.cell(r, 0).merge(table.cell(r, len(ENV_HEADER) - 1))
        _east_asian(merged.paragraphs[0].add_run(section), "黑体", 11, True)
        r += 1
        for item in items:
            for c, text in enumerate(item):
                if text is None:
                    table.cell(r - 1, c).merge(table.cell(r, c))
                elif text:
                    _east_asian(table.cell(r, c).paragraphs[0].add_run(text), size=11)
            r += 1
    _paragraph(
        doc, "说明：整改进展情况按“完成整改并通过验收”“正在整改”“需长期持续整改”填写，并简述进展。", 12
    )
    _paragraph(doc, "市生态环境局　　2024年7月31日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    doc.save(str(path))
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 9. 政务服务: a 政务服务中心's 政务大厅工作作风日常巡查制度 with its 巡查记录表 (巡查 of 工作纪律、行为规范、仪容
# 仪表、环境卫生; 提醒告知 first, a 《政务服务催办单》 to the window's unit when not corrected):
# http://www.liaozhong.gov.cn/ztzl/yshj/202309/t20230904_4521290.html
# The record as the centre keeps it: 巡查时间 split into 日期 / 时段 and 处理方式 into 提醒告知 / 下发催办单
# (ticks that are not progress), 整改时限 当日 / 立即 / N个工作日内 counted from the 巡查日期, 整改结果 in
# sentences; the 进驻单位 by short and former names, once with a stray space.
WINDOWS = [
    [
        date(2024, 7, 2),
        "上午",
        "一楼",
        "社保5号窗口",
        "市 人社局",
        "窗口工作人员离岗未放置暂离牌",
        "√",
        "",
        "当日",
        "已当场纠正",
        "李娜",
    ],
    [
        date(2024, 7, 5),
        "下午",
        "二楼",
        "不动产登记综合窗口",
        "不动产登记中心",
        "叫号系统故障，群众排队秩序混乱",
        "",
        "√",
        "3个工作日内",
        "已报修，7月9日厂家更换主机后恢复正常",
        "李娜",
    ],
    [
        date(2024, 7, 11),
        "上午",
        "一楼",
        "办税服务窗口",
        "市地税局",
        "办税窗口人员未佩戴工作牌",
        "√",
        "",
        "当日",
        "第二次巡查仍未佩戴",
        "周楠",
    ],
    [
        date(2024, 7, 16),
        "下午",
        "一楼",
        "公积金窗口",
        "市公积金中心",
        "导办台资料架空缺，办事指南未及时补充",
        "√",
        "",
        "3个工作日内",
        "办事指南正在印制",
        "周楠",
    ],
    [
        date(2024, 7, 23),
        "上午",
        "二楼",
        "医保窗口",
        "市医保局",
        "窗口人员上班时间玩手机",
        "√",
        "",
        "立即",
        "",
        "李娜",
    ],
    [
        date(2024, 7, 29),
        "上午",
        "一楼",
        "车驾管窗口",
        "市交警支队",
        "车驾管窗口一次性告知单缺失",
        "",
        "√",
        "5个工作日内",
        "已补充印制告知单并摆放到位",
        "周楠",
    ],
]


def write_windows(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("7月巡查记录")
    b.widths(ws, [11, 6, 6, 16, 14, 34, 8, 8, 12, 34, 7])
    last = 10
    b.line(ws, 0, "市政务服务中心政务大厅工作作风日常巡查记录表（2024年7月）", last, b.title)
    b.line(
        ws,
        1,
        "巡查人员：中心办公室　　巡查范围：一、二楼所有服务窗口及公共服务区　　巡查形式：不定时随机巡查",
        last,
    )
    top, sub = 2, 3
    b.merge(ws, top, 0, top, 1, "巡查时间", b.head)
    b.row(ws, sub, ["日期", "时段"], fmt=b.head)
    for c, word in [(2, "巡查区域"), (3, "窗口"), (4, "进驻单位"), (5, "发现问题")]:
        b.merge(ws, top, c, sub, c, word, b.head)
    b.merge(ws, top, 6, top, 7, "处理方式", b.head)
    b.row(ws, sub, ["提醒告知", "下发催办单"], first=6, fmt=b.head)
    for c, word in [(8, "整改时限"), (9, "整改结果"), (10, "巡查人")]:
        b.merge(ws, top, c, sub, c, word, b.head)
    for r, values in enumerate(WINDOWS, start=sub + 1):
        b.row(ws, r, values)
        b.put(ws, r, 6, values[6], b.center)
        b.put(ws, r, 7, values[7], b.center)
    end = sub + 1 + len(WINDOWS)
    b.line(
        ws,
        end + 1,
        "备注：对违反工作纪律、经提醒拒不改正的，第一次向窗口所在单位下发《政务服务催办单》，"
        "第二次建议该单位对窗口人员进行调换。",
        last,
    )
    b.line(ws, end + 2, "巡查人签字：　　　　　　　　科室负责人：", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 审批事项: the 卫生行政许可文书 a health-permit system prints, among them the 行政许可技术审查延期通知书
# («请按以上意见补充材料，自补充材料全部提交之日起，…期限15个工作日»), beside the 受理通知书's 20个工作日:
# https://github.com/gmstyy/wfsr/blob/73e4234424a1ae4a49db8202a53fc09a80f4c2cd/WebContent/WEB-INF/views/old/oa/print/permit/e.jsp
# The permit office's register of applications it handles: one sheet per permit class, 申请人 (the
# applicant, not the handling unit) and 许可类型, 办理时限 counted from 受理日期 or from 补充材料提交日期,
# 技术审查意见, 办理状态, 发证日期, the 承办科室 (sections of the sender, named by its former name), a 小计 line
# under each sheet. Written as .xls (LibreOffice).
PERMIT_HEADER = [
    "序号",
    "申请人",
    "许可类型",
    "受理日期",
    "办理时限",
    "技术审查意见",
    "补充材料\n提交日期",
    "办理状态",
    "发证日期",
    "承办科室",
]
PERMITS = {
    "医疗机构类": [
        [
            "濮阳康宁口腔诊所",
            "医疗机构执业登记",
            date(2024, 6, 3),
            "受理之日起20个工作日",
            "",
            "",
            "已发证",
            date(2024, 6, 21),
            "医政医管科",
        ],
        [
            "华龙区仁和中医诊所",
            "医疗机构执业登记（变更）",
            date(2024, 7, 8),
            "受理之日起20个工作日",
            "",
            "",
            "审查中",
            "",
            "中医科",
        ],
        [
            "濮阳市安康护理院",
            "医疗机构设置审批",
            date(2024, 6, 17),
            "自补充材料提交之日起15个工作日",
            "床位设置与功能分区不符，需补充平面布局图",
            date(2024, 7, 15),
            "技术审查延期",
            "",
            "医政医管科",
        ],
        [
            "濮阳惠民医学检验实验室",
            "医疗机构执业登记",
            date(2024, 7, 22),
            "自补充材料提交之日起15个工作日",
            "生物安全二级实验室备案材料不全",
            date(2024, 7, 29),
            "审查中",
            "",
            "医政医管科",
        ],
    ],
    "公共场所类": [
        [
            "濮阳市蓝海游泳馆有限公司",
            "公共场所卫生许可（新办）",
            date(2024, 6, 24),
            "受理之日起20个工作日",
            "",
            "",
            "已发证",
            date(2024, 7, 5),
            "公共卫生科",
        ],
        [
            "濮阳市悦榕酒店管理有限公司",
            "公共场所卫生许可（延续）",
            date(2024, 7, 1),
            "受理之日起20个工作日",
            "集中空调通风系统卫生检测不合格",
            "",
            "已办结（不予许可）",
            "",
            "公共卫生科",
        ],
        [
            "濮阳市丽人美容美发店",
            "公共场所卫生许可（新办）",
            date(2024, 7, 24),
            "受理之日起20个工作日",
            "",
            "",
            "",
            "",
            "公共卫生科",
        ],
        [
            "濮阳市清泉足浴有限公司",
            "公共场所卫生许可（变更）",
            "",
            "受理之日起20个工作日",
            "",
            "",
            "未受理",
            "",
            "公共卫生科",
        ],
    ],
}


def write_permits(path: Path) -> Path:
    b = Book(path)
    last = len(PERMIT_HEADER) - 1
    for sheet, rows in PERMITS.items():
        ws = b.sheet(sheet)
        b.widths(ws, [5, 26, 24, 12, 26, 30, 12, 16, 12, 11])
        b.line(ws, 0, f"卫生行政许可办理情况登记表（{sheet}）", last, b.title)
        b.line(ws, 1, "填报单位：市卫计委行政审批科　　　　登记期间：2024年6月—7月", last)
        b.row(ws, 2, PERMIT_HEADER, fmt=b.head)
        for r, values in enumerate(rows, start=3):
            b.row(ws, r, [r - 2, *values])
        done = sum(1 for v in rows if v[6] in ("已发证",) or str(v[6]).startswith("已办结"))
        end = 3 + len(rows)
        b.line(ws, end, f"小计：登记{len(rows)}件，办结{done}件", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 11. 医院检查: the 住院医师规范化培训评估指标 form of a residency-training system: 评估项目 over 一级指标 /
# 二级指标 / 三级指标（★为核心指标）, the first two merged down over their rows, then 评估内容 … 扣分原因:
# https://github.com/zwye1986/wm_doctor_res/blob/44eb3f1a880215d23abd4272ffd7929d49b5e7c9/pdsci2/src/main/webapp/jsp/eval/base/2016/临床部分/09外科专业基地/2016年住院医师规范化培训评估指标——外科专业基地.jsp
# A hospital's 督导评估反馈问题整改情况 built on it: the indicators kept, 存在问题（扣分原因） and its 整改措施,
# 责任科室 (the hospital's own departments), 完成时限, 整改进展 as words and a percentage.
HOSPITAL = [
    (
        "1.基本条件（20分）",
        [
            (
                "1.1专业基地所在医院条件",
                [
                    [
                        "1.1.10专业基地设备",
                        "腹腔镜模拟训练设备不足，仅1台",
                        "采购腹腔镜模拟训练器2台",
                        "设备科",
                        "2024年9月",
                        "已完成招标，预计8月到货",
                    ],
                ],
            ),
            (
                "1.2协同单位",
                [
                    [
                        "1.2.3轮转时间",
                        "在协同单位轮转时间超过3个月的学员2名",
                        "调整轮转安排，回本院轮转",
                        "科教科",
                        "2024.7.31",
                        "已完成",
                    ],
                ],
            ),
        ],
    ),
    (
        "2.师资条件（15分）",
        [
            (
                "2.1师资情况",
                [
                    [
                        "2.1.1带教医师与培训对象比例★",
                        "部分亚专业每名带教医师带教培训对象超过3名",
                        "增选带教医师12名",
                        "科教科",
                        "第三季度",
                        "完成60%",
                    ],
                ],
            ),
            (
                "2.2师资建设",
                [
                    [
                        "2.2.1师资培训★",
                        "部分亚专业无带教医师参加省级师资培训",
                        "选派带教医师参加省级师资培训",
                        "科教科",
                        "2024年12月底前",
                        "未启动",
                    ],
                ],
            ),
        ],
    ),
    (
        "3.过程管理（30分）",
        [
            (
                "3.1培训制度与落实",
                [
                    [
                        "3.1.5轮转计划★",
                        "轮转计划未严格落实，个别学员轮转科室被临时调整",
                        "严格执行轮转计划，调整须报科教科审批",
                        "科教科",
                        "长期坚持",
                        "长期坚持",
                    ],
                ],
            ),
            (
                "3.3过程考核",
                [
                    [
                        "3.3.1出科考核★",
                        "出科考核缺少技能操作考核评分记录",
                        "补充技能操作考核并规范存档",
                        "普外科",
                        "2024/8/31",
                        "",
                    ],
                ],
            ),
        ],
    ),
]


def write_hospital(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("整改情况")
    b.widths(ws, [16, 18, 22, 34, 30, 9, 13, 22])
    last = 7
    b.line(ws, 0, "濮阳市人民医院住院医师规范化培训基地督导评估反馈问题整改情况表", last, b.title)
    b.line(ws, 1, "填报单位：濮阳市人民医院科教科　　专业基地：外科　　填报日期：2024年7月30日", last)
    b.merge(ws, 2, 0, 2, 2, "评估项目", b.head)
    b.row(ws, 3, ["一级指标", "二级指标", "三级指标\n★为核心指标"], fmt=b.head)
    for c, word in [
        (3, "存在问题\n（扣分原因）"),
        (4, "整改措施"),
        (5, "责任科室"),
        (6, "完成时限"),
        (7, "整改进展"),
    ]:
        b.merge(ws, 2, c, 3, c, word, b.head)
    r = 4
    for first, seconds in HOSPITAL:
        top = r
        for second, rows in seconds:
            b.merge(ws, r, 1, r + len(rows) - 1, 1, second, b.center)
            for k, values in enumerate(rows):
                b.row(ws, r + k, values, first=2)
            r += len(rows)
        b.merge(ws, top, 0, r - 1, 0, first, b.center)
    b.line(ws, r + 1, "医院分管领导签字：　　　　　　　　（医院盖章）", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 12. 暗访: a 创文巩卫 inspection team's report of what it found, community by community and point by point
# (一、… （一）…), each problem ending with its responsible unit in brackets, a point found in order stated
# as such:
# http://www.meipian.cn/4xik109b
# Sent out as a 交办清单 for the units to fill in: 整改情况 and 完成时间 columns, one common rule in the
# preamble (交办之日起5个工作日内), blank rows between places.
SWEEP = [
    (
        "一、胜利路社区",
        [
            ("（一）社区居委会", ["该点位文明创建工作整体良好。"]),
            (
                "（二）背街小巷",
                [
                    [
                        "1.胜利路南三巷门前三包责任落实不到位，杂物乱堆乱放。（责任单位：市城管执法局）",
                        "已清理",
                        date(2024, 7, 17),
                    ],
                    [
                        "2.胜利路南三巷机动车乱停放现象普遍。（责任单位：市交警支队）",
                        "正在整治，已施划停车位",
                        "",
                    ],
                    ["3.巷口公益广告牌褪色破损。（责任单位：华龙区人民政府）", "", ""],
                ],
            ),
        ],
    ),
    (
        "二、建设路农贸市场",
        [
            (
                "",
                [
                    ["1.市场内生鲜区地面积水、卫生差。（责任单位：市市场监督管理局）", "", date(2024, 7, 19)],
                    ["2.市场未设置公平秤。（责任单位：市场监管局）", "未整改", ""],
                    ["3.市场周边流动摊贩占道经营。（责任单位：市城市管理局）", "常态化巡查管控", ""],
                ],
            ),
        ],
    ),
    (
        "三、开州路小区",
        [
            (
                "",
                [
                    ["1.小区楼道内飞线充电。（责任单位：开州街道办事处）", "已整改", date(2024, 7, 18)],
                ],
            ),
        ],
    ),
]


def write_sweep(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("问题清单")
    b.widths(ws, [70, 28, 14])
    last = 2
    b.line(ws, 0, "创建全国文明城市暗访督查发现问题交办清单（第7期）", last, b.title)
    b.line(
        ws,
        1,
        "7月15日，市创文办暗访组对华龙区部分社区、背街小巷、农贸市场进行暗访，共发现问题7个，现交办如下。"
        "请各责任单位于交办之日起5个工作日内整改到位，并将整改情况填入表内报送。",
        last,
    )
    b.line(ws, 2, "交办日期：2024年7月15日", last)
    b.row(ws, 3, ["存在问题", "整改情况", "完成时间"], fmt=b.head)
    r = 4
    for k, (place, points) in enumerate(SWEEP):
        if k:
            r += 1
        b.merge(ws, r, 0, r, last, place, b.group)
        r += 1
        for point, rows in points:
            if point:
                b.merge(ws, r, 0, r, last, point, b.group)
                r += 1
            for values in rows:
                if isinstance(values, str):
                    b.merge(ws, r, 0, r, last, values)
                else:
                    b.row(ws, r, values)
                r += 1
    b.line(ws, r + 1, "注：1.整改情况请如实填写，已整改的注明完成时间；2.本清单同时抄送市纪委监委。", last)
    b.line(ws, r + 2, "市创文办　　2024年7月15日", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 13. 工程项目 (contractor): a city's monthly 建设工程质量安全巡查 notice, the projects inspected with their
# 建设单位 / 施工单位 / 监理单位 and what was ordered (整改, 局部暂缓施工, 行政处罚):
# https://zjw.sh.gov.cn/zjw-ssj/20240520/189b1ac751d64cf49f9d0a5dc15f92f8.html
# The 施工单位's reply sheet to one such inspection: the project block above, a three-row header
# (整改落实情况 → 施工单位填写 / 监理单位填写 → the fields), 处置要求 立即整改 / 限期整改（N日） counted from
# the 巡查日期, the 监理单位复查意见 as the closing verdict.
SITE = [
    [
        "3号塔吊标准节连接螺栓松动",
        "安全",
        "立即整改",
        "全部紧固并复核扭矩",
        "张工",
        date(2024, 7, 9),
        "同意销项",
        "李监理",
    ],
    [
        "外脚手架连墙件设置间距过大",
        "安全",
        "限期整改（7日）",
        "按方案增设连墙件",
        "张工",
        "",
        "整改中，已增设60%",
        "李监理",
    ],
    [
        "地下室顶板钢筋保护层厚度不足",
        "质量",
        "局部暂缓施工，整改完成后报监督站复查",
        "制定返工方案",
        "王工",
        "",
        "未整改",
        "李监理",
    ],
    [
        "施工现场扬尘喷淋设施未开启",
        "文明施工",
        "立即整改",
        "已开启并安排专人管理",
        "刘工",
        date(2024, 7, 9),
        "",
        "",
    ],
    ["特种作业人员持证上岗台账未更新", "安全", "2024年7月20日前整改完毕", "", "", "", "", ""],
    [
        "项目经理未按规定在岗，带班记录缺失",
        "市场行为",
        "限期整改（3日）",
        "已更换项目经理并报备",
        "项目部",
        date(2024, 7, 11),
        "复查通过",
        "李监理",
    ],
]


def write_site(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("整改回复单")
    b.widths(ws, [5, 32, 9, 24, 24, 9, 12, 20, 9])
    last = 8
    b.line(ws, 0, "建设工程质量安全巡查问题整改回复单", last, b.title)
    b.line(ws, 1, "工程名称：濮阳市第三人民医院门诊综合楼工程　　　建设单位：濮阳市第三人民医院", last)
    b.line(ws, 2, "施工单位：濮阳市建工集团有限公司　　　监理单位：河南立信工程管理有限公司", last)
    b.line(ws, 3, "巡查日期：2024年7月9日　　　巡查单位：市住建局建设工程质量安全监督站", last)
    for c, word in [(0, "序号"), (1, "巡查发现问题"), (2, "问题类别"), (3, "处置要求")]:
        b.merge(ws, 4, c, 6, c, word, b.head)
    b.merge(ws, 4, 4, 4, 8, "整改落实情况", b.head)
    b.merge(ws, 5, 4, 5, 6, "施工单位填写", b.head)
    b.merge(ws, 5, 7, 5, 8, "监理单位填写", b.head)
    b.row(ws, 6, ["整改措施", "整改责任人", "完成日期", "复查意见", "复查人"], first=4, fmt=b.head)
    for r, values in enumerate(SITE, start=7):
        b.row(ws, r, [r - 6, *values])
    end = 7 + len(SITE)
    b.line(ws, end + 1, "施工单位（章）：　　　　项目负责人：　　　　日期：2024年7月30日", last)
    b.line(ws, end + 2, "监理单位（章）：　　　　总监理工程师：", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 14. 消防检查: a fire brigade's 火灾隐患单位公示, in the form the notice sets out («经公安消防监督机构依法
# 监督检查，下列单位存在火灾隐患，现公示如下：隐患单位名称及隐患情况 … 详见所出具的法律文书»):
# http://sjz119.com/news/cnews/200441593343.htm
# Here with the 整改情况 as ticks under 已整改 / 正在整改 / 未整改, the 法律文书 and 检查日期 beside, 辖区大队
# (the inspecting brigade), a 小计 row of the ticks.
FIRE = [
    [
        "濮阳市金豪大酒店有限公司",
        "消防控制室值班人员不足，自动喷水灭火系统末端试水装置压力不足",
        "责令限期改正通知书（濮消限字〔2024〕第0312号）",
        date(2024, 7, 3),
        "2024-07-18",
        "√",
        "",
        "",
        "华龙区大队",
    ],
    [
        "濮阳市星光娱乐有限公司",
        "星光KTV安全出口锁闭，疏散通道堆放杂物",
        "当场责令改正",
        date(2024, 7, 5),
        "当场",
        "√",
        "",
        "",
        "华龙区大队",
    ],
    [
        "濮阳恒泰商贸有限公司",
        "仓库与员工宿舍设置在同一建筑内（“三合一”）",
        "责令限期改正通知书（濮消限字〔2024〕第0330号）",
        date(2024, 7, 10),
        "2024年8月31日",
        "",
        "√",
        "",
        "开发区大队",
    ],
    [
        "濮阳市丰源物流有限公司",
        "仓库室内消火栓无水",
        "责令限期改正通知书（濮消限字〔2024〕第0341号）",
        date(2024, 7, 16),
        "20240726",
        "",
        "",
        "√",
        "开发区大队",
    ],
    [
        "清丰县鑫源纺织有限公司",
        "厂房电气线路私拉乱接",
        "责令限期改正通知书（清消限字〔2024〕第0087号）",
        date(2024, 7, 22),
        "2024.8.5",
        "",
        "",
        "",
        "清丰县大队",
    ],
    [
        "濮阳市中原商厦有限公司",
        "防火门闭门器损坏12处",
        "责令限期改正通知书（濮消限字〔2024〕第0356号）",
        date(2024, 7, 25),
        date(2024, 8, 9),
        "",
        "√",
        "",
        "华龙区大队",
    ],
]


def write_fire(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("公示表")
    b.widths(ws, [5, 28, 36, 30, 12, 13, 7, 8, 7, 11])
    last = 9
    b.line(ws, 0, "火灾隐患单位整改情况公示表（2024年7月）", last, b.title)
    b.line(ws, 1, "经消防救援机构依法监督检查，下列单位存在火灾隐患，现将整改情况公示如下：", last)
    b.line(
        ws,
        2,
        "各单位消防安全责任人应认真履行法定职责，剔除火患，保证安全。隐患详情见消防救援机构出具的法律文书。",
        last,
    )
    for c, word in [
        (0, "序号"),
        (1, "隐患单位名称"),
        (2, "隐患情况"),
        (3, "法律文书"),
        (4, "检查日期"),
        (5, "整改期限"),
    ]:
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 6, 3, 8, "整改情况", b.head)
    b.row(ws, 4, ["已整改", "正在整改", "未整改"], first=6, fmt=b.head)
    b.merge(ws, 3, 9, 4, 9, "辖区大队", b.head)
    for r, values in enumerate(FIRE, start=5):
        b.row(ws, r, [r - 4, *values])
        for c in (6, 7, 8):
            b.put(ws, r, c, values[c - 1], b.center)
    end = 5 + len(FIRE)
    b.row(ws, end, ["小计", "", "", "", "", "", 2, 2, 1, ""], fmt=b.center)
    b.line(ws, end + 2, "举报投诉电话：96119", last)
    b.line(ws, end + 3, "濮阳市消防救援支队　　2024年7月31日", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 15. 民生实事进度: a 重点民生实事项目建设指挥部办公室's monthly page per project («1-3月份项目进展：…已开工8个、
# 开工率80%，已完工7个…完成投资248万元、占年度计划的80%。4月份计划：…»):
# http://www.huangshi.gov.cn/ztjj/2023sjss/ncglxg/my6/202305/t20230530_1018268.html
# Gathered into one table: 进展情况 over 1-7月份进展 / 8月份计划, 完成时限 in several wordings and once
# empty where the 8月份计划 text carries the schedule; the 牵头单位 by short and former names.
LIVELIHOOD = [
    [
        "新建改扩建城区公办幼儿园10所",
        "市教育局",
        "新增学位3000个",
        "已开工8所、开工率80%，已完工5所",
        "加快剩余2所开工",
        "2024年8月底前",
    ],
    [
        "建设全民健身示范工程10个",
        "市文广旅局",
        "建成文体广场、健身中心10个",
        "已全部完工，完成率100%，完成投资310万元",
        "做好运行维护",
        "2024年6月底前",
    ],
    [
        "为困难残疾人家庭实施无障碍改造500户",
        "市残联",
        "完成改造500户",
        "已完成改造320户，占年度目标的64%",
        "8月底前完成剩余入户评估，10月底前全部改造完成",
        "",
    ],
    [
        "城区新增公共停车泊位2000个",
        "市城管局",
        "新增泊位2000个",
        "项目选址论证中，已初步确定12处地块",
        "完成选址并启动设计",
        "年底前",
    ],
    [
        "建设社区养老服务中心12个",
        "市民政局",
        "建成12个社区养老服务中心",
        "尚未启动",
        "8月完成选址",
        "2024年第四季度",
    ],
    ["开展适龄妇女免费“两癌”筛查2万人", "市卫健委", "筛查2万人", "", "", "2024年11月"],
]


def write_livelihood(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("1-7月")
    b.widths(ws, [5, 34, 12, 24, 36, 36, 14])
    last = 6
    b.line(ws, 0, "2024年市重点民生实事项目1-7月份进展情况", last, b.title)
    b.line(ws, 1, "来源：市重点民生实事项目建设指挥部办公室　　　时间：2024-07-31", last)
    for c, word in [(0, "序号"), (1, "实事项目"), (2, "牵头单位"), (3, "年度目标")]:
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 5, "进展情况", b.head)
    b.row(ws, 3, ["1-7月份进展", "8月份计划"], first=4, fmt=b.head)
    b.merge(ws, 2, 6, 3, 6, "完成时限", b.head)
    for r, values in enumerate(LIVELIHOOD, start=4):
        b.row(ws, r, [r - 3, *values])
    end = 4 + len(LIVELIHOOD)
    b.line(ws, end + 1, "注：完成时限以年度民生实事目标责任书为准，未填写的以月度计划为准。", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
def build() -> list[Path]:
    out = [
        write_hazards(HERE / "重点企业安全风险隐患排查治理情况汇总表（2024年7月）.xlsx"),
        write_works(HERE / "2024年度市政重点工程项目推进汇总（截至7月31日）.xlsx"),
        write_dangers(HERE / "企业隐患排查治理记录导出_20240731.csv"),
        write_checks(HERE / "众意公交公司安全检查记录导出_20240731.xlsx"),
        write_schools(HERE / "校园安全隐患排查整改台账（三所学校）.xlsx"),
        write_foods(HERE / "食品餐饮监督检查发现问题整改情况（华龙分局7月）.xlsx"),
        write_environment(HERE / "省生态环境保护督察回头看反馈问题整改进展清单.docx"),
        write_windows(HERE / "政务大厅工作作风日常巡查记录表（2024年7月）.xlsx"),
        write_hospital(HERE / "住院医师规范化培训基地督导评估反馈问题整改情况（市人民医院）.xlsx"),
        write_sweep(HERE / "创文暗访督查发现问题交办清单（第7期）.xlsx"),
        write_site(HERE / "建设工程质量安全巡查问题整改回复单（市建工集团）.xlsx"),
        write_fire(HERE / "火灾隐患单位整改情况公示表（2024年7月）.xlsx"),
        write_livelihood(HERE / "2024年市重点民生实事项目1-7月份进展情况.xlsx"),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        book = write_boards(Path(tmp) / "市政府挂牌督办重大火灾隐患整改进展情况表.xlsx")
        out.append(convert(book, "xls", HERE / "市政府挂牌督办重大火灾隐患整改进展情况表.xls"))
        book = write_permits(Path(tmp) / "卫生行政许可办理情况登记表（6-7月）.xlsx")
        out.append(convert(book, "xls", HERE / "卫生行政许可办理情况登记表（6-7月）.xls"))
    return out


if __name__ == "__main__":
    for path in build():
        print(path.name)

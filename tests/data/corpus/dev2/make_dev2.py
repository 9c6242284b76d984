"""Regenerate the dev2 part of the intake corpus (python tests/data/corpus/dev2/make_dev2.py).

Twelve returns whose layouts the dev part lacks, each copying the kind of table a public source shows
(the source is cited next to each layout and repeated in expected.json): label|text blocks one under
another, one 督办单 form per sheet, record cards stacked down a sheet, a header of unfamiliar words, a
header below a long 通知 preamble, two tables in one sheet, 小计/合计 rows with counts (as .xls), a totals
row right under the header (as .ods), an items sheet beside a statistics sheet and a 填表说明 sheet, and
a spread of status words, deadline wordings, event dates and unit spellings. The contents (problems,
names, dates) are made up; the layouts are not ours.

What a person reads in each file is in expected.json beside this script, written by hand by the rules
of tests/data/corpus/README.md, never filled from the tool's output.

Workbooks are written with XlsxWriter (shared strings, as Excel writes them) with a fixed created date;
the .xls and .ods returns are LibreOffice conversions (soffice --headless --convert-to) of a workbook
written here, so LibreOffice must be installed.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
import zipfile
from datetime import date, datetime
from pathlib import Path

import xlsxwriter

HERE = Path(__file__).resolve().parent
CREATED = datetime(2024, 7, 31, 9, 0, 0)


# ---------------------------------------------------------------------------------------------
# A thin layer over XlsxWriter: a workbook with the formats every return uses.
class Book:
    def __init__(self, path: Path):
        self.path = path
        self.book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False})
        self.book.set_properties({"created": CREATED, "author": "Administrator"})
        add = self.book.add_format
        self.title = add({"bold": True, "font_size": 16, "align": "center", "valign": "vcenter"})
        self.sub = add({"bold": True, "font_size": 12, "valign": "vcenter"})
        self.text = add({"text_wrap": True, "valign": "vcenter"})
        self.head = add(
            {"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True}
        )
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.label = add(
            {"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True}
        )
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "valign": "vcenter"})
        self.stamp = add({"border": 1, "num_format": "yyyy-mm-dd hh:mm", "valign": "vcenter"})
        self.card_top = add({"bold": True, "top": 2, "left": 2, "right": 2, "bottom": 1, "valign": "vcenter"})
        self.card = add(
            {"left": 2, "right": 2, "bottom": 1, "top": 1, "text_wrap": True, "valign": "vcenter"}
        )
        self.card_end = add(
            {"left": 2, "right": 2, "bottom": 2, "top": 1, "text_wrap": True, "valign": "vcenter"}
        )

    def sheet(self, name: str):
        return self.book.add_worksheet(name)

    def close(self) -> Path:
        self.book.close()
        return self.path

    # one text merged across columns first..last (a title, a 填报单位 line, a paragraph)
    def line(self, ws, r: int, text: str, last: int, fmt=None, first: int = 0) -> None:
        if last > first:
            ws.merge_range(r, first, r, last, text, fmt or self.text)
        else:
            ws.write_string(r, first, text, fmt or self.text)

    def header(self, ws, r: int, words: list[str]) -> None:
        for c, w in enumerate(words):
            ws.write_string(r, c, w, self.head)

    def row(self, ws, r: int, values: list[object], fmt=None) -> None:
        fmt = fmt or self.cell
        for c, v in enumerate(values):
            self.put(ws, r, c, v, fmt)

    def put(self, ws, r: int, c: int, v: object, fmt) -> None:
        if v is None or v == "":
            ws.write_blank(r, c, None, fmt)
        elif isinstance(v, datetime):
            ws.write_datetime(r, c, v, self.stamp)
        elif isinstance(v, date):
            ws.write_datetime(r, c, datetime(v.year, v.month, v.day), self.day)
        elif isinstance(v, int | float):
            ws.write_number(r, c, v, fmt)
        else:
            ws.write_string(r, c, str(v), fmt)


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
    """Rewrite a zip-based file (.ods) with fixed member timestamps, member order and compression kept,
    so that the file is reproducible byte for byte (LibreOffice stamps each member with the time)."""
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
# 1. 督察反馈问题整改任务, one task per block: labels in column A, text in column B, blocks one under
# another separated by a blank row, as the 整改任务整改结果公示 of a 督察整改 office publishes them
# (整改任务 / 整改目标 / 责任单位 / 整改时限 / 整改结果, task by task): http://nzgx.org/html/ZhengCeFaGui/DiFangFaGui/20181113/551697.html
# A month range, a year range and a county government among the units.
BLOCKS = [
    (
        "（一）城区建筑工地扬尘污染治理",
        "城区部分建筑工地未落实湿法作业，渣土车未密闭运输，道路扬尘反复",
        "市住建局",
        "2024年6月至9月",
        "整改中：已对23个工地完成视频监控接入，剩余8个正在安装",
    ),
    (
        "（二）马颊河入河排污口排查整治",
        "马颊河沿线入河排污口底数不清，部分排污口未设置标识牌",
        "市生态环境局",
        "2024年12月底前",
        "已完成排查建档，正在分类整治",
    ),
    (
        "（三）畜禽养殖废弃物资源化利用",
        "规模以下畜禽养殖场粪污资源化利用率偏低",
        "市农业局",
        "2024年6月30日",
        "已完成整改，资源化利用率提升至82%",
    ),
    (
        "（四）城市污水处理提质增效",
        "城市污水处理厂进水浓度偏低，管网雨污混错接问题突出",
        "市城管局",
        "2024-2026年",
        "",
    ),
    (
        "（五）饮用水水源地保护",
        "县级饮用水水源保护区内仍有违规建筑未拆除",
        "清丰县人民政府",
        "2024年7月31日前",
        "未启动",
    ),
]


def write_blocks(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("整改任务")
    ws.set_column(0, 0, 14)
    ws.set_column(1, 1, 70)
    b.line(ws, 0, "省生态环境保护督察反馈问题整改任务落实情况", 1, b.title)
    b.line(ws, 1, "填报单位：市督察整改办　　　　填报日期：2024年7月30日", 1)
    r = 3
    for task, problem, unit, limit, progress in BLOCKS:
        for label, text in (
            ("整改任务：", task),
            ("问题描述", problem),
            ("责任单位", unit),
            ("整改时限", limit),
            ("整改进展", progress),
        ):
            ws.write_string(r, 0, label, b.label)
            b.put(ws, r, 1, text, b.cell)
            r += 1
        r += 1  # the blank row between blocks
    b.line(ws, r, "填报人：陈晓　　联系电话：0393-8990456", 1)
    return b.close()


# 2. 12345热线督办单, one form per sheet, laid out four columns wide (label | value | label | value, long
# texts across three columns), after the 工单 detail form of
# https://github.com/wukefei2019/lnkhzs/blob/716dcfa37b2a9e2114dfa003a0f663d6e213c036/lnkhzs/WebRoot/lnkhzs/quality/arcDetail.jsp
# (工单流水号, 受理时间, 受理渠道, 负责部门, 整体时限时间, 结单日期, 业务内容, 处理意见): the call time
# (来电时间) and the 督办日期 are events; a 协办单位 stands beside the 承办单位.
FORMS = [
    {
        "sheet": "督办单1",
        "no": "2407020156",
        "call": datetime(2024, 7, 2, 8, 41),
        "channel": "电话",
        "kind": "超期督办",
        "matter": "华龙区胜利路与建设路交叉口东北角供水管道漏水，路面长期积水，市民多次反映未修复",
        "unit": "市自来水公司",
        "helper": "华龙区人民政府",
        "limit": "2024年7月18日前",
        "closed": date(2024, 7, 16),
        "result": "已反馈：7月16日完成漏水管道更换，路面已恢复，来电人表示满意",
        "by": "王芳",
        "on": date(2024, 7, 12),
    },
    {
        "sheet": "督办单2",
        "no": "2407080233",
        "call": datetime(2024, 7, 8, 19, 5),
        "channel": "网站",
        "kind": "重复诉求督办",
        "matter": "绿城花园小区3号楼电梯频繁困人，物业公司拖延维修",
        "unit": "市住建局",
        "helper": "",
        "limit": "7月底前",
        "closed": None,
        "result": "正在协调：已约谈物业公司，电梯维保单位正在更换曳引机部件",
        "by": "王芳",
        "on": date(2024, 7, 15),
    },
    {
        "sheet": "督办单3",
        "no": "2407110078",
        "call": datetime(2024, 7, 11, 10, 27),
        "channel": "电话",
        "kind": "超期督办",
        "matter": "开州路燃气管道改造后入户燃气压力不足，居民无法正常做饭",
        "unit": "濮阳市燃气公司",
        "helper": "",
        "limit": "2024年8月15日",
        "closed": date(2024, 7, 22),
        "result": "已回复",
        "by": "李娜",
        "on": date(2024, 7, 18),
    },
    {
        "sheet": "督办单4",
        "no": "2407190312",
        "call": datetime(2024, 7, 19, 15, 52),
        "channel": "微信",
        "kind": "领导批示督办",
        "matter": "京开大道东侧商户违规搭建彩钢棚占用人行道",
        "unit": "市城管执法局",
        "helper": "华龙区人民政府",
        "limit": "第三季度",
        "closed": None,
        "result": "已移交华龙区人民政府组织拆除",
        "by": "李娜",
        "on": date(2024, 7, 24),
    },
]


def write_forms(path: Path) -> Path:
    b = Book(path)
    for f in FORMS:
        ws = b.sheet(f["sheet"])
        ws.set_column(0, 0, 12)
        ws.set_column(1, 1, 28)
        ws.set_column(2, 2, 12)
        ws.set_column(3, 3, 28)
        b.line(ws, 0, "濮阳市12345政务服务便民热线督办单", 3, b.title)
        b.line(ws, 1, "市12345热线管理中心　　　　　　　　　　　　　　　编号：" + f["no"], 3)
        pairs = [
            ("工单流水号", f["no"], "来电时间", f["call"]),
            ("受理渠道", f["channel"], "督办类型", f["kind"]),
            ("督办事项", f["matter"]),
            ("承办单位", f["unit"], "协办单位", f["helper"]),
            ("办理时限", f["limit"], "结单日期", f["closed"]),
            ("办理结果", f["result"]),
            ("督办人", f["by"], "督办日期", f["on"]),
        ]
        r = 2
        for pair in pairs:
            ws.set_row(r, 36 if len(pair) == 2 else 22)
            ws.write_string(r, 0, pair[0], b.label)
            if len(pair) == 2:
                ws.merge_range(r, 1, r, 3, pair[1] or "", b.cell)
            else:
                b.put(ws, r, 1, pair[1], b.cell)
                ws.write_string(r, 2, pair[2], b.label)
                b.put(ws, r, 3, pair[3], b.cell)
            r += 1
        b.line(ws, r + 1, "（本单一式两份，承办单位办结后将办理结果反馈市12345热线管理中心）", 3)
    return b.close()


# 3. 督察立项事项, one small bordered card per item stacked down the sheet, every cell a “label：value”
# text, after the 督察事项 card of a 督查督办 system,
# https://github.com/PanzerkleinVv/swzzbdbxt/blob/85861785f1d1880f9e154302d655b06292a2e119/WebContent/WEB-INF/views/msg.jsp
# (立项号：, 督察事项：, 立项时间：, 立项依据：, 主办处室：, 协办处室：, 办结时限：, 反馈时间：, 办理情况：).
# 立项时间 and 反馈时间 are events; 协办单位 beside 主办单位.
CARDS = [
    (
        "DC2024-031",
        "国道106线濮阳段大货车超限超载治理",
        "2024年6月5日",
        "市委常委会议纪要〔2024〕12号",
        "市交通局",
        "市交警支队",
        "2024年7月30日",
        "2024年7月26日",
        "已办结。联合治超站已常态化运行，累计查处超限车辆146辆。",
    ),
    (
        "DC2024-036",
        "城区学校周边无证校外培训机构清理",
        "2024年6月12日",
        "市委书记批示",
        "市教育局",
        "市市场监管局",
        "8月底前",
        "2024年7月20日",
        "部分完成：已清理12家，剩余5家正在办理注销",
    ),
    (
        "DC2024-040",
        "农村危房改造补助资金拨付滞后",
        "2024年6月20日",
        "市委常委会议纪要〔2024〕14号",
        "市财政局",
        "市住建局",
        "上半年",
        "",
        "逾期未办",
    ),
    (
        "DC2024-044",
        "市区主干道路灯亮灯率偏低",
        "2024年7月3日",
        "市人大代表意见转办",
        "市城管局",
        "",
        "2024年8月10日",
        "",
        "",
    ),
    (
        "DC2024-047",
        "城乡居民医保电子凭证激活率偏低",
        "2024年7月10日",
        "市委专题会议纪要〔2024〕9号",
        "濮阳市医疗保障局",
        "各县（区）人民政府",
        "9月底前",
        "2024年7月29日",
        "办理中",
    ),
]


def write_cards(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("督察事项")
    ws.set_column(0, 3, 22)
    b.line(ws, 0, "市委督查室督察立项事项办理情况", 3, b.title)
    b.line(ws, 1, "（截至2024年7月30日）", 3)
    r = 3
    for no, matter, started, basis, lead, helper, limit, fed, done in CARDS:
        ws.merge_range(r, 0, r, 3, f"立项号：{no}", b.card_top)
        ws.merge_range(r + 1, 0, r + 1, 3, f"督察事项：{matter}", b.card)
        ws.merge_range(r + 2, 0, r + 2, 1, f"立项时间：{started}", b.card)
        ws.merge_range(r + 2, 2, r + 2, 3, f"立项依据：{basis}", b.card)
        ws.merge_range(r + 3, 0, r + 3, 1, f"主办单位：{lead}", b.card)
        ws.merge_range(r + 3, 2, r + 3, 3, f"协办单位：{helper}", b.card)
        ws.merge_range(r + 4, 0, r + 4, 1, f"办结时限：{limit}", b.card)
        ws.merge_range(r + 4, 2, r + 4, 3, f"反馈时间：{fed}", b.card)
        ws.merge_range(r + 5, 0, r + 5, 3, f"办理情况：{done}", b.card_end)
        ws.set_row(r + 5, 30)
        r += 7  # six card rows and one blank row
    b.line(ws, r, "市委督查室　　2024年7月30日", 3)
    return b.close()


# 4. 12345 转办件 流转登记 of one bureau, the words of its header all unfamiliar (事由, 派发日, 承接科室,
# 反馈节点, 目前态势, 经办): the bureau's 12345 受理工作组 passes each 转办件工单 to a section (局各部门)
# and tracks the reply, after the 局“12345”工作机构 rules of http://fsou.com/html/text/lar/172733/17273310_2.html
# (收到转办件工单, 3个工作日内办结和答复, 承办部门, 办结的工单反馈). Rows name sections; the unit is the
# sending bureau (its 填报单位 line).
ROUTING = [
    [
        1,
        "ZB0701-012",
        "咨询灵活就业人员养老保险缴费基数调整办法",
        date(2024, 7, 1),
        "养老保险科",
        "2024-07-04",
        "已答复",
        "周敏",
    ],
    [
        2,
        "ZB0703-027",
        "反映某建筑公司拖欠农民工工资3个月",
        date(2024, 7, 3),
        "劳动监察科",
        "7月17日前",
        "正在协调",
        "刘洋",
    ],
    [
        3,
        "ZB0708-005",
        "失业保险金申领审核超过承诺时限",
        date(2024, 7, 8),
        "失业保险科",
        "2024-07-19",
        "已办结",
        "赵磊",
    ],
    [
        4,
        "ZB0715-019",
        "职业技能培训补贴迟迟未到账",
        date(2024, 7, 15),
        "职业能力建设科",
        "7月26日前",
        "逾期未办",
        "孙丽",
    ],
    [5, "ZB0722-031", "人事考试报名系统夜间无法登录", date(2024, 7, 22), "信息中心", "8月2日前", "", "周敏"],
    [
        6,
        "ZB0725-008",
        "养老金资格认证提示短信内容有误",
        date(2024, 7, 25),
        "养老保险科",
        "7月30日前",
        "已反馈",
        "周敏",
    ],
]


def write_routing(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("流转登记")
    ws.set_column(0, 7, 15)
    ws.set_column(2, 2, 40)
    b.line(ws, 0, "12345转办件流转登记（2024年7月）", 7, b.title)
    b.line(ws, 1, "填报单位：市人力资源和社会保障局12345受理工作组", 4)
    ws.write_string(1, 6, "报送日期：2024年7月31日")
    b.header(ws, 2, ["序号", "来件编号", "事由", "派发日", "承接科室", "反馈节点", "目前态势", "经办"])
    r = 3
    for values in ROUTING:
        b.row(ws, r, values)
        r += 1
    return b.close()


# 5. 政务公开测评反馈问题整改: the whole 通知 pasted above its attached 整改台账, as a unit sends the
# notice back with the table filled in, after
# http://ncqsh.nc.gov.cn/ncqsh/zwgkjdbz/202306/4a7fe100406f43b58367bb9d5f0ee649.shtml (关于做好…政务公开测评
# 反馈问题整改工作的通知: 逐条整改、销号管理，务必在…前对照问题清单完成整改). The header stands on row 38;
# the notice's own dates are not the items' deadlines.
NOTICE = [
    "濮阳市人民政府办公室",
    "关于做好2024年第二季度政务公开测评反馈问题整改工作的通知",
    "",
    "各县（区）人民政府，市政府各部门：",
    "近期，按照省政务公开考核要求，市政务公开办根据国务院办公厅、省政府办公厅有关政务公开工作文件精神，",
    "委托第三方机构对全市政务公开工作开展情况进行了第二季度测评，发现部分单位不同程度存在栏目更新不及时、",
    "政策解读不同步、依申请公开答复不规范等问题。现将有关事项通知如下：",
    "一、测评基本情况",
    "本次测评覆盖市政府部门42家、县（区）政府6家，测评指标包括主动公开、政策解读、依申请公开、",
    "平台建设4个方面28项，共发现问题137个，其中市直部门89个、县（区）48个。",
    "二、整改要求",
    "（一）提高思想认识。各单位要高度重视，切实提高认识，指定专人负责，对照问题清单逐条整改、销号管理。",
    "（二）明确整改时限。一般性问题务必在7月15日前完成整改；涉及系统改造的问题，在7月31日前完成整改。",
    "（三）举一反三。各单位要对照测评指标全面自查，对同类问题一并整改，防止问题反弹。",
    "（四）严格考核。市政务公开办将于8月上旬开展第二次测评，测评情况纳入年度考评；",
    "因整改不力影响全市工作推进的，将予以通报，并呈送市政府主要领导和分管领导。",
    "三、报送要求",
    "请各单位于7月31日前将整改情况按附件格式报送市政务公开办。整改情况栏请如实填写已整改、正在整改或未整改，",
    "并简要说明整改措施；已整改的问题请附整改前后网页截图。",
    "联系人：李静，联系电话：0393-8990316，电子邮箱：pyzwgk@163.com。",
    "",
    "附件：2024年第二季度政务公开测评反馈问题整改台账",
    "",
    "濮阳市人民政府办公室",
    "2024年6月20日",
    "（此件公开发布）",
    "",
    "填表说明：",
    "1.“整改时限”按通知要求填写，涉及系统改造的可适当延后，但不得晚于7月31日；",
    "2.“整改情况”填写已整改、正在整改、未整改，并简要说明；",
    "3.本表由各单位政务公开工作机构汇总填报，经单位主要负责人审核后报送。",
    "",
    "附件",
    "2024年第二季度政务公开测评反馈问题整改台账",
    "填报单位：市政务公开办（汇总）　　　　　　　　　　填报日期：2024年7月29日",
    "",
    "",
]
OPENNESS_HEADER = ["序号", "单位", "测评栏目", "存在问题", "整改要求", "整改时限", "整改情况", "备注"]
OPENNESS = [
    [
        1,
        "市发改委",
        "重大建设项目",
        "重大建设项目批准和实施信息未按季度更新",
        "按季度更新项目信息",
        "7月15日前",
        "已整改，已补充发布二季度项目信息",
        "",
    ],
    [
        2,
        "市教育局",
        "政策解读",
        "义务教育招生入学政策解读未与政策文件同步发布",
        "政策文件与解读同步发布",
        "7月15日前",
        "已完成",
        "",
    ],
    [
        3,
        "市卫健委",
        "主动公开",
        "医疗机构执业许可信息公开链接失效",
        "修复链接并定期巡检",
        "2024年7月20日",
        "正在整改，已联系省平台修复链接",
        "",
    ],
    [
        4,
        "市国土资源局",
        "征地信息",
        "征地信息公开栏目近一年未更新",
        "补充公开征地批复及补偿安置方案",
        "7月31日前",
        "见附件",
        "",
    ],
    [
        5,
        "市民政局",
        "政策文件",
        "社会救助政策文件未标注有效性",
        "逐件标注文件有效性",
        "7月15日前",
        "未整改",
        "",
    ],
    [
        6,
        "市医保局",
        "依申请公开",
        "依申请公开答复书未告知救济途径",
        "规范答复书格式",
        "7月31日前",
        "已纳入计划，拟于8月修订答复书模板",
        "涉及系统改造",
    ],
]


def write_notice(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("Sheet1")
    ws.set_column(0, 0, 6)
    ws.set_column(1, 2, 14)
    ws.set_column(3, 4, 34)
    ws.set_column(5, 7, 16)
    last = len(OPENNESS_HEADER) - 1
    for r, text in enumerate(NOTICE):
        if not text:
            continue
        fmt = b.title if r in (0, 1) or text == "2024年第二季度政务公开测评反馈问题整改台账" else b.text
        b.line(ws, r, text, last, fmt)
    r = len(NOTICE)
    assert r >= 34, "the header must stand on row 35 or later"
    b.header(ws, r, OPENNESS_HEADER)
    for values in OPENNESS:
        r += 1
        b.row(ws, r, values)
    return b.close()


# 6. 会议确定事项落实情况: two tables one under the other in one sheet, 已办结事项 then 未办结事项, each with
# its own title line and its own header, as a 督查室's 通报 of 会议确定事项 splits them
# (已完成 … 正在办理 …; 进展滞后 … 实行“蓝、黄、红”三单预警督办): https://www.zhp.gov.cn/Content-2244518.html
# Deadlines as 上半年, 6月底前, a schedule text and 第三季度; status words 待验收, 暂缓, 办理中.
DONE_HEADER = ["序号", "会议名称", "确定事项", "牵头单位", "办结时限", "办结时间", "办理结果"]
DONE = [
    [
        1,
        "第3次市长办公会议",
        "研究城区集中供热管网改造有关事宜",
        "市住建局",
        "上半年",
        date(2024, 6, 28),
        "已完成12公里老旧管网改造",
    ],
    [
        2,
        "第4次市长办公会议",
        "研究中心城区公共停车场建设运营有关事宜",
        "市城管局",
        "2024年7月15日",
        date(2024, 7, 12),
        "已出台公共停车场建设运营管理办法",
    ],
    [
        3,
        "第4次市长办公会议",
        "研究全市粮食仓储设施维修改造有关事宜",
        "市发展改革委",
        "6月底前",
        date(2024, 6, 25),
        "已办结",
    ],
]
OPEN_HEADER = ["序号", "会议名称", "确定事项", "牵头单位", "配合单位", "完成时限", "目前进展", "未办结原因"]
OPEN = [
    [
        1,
        "第2次市长办公会议",
        "推进产业集聚区污水处理厂扩建工程",
        "市生态环境局",
        "市住建局",
        "一季度完成方案，年底前全部完成",
        "方案已批复，正在协调用地指标",
        "用地指标未落实",
    ],
    [
        2,
        "第3次市长办公会议",
        "谋划城乡公交一体化改革",
        "市交通运输局",
        "市财政局",
        "第三季度",
        "暂缓",
        "待省级试点政策明确",
    ],
    [
        3,
        "第5次市长办公会议",
        "推进市体育中心全民健身场馆改造",
        "市文广新局",
        "市财政局",
        "9月底前",
        "待验收：主体工程已完工，待组织竣工验收",
        "",
    ],
    [
        4,
        "第5次市长办公会议",
        "研究老旧小区加装电梯财政补贴政策",
        "市财政局",
        "市住建局",
        "2024年8月31日",
        "办理中",
        "",
    ],
]


def write_two_tables(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("落实情况")
    ws.set_column(0, 0, 6)
    ws.set_column(1, 1, 18)
    ws.set_column(2, 2, 36)
    ws.set_column(3, 7, 18)
    b.line(ws, 0, "2024年市长办公会议确定事项落实情况表", 7, b.title)
    b.line(ws, 1, "市政府督查室　　　　　　　　　　　　　　　　　　　　截至2024年7月31日", 7)
    b.line(ws, 3, "一、已办结事项（3项）", 7, b.sub)
    b.header(ws, 4, DONE_HEADER)
    r = 5
    for values in DONE:
        b.row(ws, r, values)
        r += 1
    r += 1
    b.line(ws, r, "二、未办结事项（4项）", 7, b.sub)
    b.header(ws, r + 1, OPEN_HEADER)
    r += 2
    for values in OPEN:
        b.row(ws, r, values)
        r += 1
    b.line(ws, r + 1, "注：未办结事项实行“蓝、黄、红”三单预警督办，直至办结销号。", 7)
    return b.close()


# 7. 安全生产大检查发现问题整改汇总 with counts in several columns, a 小计 row after each unit's group
# (the unit merged down over it) and a 合计 row (merged over two columns) at the foot, after the 隐患排查
# statistics table of an 安监 system, https://github.com/bttkkrt/scysuper/blob/e706d287700ff11d289c16f118ce7e47f7f9b154/WebRoot/WEB-INF/pages/commonTrouble/CommoTrouble_dataXz.jsp
# (查出隐患数, 完成隐患数, 隐患整改率 … and a 合计 row). Saved as Excel 97 (.xls). The former name 市安监局; one
# row with counts, measures and a deadline but no problem written; “2024.9” as a deadline; 检查日期 an event.
SAFETY_HEADER = [
    "序号",
    "责任单位",
    "检查日期",
    "检查发现问题",
    "问题数（处）",
    "已整改（处）",
    "未整改（处）",
    "整改时限",
    "整改情况",
]
SAFETY_GROUPS = [
    (
        "市安监局",
        [
            [
                1,
                date(2024, 6, 12),
                "危化品企业重大危险源在线监测数据接入率不足",
                3,
                3,
                0,
                "2024年6月30日",
                "已整改",
            ],
            [2, date(2024, 6, 12), "部分烟花爆竹批发仓库防雷装置检测过期", 2, 1, 1, "2024.9", "部分完成"],
        ],
    ),
    (
        "市住建局",
        [
            [3, date(2024, 6, 18), "在建工地塔吊未按规定进行定期检测", 4, 4, 0, "7月20日前", "已整改"],
            [4, date(2024, 6, 18), "", 1, 0, 1, "8月底前", "正在整改，已责令施工单位停工整改"],
            [5, date(2024, 7, 2), "城镇燃气管道老化更新改造进度滞后", 6, 2, 4, "2024年6月至12月", "正在整改"],
        ],
    ),
    (
        "市交通局",
        [
            [6, date(2024, 7, 9), "农村公路临水临崖路段防护设施缺失", 3, 0, 3, "年底前", "未启动"],
        ],
    ),
]


def write_safety(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("汇总表")
    ws.set_column(0, 2, 12)
    ws.set_column(3, 3, 40)
    ws.set_column(4, 8, 14)
    last = len(SAFETY_HEADER) - 1
    b.line(ws, 0, "2024年安全生产大检查发现问题整改情况汇总表", last, b.title)
    b.line(ws, 1, "填报单位：市安委会办公室　　　　　　　　　　　　　　　　填报日期：2024年7月30日", last)
    b.header(ws, 2, SAFETY_HEADER)
    r = 3
    total = [0, 0, 0]
    for unit, rows in SAFETY_GROUPS:
        first = r
        sums = [0, 0, 0]
        for no, checked, problem, n, done, left, limit, progress in rows:
            b.row(ws, r, [no, unit, checked, problem, n, done, left, limit, progress])
            sums = [sums[0] + n, sums[1] + done, sums[2] + left]
            r += 1
        if r - 1 > first:  # the unit merged down over its rows
            ws.merge_range(first, 1, r - 1, 1, unit, b.cell)
        b.row(ws, r, ["", "小计", "", "", *sums, "", ""])
        total = [t + s for t, s in zip(total, sums, strict=True)]
        r += 1
    b.row(ws, r, [None, None, "", "", *total, "", ""], b.head)
    ws.merge_range(r, 0, r, 1, "合计", b.head)
    b.line(ws, r + 2, "填表人：高峰　　审核人：马丽　　联系电话：0393-8321567", last)
    return b.close()


# 8. 政协提案办理情况 with its totals row at the TOP, right under the header, as a motions system shows a
# unit's counts (已答复提案 … 件, 已反馈提案 … 件, 待办提案 … 件, 在办提案 … 件, 共收到需办理提案 … 件) above
# the list: https://github.com/kelvinBen/ei/blob/b4af2be1f73da3e14ce9ff0ad253b0ffaddaab88/src/main/webapp/jsp/proposal/deptlist.jsp
# Saved as OpenDocument (.ods). The proposer beside the handling unit; status words 已答复/已反馈/在办/
# 办理中/待办; the former name 市卫计委 and short names.
PROPOSAL_HEADER = [
    "序号",
    "提案号",
    "提案人",
    "案由",
    "承办单位",
    "交办日期",
    "办复期限",
    "办理状态",
    "答复时间",
]
PROPOSALS = [
    [
        1,
        "第1023号",
        "张立新",
        "关于加快城区断头路打通的提案",
        "市住建局",
        date(2024, 4, 20),
        date(2024, 7, 20),
        "已答复",
        date(2024, 6, 18),
    ],
    [
        2,
        "第1031号",
        "民建濮阳市委",
        "关于规范城区共享单车停放管理的提案",
        "市城管局",
        date(2024, 4, 20),
        date(2024, 7, 20),
        "已答复",
        date(2024, 7, 2),
    ],
    [
        3,
        "第1046号",
        "王红",
        "关于提升乡镇卫生院服务能力的提案",
        "市卫计委",
        date(2024, 4, 20),
        date(2024, 7, 20),
        "已反馈",
        date(2024, 6, 27),
    ],
    [
        4,
        "第1058号",
        "九三学社濮阳市委",
        "关于发展县域冷链物流的提案",
        "市商务局",
        date(2024, 4, 20),
        date(2024, 7, 20),
        "在办",
        None,
    ],
    [
        5,
        "第1062号",
        "刘海燕",
        "关于加强中小学生心理健康教育的提案",
        "市教育局",
        date(2024, 4, 20),
        date(2024, 7, 20),
        "办理中",
        None,
    ],
    [
        6,
        "第1075号",
        "李卫国等4人",
        "关于加强黄河湿地生态保护的提案",
        "市自然资源局",
        date(2024, 4, 20),
        date(2024, 7, 20),
        "待办",
        None,
    ],
    [
        7,
        "第1089号",
        "民进濮阳市委",
        "关于完善城市应急避难场所的提案",
        "市应急局",
        date(2024, 4, 20),
        date(2024, 7, 20),
        "已答复",
        date(2024, 7, 10),
    ],
]
PROPOSAL_TOTALS = [
    "合计",
    "",
    "",
    "共收到需办理提案7件：已答复3件，已反馈1件，在办2件，待办1件",
    "",
    "",
    "",
    "",
    "",
]


def write_proposals(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("提案办理")
    ws.set_column(0, 2, 14)
    ws.set_column(3, 3, 40)
    ws.set_column(4, 8, 14)
    last = len(PROPOSAL_HEADER) - 1
    b.line(ws, 0, "市政协十届三次会议提案办理情况", last, b.title)
    b.line(ws, 1, "市政府督查室　　　　　　　　　　　　　　　　　　统计日期：2024年7月31日", last)
    b.header(ws, 2, PROPOSAL_HEADER)
    b.row(ws, 3, PROPOSAL_TOTALS, b.head)
    r = 4
    for values in PROPOSALS:
        b.row(ws, r, values)
        r += 1
    return b.close()


# 9. 市长信箱来信办理情况: the letters on one sheet, a statistics sheet (承办单位 | 来信数 | 已办结 | 在办 |
# 超时未办 | 办结率, rows that are NOT items) and a 填表说明 sheet, after the monthly report of
# http://www.hanzhong.gov.cn/hzszf/hdjl/12345rx/202209/db3890416aa44c41b840ba54464d9375.shtml (各承办单位信件办理
# 情况统计表: 承办单位, 承办件数, 办结数, 在办数, 超时未办数). 受理日期 is an event; short names.
LETTER_HEADER = [
    "序号",
    "信件编号",
    "受理日期",
    "来信标题",
    "来信内容",
    "承办单位",
    "办理时限",
    "办理状态",
    "回复时间",
]
LETTERS = [
    [
        1,
        "SZXX202407-003",
        date(2024, 7, 2),
        "小区自来水浑浊",
        "龙城小区二次供水水质浑浊发黄，已持续一周",
        "市自来水公司",
        date(2024, 7, 12),
        "已办结",
        date(2024, 7, 8),
    ],
    [
        2,
        "SZXX202407-011",
        date(2024, 7, 5),
        "夜市噪音扰民",
        "老城区夜市占道经营，深夜噪音扰民",
        "市城管局",
        date(2024, 7, 19),
        "已回复",
        date(2024, 7, 15),
    ],
    [
        3,
        "SZXX202407-018",
        date(2024, 7, 12),
        "新生儿参保难",
        "新生儿医保参保登记需往返多个窗口，流程繁琐",
        "市医保局",
        date(2024, 7, 26),
        "办理中",
        None,
    ],
    [
        4,
        "SZXX202407-020",
        date(2024, 7, 10),
        "末班车太早",
        "城乡公交末班车发车时间过早，下晚班职工无法乘车",
        "公交公司",
        date(2024, 7, 24),
        "超时未办",
        None,
    ],
    [
        5,
        "SZXX202407-026",
        date(2024, 7, 19),
        "公积金贷款审批慢",
        "住房公积金贷款审批时间超过一个月",
        "市公积金中心",
        date(2024, 8, 2),
        "",
        None,
    ],
    [
        6,
        "SZXX202407-031",
        date(2024, 7, 26),
        "户厕无人维护",
        "农村户厕改造后抽粪无人负责，部分厕所无法使用",
        "市农业农村局",
        date(2024, 8, 9),
        "已转交县区办理",
        None,
    ],
]
LETTER_STATS_HEADER = ["序号", "承办单位", "来信数", "已办结", "在办", "超时未办", "办结率"]
LETTER_STATS = [
    [1, "市自来水公司", 1, 1, 0, 0, "100.00%"],
    [2, "市城市管理局", 1, 1, 0, 0, "100.00%"],
    [3, "市医疗保障局", 1, 0, 1, 0, "0.00%"],
    [4, "市众意公交公司", 1, 0, 0, 1, "0.00%"],
    [5, "市住房公积金管理中心", 1, 0, 1, 0, "0.00%"],
    [6, "市农业农村局", 1, 0, 1, 0, "0.00%"],
    ["", "合计", 6, 2, 3, 1, "33.33%"],
]
LETTER_NOTES = [
    "填表说明",
    "1.本表按月填报，每月31日前报市长信箱办公室；",
    "2.办理状态填写已办结、已回复、办理中、超时未办；",
    "3.办理时限为信件受理之日起10个工作日，情况复杂的可延长至15个工作日；",
    "4.办结率＝已办结数（含已回复）÷来信数。",
]


def write_letters(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("来信明细")
    ws.set_column(0, 3, 14)
    ws.set_column(4, 4, 44)
    ws.set_column(5, 8, 14)
    last = len(LETTER_HEADER) - 1
    b.line(ws, 0, "2024年7月市长信箱来信办理情况", last, b.title)
    b.header(ws, 1, LETTER_HEADER)
    r = 2
    for values in LETTERS:
        b.row(ws, r, values)
        r += 1
    st = b.sheet("办理情况统计")
    st.set_column(0, 6, 16)
    b.line(st, 0, "2024年7月各承办单位信件办理情况统计表", 6, b.title)
    b.header(st, 1, LETTER_STATS_HEADER)
    for k, values in enumerate(LETTER_STATS):
        b.row(st, 2 + k, values)
    notes = b.sheet("填表说明")
    notes.set_column(0, 0, 80)
    for k, text in enumerate(LETTER_NOTES):
        notes.write_string(k, 0, text, b.sub if k == 0 else b.text)
    return b.close()


# 10. 信访矛盾纠纷排查化解台账 of one unit (its former name 市国土局 in the 填报单位 line), after the 信访矛盾
# 排查记录表 of http://www.boteman.cn/paper/501163533.html (排查日期, 排查区域/单位, 排查人员, 矛盾事项, 化解
# 措施, 责任单位, 化解时限, 化解进展): the 排查人员 beside the 责任单位, 登记时间 an event, one 责任单位 cell
# left blank, one row with everything but the problem, status words 已化解/已结案/正在协调/已移交.
DISPUTE_HEADER = [
    "序号",
    "登记时间",
    "矛盾纠纷事项",
    "涉及人数",
    "排查人员",
    "责任单位",
    "化解措施",
    "化解时限",
    "化解情况",
]
DISPUTES = [
    [
        1,
        date(2024, 6, 4),
        "征地补偿款分配不均引发村民集体上访",
        23,
        "李强",
        "市国土局",
        "召开村民代表会议重新公示分配方案",
        "2024年6月30日",
        "已化解",
    ],
    [
        2,
        date(2024, 6, 11),
        "两户村民宅基地确权边界争议",
        2,
        "王敏",
        "市国土局",
        "组织现场勘测并调解",
        "7月15日前",
        "已结案",
    ],
    [
        3,
        date(2024, 6, 20),
        "原国有农场职工住房产权证长期未办理",
        41,
        "李强",
        "",
        "会同不动产登记中心梳理历史资料",
        "第三季度",
        "正在协调",
    ],
    [
        4,
        date(2024, 7, 2),
        "采矿权到期后矿区土地复垦补偿纠纷",
        9,
        "张伟",
        "市国土局",
        "委托第三方评估复垦费用",
        "8月底前",
        "已移交",
    ],
    [5, date(2024, 7, 9), "城中村改造安置房分配程序不公开", 16, "王敏", "市国土局", "", "年底前", ""],
    [
        6,
        date(2024, 7, 16),
        "",
        5,
        "王敏",
        "市国土局",
        "约谈涉事村委会，责令退还多收费用",
        "7月31日前",
        "正在核查",
    ],
]


def write_disputes(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("排查化解台账")
    ws.set_column(0, 1, 12)
    ws.set_column(2, 2, 38)
    ws.set_column(3, 8, 14)
    last = len(DISPUTE_HEADER) - 1
    b.line(ws, 0, "信访矛盾纠纷排查化解台账", last, b.title)
    b.line(ws, 1, "填报单位：市国土局（盖章）　　　　　　　　　　　　　　　　报送时间：2024年7月30日", last)
    b.header(ws, 2, DISPUTE_HEADER)
    r = 3
    for values in DISPUTES:
        b.row(ws, r, values)
        r += 1
    b.line(ws, r + 1, "分管领导：赵刚　　填表人：王敏　　联系电话：0393-8668123", last)
    return b.close()


# 11. 领导批示件及会议纪要交办落实情况: deadlines counted from the row's 交办日期 as the 督查 rules of
# http://www.fymate.net/html/text/lar/168342/16834225_2.html put them (公文一般在30日内办结，会议纪要一般在20日
# 内办结；领导批示交办的督查事项，急件1—5日内办结，非急件15日内办结，难度较大的批件30日内办结):
# 交办之日起N日内, 当天办结, 5个工作日内; 反馈日期 an event; former names 市水务局, 市环保局, 市质监局.
ASSIGNED_HEADER = ["序号", "交办日期", "事项来源", "督查事项", "承办单位", "办理时限", "办理情况", "反馈日期"]
ASSIGNED = [
    [
        1,
        date(2024, 6, 14),
        "领导批示（急件）",
        "市区防汛排涝泵站汛前运行检查",
        "市水务局",
        "交办之日起5日内",
        "已办结",
        date(2024, 6, 18),
    ],
    [
        2,
        date(2024, 6, 21),
        "领导批示",
        "濮阳东站出租车拒载宰客问题整治",
        "市交通运输局",
        "交办之日起15日内",
        "已办结，查处违规车辆9辆",
        date(2024, 7, 5),
    ],
    [
        3,
        date(2024, 7, 1),
        "会议纪要",
        "推进城区农贸市场提升改造",
        "市商务局",
        "交办之日起20日内",
        "正在办理，已完成4个市场改造方案",
        None,
    ],
    [
        4,
        date(2024, 7, 5),
        "公文",
        "落实惠企政策“免申即享”兑现",
        "市工信局",
        "交办之日起30日内",
        "已结案",
        date(2024, 7, 29),
    ],
    [
        5,
        date(2024, 7, 10),
        "领导批示（急件）",
        "城区餐饮油烟扰民投诉集中",
        "市环保局",
        "当天办结",
        "逾期未办",
        None,
    ],
    [
        6,
        date(2024, 7, 19),
        "领导批示",
        "市人民公园游乐设施安全隐患排查",
        "市质监局",
        "5个工作日内",
        "办理中",
        None,
    ],
    [
        7,
        date(2024, 7, 24),
        "会议纪要",
        "中心城区公共厕所夜间开放",
        "市城市管理局",
        "交办之日起30日内",
        "",
        None,
    ],
]


def write_assigned(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("交办台账")
    ws.set_column(0, 2, 14)
    ws.set_column(3, 3, 36)
    ws.set_column(4, 7, 16)
    last = len(ASSIGNED_HEADER) - 1
    b.line(ws, 0, "领导批示件及会议纪要交办事项落实情况台账（2024年7月）", last, b.title)
    b.line(ws, 1, "市政府督查局　　　　　　　　　　　　　　　　　　　　　　　　　2024年7月31日", last)
    b.header(ws, 2, ASSIGNED_HEADER)
    r = 3
    for values in ASSIGNED:
        b.row(ws, r, values)
        r += 1
    b.line(ws, r, "注：办理时限自交办之日起计算（“个工作日”按工作日计算）。", last)
    return b.close()


# 12. “电视问政”反映问题整改落实台账: the questioner (提问人: 市民代表, 网友, 特邀评议员) beside the unit, as a
# 行评办 hands the problems raised on air to the units (市环保局、市交通局、市食品药品监督管理局、市交警支队 …;
# 逐一对接，提出整改要求，排出整改时间): http://m.dtrcw.net/news/newsdetail-3979.html
# Former names (市食药监局, 市环保局, 市安监局, 市交警支队), a county's bureau (清丰县卫健委, kept as written),
# a 濮阳市 prefix, and one row with everything but the problem.
TV_HEADER = ["序号", "问政期次", "提问人", "反映问题", "责任单位", "整改措施", "整改时限", "整改情况"]
TV = [
    [
        1,
        "第3期",
        "市民代表 刘女士",
        "城区部分餐馆后厨卫生脏乱差",
        "市食药监局",
        "开展餐饮后厨专项检查",
        "2024年7月31日前",
        "已完成专项检查，立案查处7家",
    ],
    [
        2,
        "第3期",
        "网友“濮上明月”",
        "工业园区个别企业夜间偷排废气",
        "市环保局",
        "安装在线监测设备，开展夜查",
        "8月底前",
        "正在整改，已安装在线监测设备",
    ],
    [
        3,
        "第3期",
        "特邀评议员 张建军",
        "胜利路与京开道交叉口信号灯配时不合理",
        "市交警支队",
        "优化信号灯配时",
        "7月15日前",
        "已调整信号灯配时，已完成",
    ],
    [
        4,
        "第4期",
        "市民代表 赵先生",
        "乡镇卫生院夜间无值班医生",
        "清丰县卫健委",
        "落实夜间值班制度",
        "2024年9月30日",
        "已排班，正在招聘2名医生",
    ],
    [
        5,
        "第4期",
        "网友“老城人”",
        "城区背街小巷垃圾清运不及时",
        "濮阳市城管局",
        "增加清运频次",
        "7月20日前",
        "已整改",
    ],
    [6, "第4期", "市民代表 孙女士", "", "市安监局", "开展电动自行车充电场所专项检查", "9月底前", "正在整改"],
    [
        7,
        "第4期",
        "特邀评议员 韩梅",
        "老旧小区电动自行车飞线充电隐患突出",
        "市安监局",
        "建设集中充电设施",
        "9月底前",
        "部分完成",
    ],
]


def write_tv(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("整改台账")
    ws.set_column(0, 2, 14)
    ws.set_column(3, 3, 36)
    ws.set_column(4, 7, 18)
    last = len(TV_HEADER) - 1
    b.line(ws, 0, "“电视问政”反映问题整改落实情况台账", last, b.title)
    b.line(ws, 1, "市行风评议办公室　　　　　　　　　　　　　　　　　　　　　　填报日期：2024年7月30日", last)
    b.header(ws, 2, TV_HEADER)
    r = 3
    for values in TV:
        b.row(ws, r, values)
        r += 1
    return b.close()


# ---------------------------------------------------------------------------------------------
def build() -> list[Path]:
    out = [
        write_blocks(HERE / "生态环境保护督察反馈问题整改任务落实情况（逐项）.xlsx"),
        write_forms(HERE / "12345热线督办单（一单一页）.xlsx"),
        write_cards(HERE / "市委督查室督察立项事项办理卡片.xlsx"),
        write_routing(HERE / "市人社局12345转办件流转登记（7月）.xlsx"),
        write_notice(HERE / "关于做好政务公开测评反馈问题整改工作的通知（附整改台账）.xlsx"),
        write_two_tables(HERE / "市长办公会议确定事项落实情况（已办结及未办结）.xlsx"),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        book = write_safety(Path(tmp) / "安全生产大检查发现问题整改汇总表.xlsx")
        out.append(convert(book, "xls", HERE / "安全生产大检查发现问题整改汇总表.xls"))
        book = write_proposals(Path(tmp) / "市政协十届三次会议提案办理情况.xlsx")
        out.append(fixed_zip(convert(book, "ods", HERE / "市政协十届三次会议提案办理情况.ods")))
    out += [
        write_letters(HERE / "市长信箱来信办理情况（7月）.xlsx"),
        write_disputes(HERE / "市国土局信访矛盾纠纷排查化解台账.xlsx"),
        write_assigned(HERE / "领导批示件交办落实情况台账（7月）.xlsx"),
        write_tv(HERE / "电视问政反映问题整改落实台账.xlsx"),
    ]
    return out


if __name__ == "__main__":
    for path in build():
        print(path.name)

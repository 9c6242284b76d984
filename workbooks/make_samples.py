"""Regenerate the sample returns in workbooks/returns/ (run: python workbooks/make_samples.py).

The returns describe the 我陪群众走流程 campaign (shared/seed): 37 municipal units, 164 problems
found, 160 solved by 2024-07-31. Each unit writes its return its own way, as real units do: title
rows, 填报单位/填报日期 lines, different header spellings and orders, two-level merged headers,
line breaks in headers, dates as text or as bare Excel serial numbers, notes under the table,
several units in one file, one sheet per unit, and one unit sending a June and a July return.
A few genuine mistakes are written on purpose; ``build`` returns them (file, sheet, row, column,
code) with the expected totals so the tests can check that every one is found.

Written with XlsxWriter, as Excel and WPS write files (shared strings), with fixed timestamps so
that the files are reproducible byte for byte.
"""

from __future__ import annotations

import csv
import random
import sys
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

import xlsxwriter

HERE = Path(__file__).resolve().parent
AS_OF = date(2024, 7, 31)
SOURCE = "我陪群众走流程"
CATEGORIES = ["办事流程", "数据共享", "窗口服务", "事项入驻", "服务环境", "一次性告知", "线上办理"]

# (problem, measure) pairs; {b} is one of the unit's services.
PROBLEMS = [
    ("{b}申请材料较多，部分材料需群众重复提交", "梳理{b}申请材料清单，取消可共享获取的材料"),
    ("{b}窗口未落实一次性告知，群众多次往返补件", "制订{b}一次性告知单并下发各窗口"),
    ("{b}线上办理入口不明显，群众不会操作", "在“i濮阳”首页增设{b}入口，安排帮办人员现场指导"),
    ("{b}内部流转环节多，审批时限较长", "压减{b}内部流转环节，承诺时限缩短5个工作日"),
    ("{b}仍需群众提供复印材料", "窗口配备复印设备，推行电子证照调用，不再要求群众提供复印件"),
    ("{b}窗口授权不到位，存在“前店后厂”现象", "向窗口充分授权，实现{b}受理到出证全过程在大厅办理"),
    ("{b}办事指南与实际要求不一致", "重新编制{b}办事指南，纳入“一码通”公示"),
    ("{b}与相关部门数据不联通，群众需往返多个部门", "与相关部门签订数据共享协议，打通{b}数据堵点"),
    ("{b}咨询电话无人接听，群众反映“踢皮球”", "明确专人接听{b}咨询电话，建立首问负责台账"),
    ("{b}事项未全部入驻政务服务大厅", "按照“应进必进”要求推动{b}事项入驻政务服务大厅"),
    ("{b}窗口“好差评”主动邀评意识不强", "开展{b}窗口专题培训，办结时主动邀请评价"),
    ("{b}高峰期排队等候时间长", "增设{b}综合受理窗口，推行预约办理和延时服务"),
]

SERVICES = {
    "市发展和改革委员会": ["固定资产投资项目备案", "节能审查"],
    "市教育局": ["教师资格认定", "民办学校审批"],
    "市科学技术局": ["科技型中小企业评价", "高新技术企业认定"],
    "市工业和信息化局": ["技术改造项目备案", "无线电台站设置"],
    "市公安局": ["户籍迁移", "居住证办理"],
    "市公安局交通管理支队": ["驾驶证换证", "机动车注册登记"],
    "市民政局": ["婚姻登记", "社会组织登记"],
    "市司法局": ["公证办理", "法律援助申请"],
    "市财政局": ["政府采购备案", "会计人员继续教育"],
    "市人力资源和社会保障局": ["退休手续办理", "社保卡补换"],
    "市自然资源和规划局": ["不动产交易登记", "建设用地规划许可"],
    "市生态环境局": ["环评审批", "排污许可"],
    "市住房和城乡建设局": ["建筑施工许可", "商品房预售许可"],
    "市城市管理局": ["占道施工审批", "户外广告设置"],
    "市交通运输局": ["危险品运输审验", "道路运输证办理"],
    "市水利局": ["取水许可", "水土保持方案审批"],
    "市农业农村局": ["农药经营许可", "兽药经营许可"],
    "市商务局": ["成品油零售经营", "单用途预付卡备案"],
    "市文化广电和旅游局": ["娱乐场所许可", "旅行社设立"],
    "市卫生健康委员会": ["医师执业注册", "出生医学证明"],
    "市退役军人事务局": ["优待证办理", "优抚对象认定"],
    "市应急管理局": ["危化品经营许可", "安全生产许可"],
    "市市场监督管理局": ["企业开办", "食品经营许可"],
    "市医疗保障局": ["异地就医备案", "医保报销"],
    "市行政服务中心": ["停车", "帮办代办"],
    "市住房公积金管理中心": ["公积金提取", "公积金贷款"],
    "市不动产登记中心": ["抵押登记", "转移登记"],
    "国家税务总局濮阳市税务局": ["不动产交易纳税", "发票申领"],
    "市统计局": ["统计执法", "统计数据查询"],
    "市气象局": ["防雷装置设计审核", "施放气球审批"],
    "市公共资源交易中心": ["投标保证金退还", "CA 证书办理"],
    "市消防救援支队": ["消防验收", "公众聚集场所投入使用前检查"],
    "市残疾人联合会": ["残疾人证办理", "残疾人补贴申领"],
    "国网濮阳供电公司": ["低压用电报装", "电费缴纳"],
    "市自来水公司": ["用水报装", "水表过户"],
    "市燃气有限公司": ["燃气开户", "燃气改装"],
    "市众意公交公司": ["老年卡审验", "优惠卡办理"],
}

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华红建国志宏文斌海峰亮"
DONE_WORDS = ["已完成", "已整改", "完成整改", "已办结", "已整改销号", "已销号"]


@dataclass
class Item:
    unit: str
    code: str
    number: int
    category: str
    problem: str
    measure: str
    found: date
    deadline: date
    deadline_text: str | None  # written as words instead of a date (6月底前, 长期坚持 …)
    status: str
    finish: date | None
    leader: str
    person: str
    progress: str


@dataclass
class Truth:
    """What the generator wrote on purpose, for the tests."""

    items: int = 0
    done: int = 0
    units: int = 0
    rows_read: int = 0
    superseded: int = 0
    rejected: int = 0
    files: list[str] = field(default_factory=list)
    mistakes: list[tuple[str, str, int, str | None, str]] = field(
        default_factory=list
    )  # file, sheet, row, column, code


def load_units() -> list[tuple[str, str, list[str]]]:
    with open(HERE / "单位名录.csv", encoding="utf-8-sig", newline="") as fh:
        return [(r["单位全称"], r["单位代码"], r["简称"].split("、")) for r in csv.DictReader(fh)]


def make_items(rng: random.Random) -> list[Item]:
    units = load_units()
    counts = [4] * len(units)  # 37 × 4 = 148, then 16 more spread over the bigger units
    for i in rng.sample(range(len(units)), 16):
        counts[i] += 1
    items: list[Item] = []
    for (name, code, _), n in zip(units, counts, strict=True):
        picks = rng.sample(range(len(PROBLEMS)), n)
        leader = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
        for k, p in enumerate(picks):
            service = SERVICES[name][k % len(SERVICES[name])]
            found = date(2024, 4, 15) + timedelta(days=rng.randrange(0, 80))
            deadline = found + timedelta(days=rng.choice([15, 20, 30, 45]))
            finish = min(found + timedelta(days=rng.randrange(3, 40)), AS_OF - timedelta(days=1))
            items.append(
                Item(
                    unit=name,
                    code=code,
                    number=k + 1,
                    category=CATEGORIES[p % len(CATEGORIES)],
                    problem=PROBLEMS[p][0].format(b=service),
                    measure=PROBLEMS[p][1].format(b=service),
                    found=found,
                    deadline=deadline,
                    deadline_text=None,
                    status=rng.choice(DONE_WORDS),
                    finish=finish,
                    leader=leader,
                    person=rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN),
                    progress="已整改到位",
                )
            )
    assert len(items) == 164
    # The four items still open on 2024-07-31 (160 of 164 solved).
    open_items = {
        "市住房和城乡建设局": ("正在整改", date(2024, 9, 30), None, "已完成方案制订，正在系统改造"),
        "市自然资源和规划局": ("整改中", date(2024, 7, 15), None, "数据接口联调中"),
        "市行政服务中心": ("长期坚持", None, "长期坚持", "持续开展帮办代办"),
        "市医疗保障局": ("基本完成", date(2024, 6, 30), "6月底前", "大部分窗口已落实"),
    }
    for unit, (status, deadline, text, progress) in open_items.items():
        item = next(i for i in items if i.unit == unit)
        item.status, item.finish, item.deadline_text, item.progress = status, None, text, progress
        item.deadline = deadline or item.deadline
    return items


# ---------------------------------------------------------------------------------------------
# Writers: one per way of laying out a return. Each returns the Excel row of every item it wrote.


class Writer:
    def __init__(self, path: Path, truth: Truth) -> None:
        self.path = path
        self.book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False})
        self.book.set_properties({"created": datetime(2024, 7, 30, 9, 0, 0), "author": "填报人"})
        self.title = self.book.add_format(
            {"bold": True, "font_size": 16, "align": "center", "valign": "vcenter"}
        )
        self.head = self.book.add_format(
            {"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True}
        )
        self.cell = self.book.add_format({"border": 1, "text_wrap": True, "valign": "top"})
        self.date = self.book.add_format({"border": 1, "num_format": "yyyy/m/d", "valign": "top"})
        self.truth = truth
        truth.files.append(path.name)

    def close(self) -> None:
        self.book.close()

    def mistake(self, sheet: str, row: int, column: str | None, code: str) -> None:
        self.truth.mistakes.append((self.path.name, sheet, row, column, code))


def dot(d: date) -> str:
    return f"{d.year}.{d.month}.{d.day}"


def cn(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def serial(d: date) -> int:
    return (d - date(1899, 12, 30)).days


def deadline_text(item: Item, style: str) -> str:
    if item.deadline_text:
        return item.deadline_text
    if style == "dot":
        return dot(item.deadline)
    if style == "cn":
        return cn(item.deadline)
    return item.deadline.isoformat()


def write_title_and_preamble(w: Writer, items: list[Item], unit: str, report: date, truth: Truth) -> str:
    """Style A: title, 填报单位/填报日期 line, header on row 3, notes below; dates as 2024.6.30 text."""
    ws = w.book.add_worksheet("Sheet1")
    headers = [
        "序号",
        "问题编号",
        "问题来源",
        "问题类别",
        "问题描述",
        "整改措施",
        "责任领导",
        "责任人",
        "整改时限",
        "整改状态",
        "完成时间",
        "备注",
    ]
    ws.merge_range(0, 0, 0, len(headers) - 1, f"{unit}“我陪群众走流程”问题整改台账", w.title)
    ws.write_string(1, 0, f"填报单位：{unit}（盖章）")
    ws.write_string(1, 8, f"填报日期：{cn(report)}")
    for c, h in enumerate(headers):
        ws.write_string(2, c, h, w.head)
    r = 3
    for n, it in enumerate(items, start=1):
        write_values(ws, r, title_and_preamble_row(n, it), w)
        r += 1
    ws.write_string(
        r + 1, 0, "填表说明：1.整改状态填写“已完成”“正在整改”或“长期坚持”；2.日期格式为2024.6.30。"
    )
    ws.set_column(4, 5, 40)
    return "Sheet1"


def title_and_preamble_row(n: int, it: Item) -> list:
    """One item as a style-A row (序号 n), in the order of write_title_and_preamble's headers."""
    return [
        n,
        f"{it.code}-{it.number:03d}",
        SOURCE,
        it.category,
        it.problem,
        it.measure,
        it.leader,
        it.person,
        deadline_text(it, "dot"),
        it.status,
        dot(it.finish) if it.finish else "",
        "",
    ]


def write_values(ws, r: int, values: list, w: Writer) -> None:
    for c, v in enumerate(values):
        if isinstance(v, int | float) and not isinstance(v, bool):
            ws.write_number(r, c, v, w.cell)
        elif isinstance(v, date):
            ws.write_datetime(r, c, datetime(v.year, v.month, v.day), w.date)
        else:
            ws.write_string(r, c, str(v), w.cell)


def build(out: Path | None = None) -> Truth:
    """Write every sample return into ``out`` (default workbooks/returns) and return the truth."""
    out = Path(out) if out else HERE / "returns"
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.xlsx"):
        old.unlink()
    rng = random.Random(20240731)
    items = make_items(rng)
    truth = Truth(items=len(items), done=sum(1 for i in items if i.status in DONE_WORDS))
    by_unit: dict[str, list[Item]] = {}
    for it in items:
        by_unit.setdefault(it.unit, []).append(it)
    truth.units = len(by_unit)
    short = {name: aliases[0] for name, _, aliases in load_units()}

    joint = ["国网濮阳供电公司", "市自来水公司", "市燃气有限公司", "市众意公交公司"]
    police = ["市公安局", "市公安局交通管理支队", "市消防救援支队"]
    single = [u for u in by_unit if u not in joint + police]
    styles = [style_a, style_b, style_c, style_d, style_e]
    for k, unit in enumerate(single):
        styles[k % len(styles)](out, unit, by_unit[unit], short[unit], truth, k)
    style_f(out, {u: by_unit[u] for u in joint}, short, truth)
    style_g(out, {u: by_unit[u] for u in police}, short, truth)
    return truth


def style_a(out: Path, unit: str, items: list[Item], short: str, truth: Truth, k: int) -> None:
    if unit == "市住房和城乡建设局":  # a June return, superseded by the July one
        june = Writer(out / f"{short}整改台账（6月）.xlsx", truth)
        before = [
            Item(**{**i.__dict__, "status": "正在整改", "finish": None}) if n % 2 == 0 else i
            for n, i in enumerate(items)
        ]
        write_title_and_preamble(june, before, unit, date(2024, 6, 28), truth)
        june.close()
        truth.rows_read += len(items)
        truth.superseded += len(items)
        name = f"{short}整改台账（7月）.xlsx"
    else:
        name = f"附件{k + 1}：{short}“我陪群众走流程”问题整改台账.xlsx"
    w = Writer(out / name, truth)
    sheet = write_title_and_preamble(w, items, unit, date(2024, 7, 30), truth)
    ws = w.book.get_worksheet_by_name(sheet)
    last = 3 + len(items)
    truth.rows_read += len(items)
    if k == 0:  # a copy-pasted row at the end of the table, and a 问题编号 typed twice
        it = items[-1]
        write_values(ws, last, title_and_preamble_row(len(items) + 1, it), w)
        ws.write_string(
            last + 2, 0, "填表说明：1.整改状态填写“已完成”“正在整改”或“长期坚持”；2.日期格式为2024.6.30。"
        )
        w.mistake(sheet, last + 1, None, "duplicate-row")
        truth.rows_read += 1
        truth.rejected += 1
        ws.write_string(4, 1, f"{items[0].code}-{items[0].number:03d}", w.cell)  # row 5 reuses row 4's ID
        w.mistake(sheet, 5, "问题编号", "duplicate-id")
    if k == 5:  # a deadline nobody can put a date on
        ws.write_string(3, 8, "尽快", w.cell)
        w.mistake(sheet, 4, "整改时限", "unparseable-date")
    w.close()


def style_b(out: Path, unit: str, items: list[Item], short: str, truth: Truth, k: int) -> None:
    """Header on row 1, other spellings and order, real Excel dates, no 填报日期: the file name says who."""
    w = Writer(out / f"{short}.xlsx", truth)
    ws = w.book.add_worksheet("整改台账")
    headers = ["序号", "存在问题", "整改措施", "完成时限", "当前状态", "办结时间", "责任人", "备注"]
    for c, h in enumerate(headers):
        ws.write_string(0, c, h, w.head)
    for n, it in enumerate(items, start=1):
        write_values(
            ws,
            n,
            [
                n,
                it.problem,
                it.measure,
                it.deadline_text or it.deadline,
                it.status,
                it.finish or "",
                it.person,
                "",
            ],
            w,
        )
    truth.rows_read += len(items)
    if k == 1:  # done, but no 办结时间
        done = next(n for n, it in enumerate(items, start=1) if it.status in DONE_WORDS)
        ws.write_blank(done, 5, None, w.cell)
        w.mistake("整改台账", done + 1, "完成时间", "done-without-finish-date")
    if k == 6:  # the first item pasted again under the table, and the second pasted with stray spaces:
        # a person counts each item once (a row left blank or with an unknown status word would be an
        # item, kept and flagged, and change the campaign's figures)
        n = len(items) + 1
        for extra, (number, it) in enumerate(((1, items[0]), (2, items[1]))):
            problem = it.problem if extra == 0 else f" {it.problem}  "
            status = it.status if extra == 0 else f"{it.status} "
            values = [
                number,
                problem,
                it.measure,
                it.deadline_text or it.deadline,
                status,
                it.finish or "",
                it.person,
                "",
            ]
            write_values(ws, n + extra, values, w)
            w.mistake("整改台账", n + extra + 1, None, "duplicate-row")
        truth.rows_read += 2
        truth.rejected += 2
    ws.set_column(1, 2, 40)
    ws.set_column(3, 5, 12)
    w.close()


def style_c(out: Path, unit: str, items: list[Item], short: str, truth: Truth, k: int) -> None:
    """Two-level merged header: 整改情况 over 整改措施/整改时限/完成情况, 责任 over 责任领导/责任人."""
    w = Writer(out / f"{short}问题整改台账.xlsx", truth)
    ws = w.book.add_worksheet("台账")
    ws.merge_range(0, 0, 0, 8, f"{unit}政务服务体验问题整改情况表", w.title)
    for c, h in ((0, "序号"), (1, "问题类别"), (2, "问题描述"), (8, "备注")):
        ws.merge_range(2, c, 3, c, h, w.head)
    ws.merge_range(2, 3, 2, 5, "整改情况", w.head)
    ws.merge_range(2, 6, 2, 7, "责任", w.head)
    for c, h in ((3, "整改措施"), (4, "整改时限"), (5, "完成情况"), (6, "责任领导"), (7, "责任人")):
        ws.write_string(3, c, h, w.head)
    for n, it in enumerate(items, start=1):
        done = f"{it.status}（{it.finish.month}月{it.finish.day}日）" if it.finish else it.status
        write_values(
            ws,
            3 + n,
            [n, it.category, it.problem, it.measure, deadline_text(it, "cn"), done, it.leader, it.person, ""],
            w,
        )
    truth.rows_read += len(items)
    ws.set_column(2, 3, 40)
    w.close()


def style_d(out: Path, unit: str, items: list[Item], short: str, truth: Truth, k: int) -> None:
    """Line breaks in headers (责任单位\\n责任人 in one column), dates as 2024/6/28 and 6月底前 text."""
    w = Writer(out / f"整改台账-{short}-0729.xlsx", truth)
    ws = w.book.add_worksheet("Sheet1")
    ws.merge_range(0, 0, 0, 8, "“我陪群众走流程”活动发现问题整改台账", w.title)
    ws.write_string(1, 0, f"填报单位：{unit}")
    ws.write_string(1, 6, "填报日期：2024-07-29")
    headers = [
        "序号",
        "问题\n类别",
        "反馈问题",
        "整改\n措施",
        "责任单位\n责任人",
        "整改期限",
        "完成情况",
        "整改完成\n日期",
        "进展情况",
    ]
    for c, h in enumerate(headers):
        ws.write_string(2, c, h, w.head)
    for n, it in enumerate(items, start=1):
        deadline = it.deadline_text or (
            f"{it.deadline.month}月底前" if n % 3 == 0 else f"{it.deadline:%Y/%m/%d}"
        )
        finish = f"{it.finish.year}/{it.finish.month}/{it.finish.day}" if it.finish else ""
        write_values(
            ws,
            2 + n,
            [
                n,
                it.category,
                it.problem,
                it.measure,
                f"{short}\n{it.person}",
                deadline,
                it.status,
                finish,
                it.progress,
            ],
            w,
        )
    truth.rows_read += len(items)
    if unit == "市自然资源和规划局":  # the bureau's name cut short, not in the unit directory
        ws.write_string(3, 4, f"市自然资源和规划\n{items[0].person}", w.cell)
        w.mistake("Sheet1", 4, "责任单位", "unknown-unit")
    if k == 3:  # 31 June does not exist
        ws.write_string(4, 7, "2024/6/31", w.cell)
        w.mistake("Sheet1", 5, "完成时间", "unparseable-date")
    ws.set_column(2, 3, 36)
    w.close()


def style_e(out: Path, unit: str, items: list[Item], short: str, truth: Truth, k: int) -> None:
    """Header on row 2, 发现时间 column, dates as bare serial numbers, blank rows and 注： notes."""
    w = Writer(out / f"{unit}整改落实情况.xlsx", truth)
    ws = w.book.add_worksheet(short)
    ws.write_string(0, 0, f"{unit}“我陪群众走流程”发现问题整改落实情况")
    headers = [
        "编号",
        "发现时间",
        "问题类型",
        "具体问题",
        "整改举措",
        "办结时限",
        "整改结果",
        "完成日期",
        "分管领导",
        "具体责任人",
    ]
    for c, h in enumerate(headers):
        ws.write_string(1, c, h, w.head)
    r = 2
    for n, it in enumerate(items, start=1):
        if n == 3:
            r += 1  # a blank line someone left in the middle
        deadline = it.deadline_text or serial(it.deadline)
        write_values(
            ws,
            r,
            [
                n,
                serial(it.found),
                it.category,
                it.problem,
                it.measure,
                deadline,
                it.status,
                serial(it.finish) if it.finish else "",
                it.leader,
                it.person,
            ],
            w,
        )
        r += 1
    truth.rows_read += len(items)
    ws.write_string(r, 0, "注：日期为系统导出格式。")
    if k == 4:  # finished before it was found: a typo in the year-less serial
        ws.write_number(2, 7, serial(items[0].found - timedelta(days=18)), w.cell)
        w.mistake(short, 3, "完成时间", "finish-before-found")
    w.close()


def style_f(out: Path, groups: dict[str, list[Item]], short: dict[str, str], truth: Truth) -> None:
    """Several units in one file, told apart by a 责任单位 column written with short names."""
    w = Writer(out / "公用事业单位整改台账汇总.xlsx", truth)
    ws = w.book.add_worksheet("汇总")
    ws.merge_range(0, 0, 0, 9, "公用事业单位“我陪群众走流程”问题整改台账", w.title)
    ws.write_string(1, 0, "报送日期：2024年7月30日")
    headers = [
        "序号",
        "问题编号",
        "责任单位",
        "问题来源",
        "问题描述",
        "整改措施",
        "整改时限",
        "整改状态",
        "完成时间",
        "责任人",
    ]
    for c, h in enumerate(headers):
        ws.write_string(2, c, h, w.head)
    r, n = 3, 1
    for unit, items in groups.items():
        for it in items:
            write_values(
                ws,
                r,
                [
                    n,
                    f"{it.code}-{it.number:03d}",
                    short[unit],
                    SOURCE,
                    it.problem,
                    it.measure,
                    it.deadline,
                    it.status,
                    it.finish or "",
                    it.person,
                ],
                w,
            )
            r += 1
            n += 1
    truth.rows_read += n - 1
    ws.write_string(r, 0, "合计")
    ws.write_number(r, 1, n - 1)
    w.close()


def style_g(out: Path, groups: dict[str, list[Item]], short: dict[str, str], truth: Truth) -> None:
    """One sheet per unit, the sheet named after the unit, and a 填表说明 sheet."""
    w = Writer(out / "市公安局及相关单位整改台账.xlsx", truth)
    notes = w.book.add_worksheet("填表说明")
    notes.write_string(0, 0, "填表说明")
    notes.write_string(1, 0, "1. 每个单位填写一个工作表。")
    notes.write_string(2, 0, "2. 整改状态请填写：已完成、正在整改、长期坚持。")
    for unit, items in groups.items():
        ws = w.book.add_worksheet(short[unit])
        headers = ["序号", "问题描述", "整改措施", "整改时限", "整改状态", "完成时间", "责任领导", "责任人"]
        for c, h in enumerate(headers):
            ws.write_string(0, c, h, w.head)
        for n, it in enumerate(items, start=1):
            write_values(
                ws,
                n,
                [n, it.problem, it.measure, it.deadline, it.status, it.finish or "", it.leader, it.person],
                w,
            )
        truth.rows_read += len(items)
    w.close()


if __name__ == "__main__":
    result = build(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
    print(
        f"{len(result.files)} 个文件，{result.items} 个问题（已完成 {result.done} 个），"
        f"读入 {result.rows_read} 行，故意写错 {len(result.mistakes)} 处"
    )

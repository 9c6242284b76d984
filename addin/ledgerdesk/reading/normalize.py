"""Raw cells -> canonical values, in named steps: the columns, the units, the dates, the progress,
then the row checks, each a small function listed in ``CHECKS``.

Nothing here leaves an item out: a value that cannot be read keeps its row, with the original text
and a problem naming the file, sheet, Excel row and column (docs/problems.md). The parsers are
dates.py (deadlines and dates) and progress.py (status words and sentences).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import partial
from itertools import compress
from operator import itemgetter
from typing import TYPE_CHECKING, Any, NamedTuple

from ..model import COLUMNS, LEDGER_COLUMNS, Col
from .cells import FACET_JOIN, as_text
from .dates import DEADLINE_KINDS, IMMEDIATE, NUM, ParsedDate, _date_shown, parse_date
from .forms import LIST_MARK
from .headers import CLERK, CONTENT, HANDLER, KEPT_HOW, ROLE, WANTING_MARKS, share_header, verdict_mark
from .preamble import EVENT_DAY, NOTE_SAID, PARTY_BODIES, PARTY_DEPARTMENT, org_name
from .problems import Problem, make_problem
from .progress import (
    CLOSED_NO,
    REOPENED,
    SATISFIED_WORDS,
    SENT_BACK,
    UNREPORTED,
    _status_key,
    expected_date,
    is_tick,
    is_verified,
    parse_status,
    settle_state,
    short_of,
    told_at_end,
    told_by_steps,
)
from .schema import (
    BARE_PLACE,
    CITY_HEAD,
    CITY_PREFIX,
    COUNTY_HEAD,
    DONE,
    EXTENSION_WORDS,
    IN_PROGRESS,
    NOT_STARTED,
    OWN_SECTIONS,
    REQUIRED,
    STATE_LABELS,
    UNKNOWN_UNIT,
    UNREPORTED_LABEL,
    UnitDirectory,
    Vocabulary,
    clean_header,
    lower_header,
    place_office,
    read_legend,
)
from .workdays import OFFICIAL, WorkCalendar

if TYPE_CHECKING:
    from .intake import RawTable

BLANK = ParsedDate(None, "blank")
LABELS = {**STATE_LABELS, UNREPORTED: UNREPORTED_LABEL}


@dataclass
class Normalized:
    """One table after normalisation: every item row as columns, and the problems found."""

    columns: dict[str, list[Any]]  # LEDGER_COLUMNS -> values, one per item row
    problems: list[Problem]
    extras: dict[str, list[Any]]  # columns the ledger model does not know: header as written -> texts

    def __len__(self) -> int:
        return len(self.columns[Col.ROW])


Flag = tuple[str, str | None, object, str]  # (code, column, value, detail) of one row's problem


@dataclass
class _Reading:
    """One table on its way through the steps: what each step found, for the next ones."""

    table: RawTable
    units: UnitDirectory
    as_of: date
    calendar: WorkCalendar
    words: tuple[tuple[str, str], ...]
    status_required: bool
    rows: list[int]  # Excel row numbers
    year: int
    near: date | None  # the 填报日期
    base: date | None  # the start of relative deadlines the table states
    problems: list[Problem] = field(default_factory=list)
    raw: dict[str, Sequence[Any]] = field(default_factory=dict)
    filled: set[str] = field(default_factory=set)  # the canonical columns the table has
    text: dict[str, list[str]] = field(default_factory=dict)
    unit_text: list[str] = field(default_factory=list)
    dept_text: list[str] = field(default_factory=list)
    unit_of: dict[str, tuple[str, Flag | None, str]] = field(default_factory=dict)
    found: _Read | None = None
    deadline: _Read | None = None
    finish: _Read | None = None
    status_text: list[str] = field(default_factory=list)
    states: list[tuple[str | None, str]] = field(default_factory=list)  # (state, which signal said it)

    @property
    def n(self) -> int:
        return len(self.rows)

    def table_problem(
        self, code: str, column: str | None = None, value: object = None, detail: str = ""
    ) -> None:
        t = self.table
        self.problems.append(
            make_problem(
                code, t.file, sheet=t.sheet, row=t.header_row, column=column, value=value, detail=detail
            )
        )


def normalize_table(
    table: RawTable,
    units: UnitDirectory,
    as_of: date,
    calendar: WorkCalendar = OFFICIAL,
    vocabulary: Vocabulary | None = None,
    status_required: bool = True,
) -> Normalized:
    """Canonical values for every item row of one table, and the problems found.

    ``status_required=False`` (returns merged back by 问题编号): a row with an ID and no status is an
    item whose status the unit did not change, not one without progress.

    Works column by column: a return repeats the same words and dates many times, so each distinct
    value is parsed once; only the checks that name a row run row by row.
    """
    _party_aside(table, units)
    if table.unit_fixed and table.unit_from == NOTE_SAID:
        # 注：责任单位为市生态环境局 over a column of the companies checked: those stay, as written
        table.keep_apart([f for f in table.fields if Col.UNIT in f.targets], KEPT_HOW)
    r = _Reading(
        table,
        units,
        as_of,
        calendar,
        vocabulary.statuses if vocabulary else (),
        status_required,
        rows=[excel_row for excel_row, _ in table.rows],
        year=(table.report_date or as_of).year,
        near=table.report_date,
        base=table.base_date[0] if table.base_date else None,
    )
    r.problems.extend(table.problems)  # what intake found in the table (rows left out as checked fine)
    for step in STEPS:
        step(r)
    flags: dict[int, list[Flag]] = {}  # row -> its problems, in the order of the checks
    for check in CHECKS:
        for i, made in check(r):
            flags.setdefault(i, []).append(made)
    for i in sorted(flags):
        r.problems.extend(
            make_problem(
                code, table.file, sheet=table.sheet, row=r.rows[i], column=col, value=val, detail=det
            )
            for code, col, val, det in flags[i]
        )
    return Normalized(_ledger(r), r.problems, _extras(r))


# ---------------------------------------------------------------------------------------------
# The steps, in order.


def _party_aside(table: RawTable, units: UnitDirectory) -> None:
    """A column of the parties an item is about (施工总承包单位, 企业名称), beside a 责任部门 whose
    cells are sections of the sender (工程管理部): the sender handles the items through them; the
    parties stay a column of their own, as written."""
    owner = table.sender
    party = next((f for f in table.fields if f.targets == (Col.UNIT,)), None)
    section = next((f for f in table.fields if f.targets == (Col.DEPARTMENT,)), None)
    if (
        not owner
        or party is None
        or section is None
        or party.how not in (ROLE, CONTENT)
        or HANDLER.search(party.header)
        or not HANDLER.search(section.header)
    ):
        return
    named = set(filter(None, _texts(_column(table, section.index))))
    if len(named) < 2:
        return
    if all(_section_of(v, owner, units) for v in named) and not INSPECTED.match(clean_header(party.header)):
        # (被巡察单位 | 责任部门: 风险控制部 — the company inspected answers, through its own departments)
        table.keep_apart([party], KEPT_HOW)
    elif all(units.resolve(v) for v in named) and CHECKED_OBJECT.search(party.header):
        # 检查对象 | 处置责任部门 (市消防支队, 市场监管局): the offices that deal with what the check found
        # answer for it, the party checked stays a column of its own
        table.keep_apart([party], KEPT_HOW)
        at = table.fields.index(section)
        table.fields[at] = replace(section, targets=(Col.UNIT,))


INSPECTED = re.compile(r"^被(巡察|巡视|审计|督查|考核)(单位|对象|企业|党组织)(名称)?$")
CHECKED_OBJECT = re.compile(r"^被?(检查|督查|抽查|巡查|排查|执法|检测)(对象|单位|企业|场所)(名称)?$")


def _note_columns(r: _Reading) -> None:
    """Tell the clerk which columns were guessed, which kept as they are, and which are missing."""
    for f in r.table.fields:
        if f.how in ("role", "content"):
            how = "按表头用词推断" if f.how == "role" else "按列中内容推断"
            r.table_problem("column-guessed", "、".join(f.targets), f.header.replace("\n", ""), how)
    if r.table.extras and r.n:
        r.table_problem("columns-kept", value="、".join(f.header.replace("\n", "") for f in r.table.extras))
    for column in REQUIRED:
        if column not in r.table.canonical:
            r.table_problem("missing-column", column, detail=str(r.n))


def _planned_times(r: _Reading) -> None:
    """A 完成时间 column with no deadline beside it whose dates are mostly still to come (2024年12月 when
    the figures are of July): no item can have been finished after the day counted to — the time each
    is due by."""
    fields = r.table.fields
    if any(Col.DEADLINE in f.targets for f in fields):
        return
    finish = next((f for f in fields if f.targets == (Col.DONE_ON,) and f.how != CLERK), None)
    if finish is None:
        return
    day = r.as_of  # (a date above the table may be the day items were handed over, not the return's)
    values = [v for v in _texts(_column(r.table, finish.index)) if v]
    later = sum(
        1 for v in values if (d := parse_date(v, day.year, ahead=False).value) is not None and d > day
    )
    if later >= 2 and later >= 0.3 * len(values):
        r.table.fields = [
            replace(f, targets=(Col.DEADLINE,), how=CONTENT) if f is finish else f for f in fields
        ]


def _read_text(r: _Reading) -> None:
    """Each canonical column's cells, and as text; a cell cut at Excel's limit is named."""
    _planned_times(r)
    r.raw, r.filled = _columns(r.table)
    if Col.UNIT not in r.filled and (handlers := _handled_as_instructed(r)):
        r.raw[Col.UNIT] = handlers  # 阅文批示: 转濮阳县人民政府办理，… — the office it was handed to
        r.filled.add(Col.UNIT)
    if Col.DEADLINE in r.filled and (way := _struck_time(r)):  # 整改方式 当场整改 | 整改期限 —: at once
        r.raw[Col.DEADLINE] = way
    if Col.DEADLINE in r.filled and _blank(r.raw[Col.DEADLINE]) and (others := _kept_for(r, Col.DEADLINE)):
        # 完成时限 on some items, 整改时限 on the others (a report's lines under each item): one deadline
        r.raw[Col.DEADLINE] = [
            c if c not in ("", None) else o or c for c, o in zip(r.raw[Col.DEADLINE], others[0], strict=True)
        ]
    if Col.DEADLINE not in r.filled and (period := _period_in_brackets(r)):  # 民生实事（实施期限）
        r.raw[Col.DEADLINE] = period
        r.filled.add(Col.DEADLINE)
        r.table_problem("deadline-in-text", Col.DEADLINE, next(p for p in period if p))
    if Col.DEADLINE not in r.filled and (said := _rules_for_rows(r)):  # by kind: 主办三个月, 会办一个月
        r.raw[Col.DEADLINE] = said
        r.filled.add(Col.DEADLINE)
        rules = "；".join(f"{kind}…{within}" for kind, within in r.table.deadline_rules)
        r.table_problem("deadline-from-preamble", Col.DEADLINE, rules)
    elif Col.DEADLINE not in r.filled and r.table.deadline_rule:  # 自交办之日起三个月内, said above the table
        r.raw[Col.DEADLINE] = [r.table.deadline_rule] * r.n
        r.filled.add(Col.DEADLINE)
        r.table_problem("deadline-from-preamble", Col.DEADLINE, r.table.deadline_rule)
        _deadline_in_texts(r)  # ... unless an item sets its own (另有时限的按其时限执行)
    elif Col.DEADLINE not in r.filled or (
        r.status_required and _blank(r.raw[Col.DEADLINE])
    ):  # (a blank cell of a return merged back by 问题编号 changes nothing)
        _deadline_in_texts(r)
        if r.table.deadline_rule and Col.DEADLINE in r.filled and "" in r.raw[Col.DEADLINE]:
            rule = r.table.deadline_rule  # 自交办之日起15日内, 另有时限要求的按要求执行
            r.raw[Col.DEADLINE] = [c if c not in ("", None) else rule for c in r.raw[Col.DEADLINE]]
            r.table_problem("deadline-from-preamble", Col.DEADLINE, rule)
    _extended(r)
    blank = [""] * r.n  # shared by the columns the table does not have; never changed in place
    # 发现时间 and 完成时间 as text only name a value in a problem: made for those rows alone.
    lazy = {Col.FOUND, Col.DONE_ON}
    r.text = {
        c: _texts(r.raw[c]) if c in r.filled else blank for c in (*COLUMNS, "_填报单位") if c not in lazy
    }
    for column in r.filled & r.text.keys():
        # the reader stops at 32,767 characters too; the column's length in all first (one C call)
        values = r.text[column]
        if len("".join(values)) >= CELL_LIMIT and max(map(len, values)) >= CELL_LIMIT:
            for i, t in enumerate(values):
                if len(t) >= CELL_LIMIT:
                    r.problems.append(
                        make_problem(
                            "cell-too-long",
                            r.table.file,
                            sheet=r.table.sheet,
                            row=r.rows[i],
                            column=column,
                            detail=str(len(t)),
                        )
                    )


# A deadline set inside an item's own words ("要求7月15日前完成消缺", "责令限期于2024年8月15日前完成
# …", "8月底前完成更换") — not a plan the unit expects (预计9月底前完成: 预计完成时间).
DEADLINE_SAID = re.compile(
    r"(?<!预计)(?<!计划)(?<!力争)(?<!争取)(?<!拟)(?<![\d第])(?:要求|限期|责令|须|应|务必|在|于)?\s*"
    r"(?:((?:\d{4}\s*年\s*)?\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号]|底|末|中旬|上旬|下旬)?|\d{4}\s*[.．/-]\s*\d{1,2}\s*[.．/-]\s*\d{1,2})"
    r"\s*(?:前|之前|以前)(?![往来去])\s*\S{0,12}?"
    r"(?:完成|整改|改正|纠正|整治|办结|查结|结案|反馈|到位|落实|解决|消缺|更换|清理|改造|修复|拆除|投入使用|实现|答复|办复|回复|搬迁|治理|建成|竣工"
    r"|完工|编制|公布|上线|建立|达到|达标|出台|制定|印发|形成|覆盖|降至|降到|控制在|提高到|提升至"
    r"|补齐|补充|开通|接通|调试|报送|提交|清运|清淤|增容|公示|启用|安装|配备|恢复|复核|新增|新建|开放"
    r"|推行|推广|实施|施行|投用|运行|补测|补录|补报|补办|检测|监测|复测|排查|核查|核实|处置|验收|销号|完善|开展"
    r"|召开|换届|选举|签订|补签|办理|修订|缴纳|退还|追回|收回|配齐|配足|补配|购置|采购|设置|加装|增设|疏通|加固|修补|铺设"
    r"|接入|对接|联通|迁移|整合|并入|纳入|录入|停止|清退|关停|停办|撤除|撤销"  # 责令该校于7月12日前停止补课
    r"|压减|压缩|精简|撤并"  # 9月底前压减至3类
    r"|清偿|支付|付清|偿还|拨付|兑付|结清|还清|缴清|归还|返还|上缴)"  # 10月底前付清: a debt paid by then
    r"|(?:\d{4}\s*(?:年\s*)?)?(?:年底|年末|第?[一二三四]季度(?:末)?|[上下]半年)(?:前|之前|以前)?\s*\S{0,4}?"
    r"(?:完成|实现|建立|建成|新建|新增|改造|出台|制定|上线|覆盖|形成|印发|办结|整改|到位|解决|办复|降至|降到|控制在|提高到|提升至|达到"
    r"|投入运营|投入使用|投用|运营|开放|配齐|配足|补齐|纳入)"
    # a month range given for the work (2024年6-10月集中施工): done by the end of its last month
    r"|(?:\d{4}\s*年\s*)?\d{1,2}\s*月?\s*[-—–~至到]\s*\d{1,2}\s*月(?=份?\s*\S{0,4}?(?:施工|完成|实施|建设|整治|改造|推进)))"
    r"|(?<=限期至|期限至|时限至|限期到)\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号]?"  # 责令限期改正，限期至7月10日
    r"|本月(?:底|末)(?:前|之前)?\s*\S{0,4}?(?:完成|整改|到位|办结|清理)"  # 本月底前完成: by the end of the base month
    # 责令限期整改（2024年7月20日前）: the date in brackets after the order
    r"|(?:(?<=限期整改[（(])|(?<=限期改正[（(])|(?<=限期整改\s[（(]))\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号]\s*(?:前|之前)?(?=\s*[）)])"
    # 整改时限2024年7月10日, 办结期限为8月底: the date a 时限 names, written without a colon
    r"|(?:(?<=时限)|(?<=期限)|(?<=时限为)|(?<=期限为))\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*(?:\d{1,2}\s*[日号]|底|末)"
    r"|(?:(?<=要求)|(?<=限)|(?<=责令)|(?<=责令于)|(?<=要求于))\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*(?:\d{1,2}\s*[日号]|底|末)\s*(?:前|之前)"  # 要求8月10日前细化措施, 限7月20日前退还
    # 要求该局于2024年7月31日前对案件重新审查: a time the order sets, whatever it asks done by then
    r"|(?:要求|责令|限)(?:\S{0,12}?于|其|该\S{0,3}?)\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*(?:\d{1,2}\s*[日号]|底|末)\s*(?:前|之前)"
)


# "责令3日内改正", "限5个工作日内整改到位", "当场改正": a time given to put it right.
DEADLINE_WITHIN = re.compile(
    r"(?:责令|限期|限|要求|须|应|请)?\s*(?:于|在)?\s*"
    + NUM
    + r"\s*个?\s*(?:工作日|日|天|个月|周)\s*(?:内|以内)\s*"
    r"(?:完成|整改|改正|纠正|更正|办结|到位|落实|解决|整治|消缺|修复|清理|答复|办复|回复|补报|补正)"
    r"|(?:当场|立即|即时)(?:改正|整改|纠正)|(?<!已)(?:当场|立即|即时)(?:清理|清除|拆除|停止|更换)|立行立改"
    r"|限期\s*" + NUM + r"\s*个?\s*(?:工作日|日|天|个月|周)\s*(?:整改|完成|改正)"  # 严重警告，限期6个月整改
)
LONG_TERM_SAID = re.compile(r"长期坚持")
# The day a time given counts from, said before it: 自2024年6月28日送达《责令改正通知书》之日起.
DATED_START = re.compile(
    r"(?:自|从)\s*((?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日)[^，。；,;]{0,30}?(?:之日起|起)\s*$"
)
PLAN_DATE = (
    r"(?:计划|预计|力争|争取|拟)\s*(?:于|在)?\s*(?P<by>(?:\d{4}\s*年\s*)?"
    r"(?:\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号]|底|末)?|年底|年末|第?[一二三四]季度末?)\s*(?:前|之前)?)\s*\S{0,8}?"
)
PLANNED_BY = re.compile(
    PLAN_DATE
    + r"(?:完成|完毕|投用|投入使用|建成|竣工|完工|到位|办结|拆除|整改|上线|开通|清偿|支付|付清|偿还|拨付|结清|缴清|归还|出台|印发|修复|更换)"
)
# A step planned by a date (计划于9月底前开工建设): the item's deadline only when the step is what the
# item says is wanting (示范区污水处理厂二期工程未按期开工; 王助安置区群众回迁延期).
PLAN_STEPS = re.compile(r"开工|动工|交付|启用|投运|通车|通水|通电|开业|回迁")
PLANNED_STEP = re.compile(PLAN_DATE + r"(?P<step>" + PLAN_STEPS.pattern + ")")
DEADLINE_ONLY = 16  # characters of a 整改要求 cell that is nothing but a deadline (2024年7月底前) at most


KIND_MAX = 10  # characters of a cell that names an item's kind (一般, 较复杂, 主办, 社会监督员座谈会) at most
KIND_TAIL = re.compile(r"(的)?(问题|意见|建议|事项|信件|件)$")  # 座谈会意见: the kind is 座谈会


def _rules_for_rows(r: _Reading) -> list[str] | None:
    """Each row's deadline from the rules the lines around the table set by kind, chosen by a short
    cell of the row the rule begins with (问题类型 一般 → "一般问题…3个工作日内"); None unless a
    rule fits some row."""
    rules = r.table.deadline_rules
    if not rules:
        return None
    said = []
    named = [
        (key, [k for k in re.split(r"[、，,和及与/]", key) if len(k) >= 2], within)
        for key, within in rules
        if not THE_REST.match(key)
    ]
    # 其余问题请相关村于2024年7月20日前整改到位: the time of every row no other rule names
    rest = next((within for key, within in rules if THE_REST.match(key)), r.table.deadline_rule or "")
    for _, values in r.table.rows:
        cells = {v.strip() for v in values if isinstance(v, str) and 2 <= len(v.strip()) <= KIND_MAX}
        said.append(
            next(
                (
                    within
                    for key, kinds, within in named
                    if any(c in key or any(KIND_TAIL.sub("", k) in c for k in kinds) for c in cells)
                    or ((place := PLACE_FIRST.match(key)) and any(place.group(1) in str(v) for v in values))
                ),
                rest,  # a row of no kind the rules name: the rule for the rest, or for all, if any
            )
        )
    return said if any(s != (r.table.deadline_rule or "") for s in said) else None


THE_REST = re.compile(r"^(其余|其他|其它|剩余)")
# 赵庄村私搭乱建的简易棚舍须于…: the rule names the place whose item it is for
PLACE_FIRST = re.compile(r"^([^\s，,。；;：:]{1,6}?(?:村|社区|居委会))")


# A task's sentence that opens with its time (8月底前城区餐饮服务单位油烟净化设施安装率达到100%).
TIME_OPENS = re.compile(
    r"(?:^|[。；;])\s*((?:\d{4}\s*年\s*)?(?:\d{1,2}\s*月\s*(?:\d{1,2}\s*[日号]|底|末)|年底|年末)\s*(?:前|之前|以前))"
    r"(?=[^。；;]{2,40}?(?:完成|达到|实现|安装|建成|淘汰|覆盖|更新|提升|提高|降至|降低|建立|出台|改造|整改|到位|办结))"
)


def _deadline_said(value: object, kind: str) -> str:
    """The deadline a text sets for the item, as written ("" when it sets none). A 整改要求 cell
    (``kind`` MEASURES) that is nothing but a deadline (2024年7月底前) is one; a progress text sets
    one only by a date (已责令立即整改 tells what was done, not the time given)."""
    if not isinstance(value, str):
        return ""
    if kind == Col.PROGRESS and verdict_mark(value) in WANTING_MARKS:
        # 不符合，7日内补齐并上墙: the checker's verdict gives the time, as a measure does
        kind = Col.MEASURES
    said = [
        m.group(0)
        for m in DEADLINE_SAID.finditer(value)
        if not PLANNED_BEFORE.search(value, 0, m.start())
        and not (kind == Col.PROGRESS and DONE_BEFORE.search(value, 0, _day_at(m)))
    ]
    if said:  # "8月底前完成入户评估，10月底前全部改造完成": the last date it names, for the whole item
        return said[-1]
    if kind != Col.PROGRESS and (opens := TIME_OPENS.findall(value)):
        return opens[-1]  # 年底前全市加油站全部安装油气回收在线监控: a task's sentence opens with its time
    if (named := TIME_NAMED.search(value)) and parse_date(named.group(1), None).kind in DEADLINE_KINDS:
        return named.group(1)  # 该问题由…负责整改，整改时限为年底前: said as the time, whatever the column
    if kind != Col.PROGRESS and (m := DEADLINE_WITHIN.search(value) or LONG_TERM_SAID.search(value)):
        return m.group(0)  # (限期15日内整改; 持续开展培训，长期坚持: a task with no end)
    asked = DEADLINE_WITHIN.search(value)
    if asked and re.search(r"\d", asked.group(0)) and ASKED_BEFORE.search(value, 0, asked.start()):
        # a progress text that asks (请于本通知印发之日起10个工作日内完成。) sets the time given, in
        # days (已责令立即整改 tells what was done)
        return asked.group(0)
    text = value.strip()
    if kind == Col.MEASURES and len(text) <= DEADLINE_ONLY and parse_date(text, None).kind in DEADLINE_KINDS:
        return text
    if (m := PLANNED_BY.search(value)) and not (kind == Col.PROGRESS and m.group(0).startswith("预计")):
        # 计划2024年8月20日前投用: with no deadline given, the date set (a progress's 预计7月底前清运完毕
        # is when the unit expects to finish: its 预计完成时间, not the time it was given)
        return m.group("by")
    return ""


# A time said to be the item's (整改时限为年底前, 完成时限：第三季度) in a sentence.
TIME_NAMED = re.compile(r"(?:整改|办理|完成|办结)(?:时限|期限)(?:为|是|[：:])\s*([^，。；,;\s]{2,16})")


# A clause that asks before a time in it (请于本通知印发之日起…, 要求该单位…): the time is the one given.
ASKED_BEFORE = re.compile(r"(?<!已)(?<!已经)(?:请|要求|责令|限期|务必)[^，。；,;]{0,16}$")


def _day_at(m: re.Match[str]) -> int:
    """Where the day a deadline phrase names begins in the text (after 要求, 责令其于 …)."""
    digit = re.search(r"\d", m.group(0))
    return m.start() + (digit.start() if digit else 0)


# A progress that tells the day something was done by (已于6月12日前与代表逐一见面): no time given.
DONE_BEFORE = re.compile(r"已(?:经)?(?:于|在)?\s*$")


# The date a unit expects to finish by (预计2024年10月底前整改到位: 10月底前… matched after its year): its
# 预计完成时间, not the time it was given.
PLANNED_BEFORE = re.compile(r"预计\s*(于|在)?\s*(\d{4}\s*年)?\s*$")


# An extension granted (经提案委同意延期至2024年9月30日办复): the date the item is now due by. One
# only asked for (申请延期) changes nothing.
EXTENDED_TO = re.compile(
    r"(?:同意|批准|准予|准许|已获批)\S{0,8}?(?:延期|延长|顺延|延)(?:至|到)\s*(?P<to>(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*(?:\d{1,2}\s*[日号]|底|末))"
)


OPINION = re.compile(r"(意见|说明|情况|结果)$")  # 督查意见: 经批准延期至2024年8月31日前答复


def _extended(r: _Reading) -> None:
    """An item whose remark, status or progress says its deadline was extended is due by then."""
    # (and its own words: …经县督查组同意，整改时限延至2024年9月30日。整改情况：…)
    kinds = [c for c in (Col.REMARK, Col.STATUS, Col.PROGRESS, Col.DESCRIPTION) if c in r.filled]
    columns = [r.raw[c] for c in kinds]
    columns += [_column(r.table, f.index) for f in r.table.extras if OPINION.search(clean_header(f.header))]
    if not columns:
        return
    texts = ["\x1f".join(str(v) for v in row if v) for row in zip(*columns, strict=True)]
    if not any(re.search(r"延\S?[至到]", t) for t in texts):
        return
    found = [EXTENDED_TO.search(t) for t in texts]
    if not any(found):
        return
    cells = list(r.raw[Col.DEADLINE]) if Col.DEADLINE in r.filled else [""] * r.n
    r.raw[Col.DEADLINE] = [m.group("to") if m else c for c, m in zip(cells, found, strict=True)]
    r.filled.add(Col.DEADLINE)
    r.table_problem("deadline-extended", Col.DEADLINE, next(m.group(0) for m in found if m))


# a header that says what the brackets of its cells hold: 民生实事（实施期限） | 城镇老旧小区改造120个（2024年）
PERIOD_HEADER = re.compile(r"[（(][^）)]*(期限|时限|年限|周期|实施年度|完成时间)[^）)]*[）)]")
TRAILING_BRACKET = re.compile(r"[（(]([^（()）]{2,20})[）)]\s*$")


def _period_in_brackets(r: _Reading) -> list[str]:
    """The time each item's own brackets give, when the header says they hold it (民生实事（实施期限）:
    …（2023—2025年） ends with 2025, …（2024年） with the year); [] when the header says no such thing."""
    described = next((f for f in r.table.fields if Col.DESCRIPTION in f.targets), None)
    if described is None or not PERIOD_HEADER.search(str(described.header)):
        return []
    said = [
        m.group(1) if (m := TRAILING_BRACKET.search(str(v or ""))) else "" for v in r.raw[Col.DESCRIPTION]
    ]
    said = [f"{s}底" if re.fullmatch(r"\d{4}年", s) else s for s in said]  # a year: by its end
    return said if any(said) else []


NO_TIME = re.compile(r"\s*[—–\-/／]+\s*")  # a deadline cell struck through: no time set in it


def _struck_time(r: _Reading) -> list[Any]:
    """Deadline cells struck through (—) beside a way of handling that sets the time itself (整改方式 | 当场整改):
    that way, as the row's time; [] when no row has one."""
    cells = r.raw[Col.DEADLINE]
    if not any(isinstance(c, str) and NO_TIME.fullmatch(c) for c in cells):
        return []
    way = next((f for f in r.table.extras if HANDLING_WAY.match(clean_header(f.header))), None)
    if way is None:
        return []
    ways = _texts(_column(r.table, way.index))
    said = [
        w if isinstance(c, str) and NO_TIME.fullmatch(c) and parse_date(w, None).kind == "immediate" else c
        for c, w in zip(cells, ways, strict=True)
    ]
    return said if said != list(cells) else []


def _deadline_in_texts(r: _Reading) -> None:
    """No deadline column and none said above the table (or the deadline cell left blank, or set
    by the rule for all above the table): a deadline written inside the item's own words (its
    measures, description or progress) is its deadline (the phrase is kept as 整改时限原文)."""
    kinds = [c for c in (Col.MEASURES, Col.DESCRIPTION, Col.PROGRESS, Col.REMARK) if c in r.filled]
    texts = [r.raw[c] for c in kinds]
    if Col.STATUS in r.filled:  # 问题整改情况: …，计划2024年8月底前完成。 (beside a progress column, too)
        kinds.append(Col.PROGRESS)  # (read as a progress text is: by a date only)
        texts.append(r.raw[Col.STATUS])
    for f in r.table.extras:  # 领导批示 | 请于6月30日前查结: the time the instruction sets
        # (处理方式 | 承诺答复，限期5个工作日内解决: the time the way of handling sets)
        if INSTRUCTION.search(clean_header(f.header)) or HANDLING_WAY.match(clean_header(f.header)):
            kinds.append(Col.MEASURES)
            texts.append(_texts(_column(r.table, f.index)))
    if not kinds:
        return
    own = [next(filter(None, map(_deadline_said, row, kinds)), "") for row in zip(*texts, strict=True)]
    planned = (t for column in texts for t in column if isinstance(t, str))
    if Col.DESCRIPTION in r.filled and any("计划" in t or "力争" in t for t in planned):
        own = [
            o or _step_planned(row, d)
            for o, row, d in zip(own, zip(*texts, strict=True), r.raw[Col.DESCRIPTION], strict=True)
        ]
    if Col.DEADLINE not in r.filled:
        if any(own):
            r.raw[Col.DEADLINE] = own
            r.filled.add(Col.DEADLINE)
            r.table_problem("deadline-in-text", Col.DEADLINE, next(s for s in own if s))
        return
    cells, rule = r.raw[Col.DEADLINE], r.table.deadline_rule or ""
    open_cells = [c in ("", None) or (rule and c == rule) for c in cells]  # 另有时限的按其时限执行
    said = [(o or rule) if free else c for c, o, free in zip(cells, own, open_cells, strict=True)]
    if said != list(cells):
        r.raw[Col.DEADLINE] = said
        if text := next((o for o, free in zip(own, open_cells, strict=True) if free and o), ""):
            r.table_problem("deadline-blank-in-text", Col.DEADLINE, text)


def _progress_elsewhere(r: _Reading, progress: list[str]) -> list[str]:
    """No column of status or progress: how far each item got as another column or its own words tell it
    (处置方式 | 限期整改，…；已落实…; 回访情况：已完成整改…; …等问题，已按时整改到位。)."""
    text = r.text
    if Col.CLOSEOUT not in r.filled and (handled := _handled_told(r)):
        progress = [p or h for p, h in zip(progress, handled, strict=True)]
    if visit := _found_on_visit(r):
        progress = [p or v for p, v in zip(progress, visit, strict=True)]
    if Col.DESCRIPTION in r.filled:
        ending = {d: told_at_end(d) for d in set(text[Col.DESCRIPTION])}
        if any(ending.values()):
            progress = [p or ending[d] for p, d in zip(progress, text[Col.DESCRIPTION], strict=True)]
    return progress


def _handled_told(r: _Reading) -> list[str]:
    """No column for how far the items got, but a 处置方式 one that tells it, row by row (限期整改，7月15日前明确
    专人；已落实专职安全管理员1名): those texts; [] when it only names ways of handling (立行立改, 限期整改)."""
    for f in r.table.extras:
        if f.how == CLERK or not HANDLING_WAY.match(clean_header(f.header)):
            continue
        texts = _texts(_column(r.table, f.index))
        if sum(parse_status(t, r.words) not in (None, NOT_STARTED) for t in texts if len(t) > 6) >= 2:
            return texts
    return []


def _step_planned(texts: tuple[object, ...], description: object) -> str:
    """The date a text plans the very step the item says is wanting by (未按期开工 | 计划于9月底前开工)."""
    for text in texts:
        if not isinstance(text, str) or (m := PLANNED_STEP.search(text)) is None:
            continue
        clause = re.split(r"[，。；,;]", text[m.start() :], maxsplit=1)[0]  # 交付群众回迁: any step it names
        if any(step in str(description) for step in PLAN_STEPS.findall(clause)):
            return m.group("by")
    return ""


# The office an instruction hands the item to: 转濮阳县人民政府办理, 请市不动产登记中心牵头, 转市人社局督办.
HANDED_BY_INSTRUCTION = re.compile(
    r"(?:^|[，。；,;\s])(?:转|转交|交|请|由)(?P<unit>[^\s，。；,;、“”\"]{2,20}?)"
    r"(?:牵头|负责|办理|处理|核查|调查|督办|研究|阅处|查处|落实|答复|核实|酌处)"
)


def _handled_as_instructed(r: _Reading) -> list[str]:
    """No unit column, but an instruction on each item (阅文批示, 领导批示) that names the office it is
    handed to: those offices, one per row ("" where it names none); [] when no instruction names one."""
    for f in r.table.extras:
        if f.how == CLERK or not INSTRUCTION.search(clean_header(f.header)):
            continue
        said = [HANDED_BY_INSTRUCTION.search(t) for t in _texts(_column(r.table, f.index))]
        if sum(m is not None for m in said) * 2 >= len(said) > 0:
            return [m.group("unit") if m else "" for m in said]
    return []


INSTRUCTION = re.compile(
    r"(批示|指示|交办意见|督办意见|办理要求|工作要求|督办要求|处理决定|整改决定)$"
)  # it may set the time
HANDLING_WAY = re.compile(r"^(处理|处置|办理|整改)(方式|要求)$")  # 处理方式: 承诺答复，限期5个工作日内解决


# The unit an item names in its own words: "…杂物乱堆乱放。（责任单位：市城管执法局）".
UNIT_SAID = re.compile(
    # (…（4A级，通报批评，限期3个月整改；整改责任单位：清丰县单拐革命旧址管理所）: said last in the brackets)
    r"[（(【\[](?:[^（()）【】\[\]]{0,40}?[；;，,]\s*)?(?:整改)?(?:责任|牵头|承办|主办|整改)(?:单位|部门)\s*[:：]\s*"
    r"([^）)】\]]{2,40}?)\s*[）)】\]]"
    r"|[（(]\s*([^（()）:：，,]{2,20}?)(?:牵头|负责|主办|主责)\s*[，,）)]"  # （市司法局牵头，市级各有关部门…）
    # a sentence of its own whose subject is one office: 关于砂石行业整治。市水务局牵头负责。所有砂石场…
    r"|(?:^|[。；;])\s*(?![各相有属该本])([^\s，。；,;:：（()）“”由]{2,20}?(?:局|委|办|政府|中心|公司|院|所|站|队|社区|街道|镇|乡))"
    r"(?:牵头负责|牵头|负责|主办|主责)(?=[。；;，,]|$)"
    # 该案由濮阳县庆祖镇人民政府牵头整改: the office the work was given to, in a sentence about the case
    r"|由\s*([^\s，。；,;:：（()）“”由]{2,24}?(?:局|委|办|政府|中心|公司|院|所|站|队|社区|街道|镇|乡))"
    r"(?:牵头负责|牵头|负责|主办|主责)(?:整改|处置|落实|办理|实施|整治|复耕|查处)?(?=[。；;，,]|$)"
    # …。整改责任单位为范县人民政府，…: said in a sentence of the item's own
    r"|(?:整改)?责任(?:单位|主体)(?:为|是)\s*([^\s，。；,;:：（()）“”]{2,30}?"
    r"(?:人民政府|管理委员会|管委会|局|委|办|政府|中心|公司|院|所|站|队|社区|街道|镇|乡))(?=[，。；,;）)]|$)"
)


UNIT_WORDS = (
    "单位：",
    "单位:",
    "部门：",
    "部门:",
    "牵头",
    "负责",
    "主办",
    "主责",
    "单位为",
    "单位是",
    "主体为",
)  # what UNIT_SAID needs


def _unit_of(m: re.Match[str]) -> str:
    """The office a UNIT_SAID match names, whichever of its ways said it."""
    return next(filter(None, m.groups()), "")


def _units_said(descriptions: list[str]) -> list[str]:
    """Per row, the 责任单位 written in brackets inside the description, or the office it was
    referred to (7月15日转市住建局办理) — "" when none is."""
    joined = "\x1f".join(set(descriptions))  # a plain find in C first: nearly always none
    referred = "转" in joined and REFERRED.search(joined) is not None
    if not referred and (not any(word in joined for word in UNIT_WORDS) or not UNIT_SAID.search(joined)):
        return [""] * len(descriptions)
    return [
        _unit_of(m) if (m := UNIT_SAID.search(d)) else (r.group(1) if (r := REFERRED.search(d)) else "")
        for d in descriptions
    ]


# The office an item was referred to, in its own words: 7月15日转市住建局办理, 转市房管局调查落实.
REFERRED = re.compile(
    r"(?<![流运好轮周扭])转(?:交|办|至|给|由)?\s*([^\s，。；,;、：:“”]{1,18}?(?:局|委|办|政府|公司|中心|院|所|站|队|部|处|会|社区|街道|镇|乡|单位))"
    r"(?:调查落实|调查处理|核查处理|办理|处理|核查|核实|落实)"
)


# An office named as the subject of the item's own sentence, at its start.
# What a name at the head of an item's sentence may hold: no punctuation, no bracket, no quote mark
# (…诊所广告宣称“三甲医院… is no office's name).
NAME_CHARS = r"[^\s，。；,;:：（(“”\"]"
SUBJECT_OFFICE = re.compile(
    # (2所乡镇中学存在…, 多个部门…: a count of offices, none named; 六塔乡人民政府 is a place's)
    r"^(?![\d一二两三四五六七八九十几多]+\s*(?:个|所|家|处|名|户|项|座|条|批|次|类|种|位|人|台|辆|间|起|件|份|级|部)|[部个某该有其各全])("
    + NAME_CHARS
    + r"{2,20}?(人民政府|街道办事处|办事处|委员会|局|公司|集团|学院|学校|小学|中学|幼儿园|医院"
    r"|中心(?!小学|中学|幼儿园|学校|校|卫生院|医院)|协会|商会|学会|事务所"  # (城关镇中心幼儿园: the kindergarten)
    r"|委(?![员托派屈会])))(?!部(?!分)|门(?!户)|[长面势])"  # 市发改委公布的…, 濮阳市建筑业协会强制会员企业…
    # (市统计局门户网站…: the office's own website; 局门口 is a place)
)
NOT_A_PLACE = re.compile(
    r"^(镇|县|市|乡|村)区|(罐|厂|园|库|景|校|矿|社|小|片|城|新|功能|保护|作业|施工|生活|办公)区"
)
# A business an inspection found at fault, named first (濮阳县绿色庄园景区一处高台观景平台未设置护栏,
# 华龙区星际网咖安全出口锁闭): the one that must put it right, as a person reads an inspection list.
BUSINESS = (
    r"(景区|旅游区|风景区|度假区|乐园|公园|民宿|客栈|网咖|网吧|KTV|酒店|宾馆|饭店|酒家|餐厅|饭庄|超市|商场|购物中心|旅行社|加油站|"
    r"加气站|大药房|药店|诊所|门诊部|影城|影院|剧院|书店|书社|会所|浴池|歌厅|娱乐城|游乐场|农家乐|山庄|度假村|农贸市场|养老院|"
    r"敬老院|幼儿园|托育园|培训学校|驾校|物业公司|有限公司|厂|商贸城|家具城|建材城|商城|托管班|培训班|"
    r"培训中心|小厨|餐馆|饭馆|食府|纪念馆|博物馆|管理所|管理处)"
)
SUBJECT_BUSINESS = re.compile(r"^(" + NAME_CHARS + r"{2,24}?" + BUSINESS + r")(?![区内外部门长面势景])")
# A place checked, named before a colon at the head of its item (中通快递濮阳华龙区胜利路网点：杂物遮挡灭火器箱):
# the name a list of findings gives each place, whatever its brand (no place name need open it).
NAMED_AT_HEAD = re.compile(
    r"^([^\s，。；,;:：（()）“”]{4,30}?(?:"
    + BUSINESS
    + r"|网点|营业部|营业点|营业厅|分拨中心|配送中心|门店|分店|广场"
    r"|分公司|支行|分行|服务区|收费站|客运站|站点|林场|农场|牧场|养殖场|站|所|院|局|委|队|社区|村|镇|乡|街道))[：:]"
)


NUMBER_MARK = re.compile(LIST_MARK)
# A finding that opens with a town's village, then a comma or colon (马庄桥镇西马庄村，…).
VILLAGE_FIRST = re.compile(
    r"^([^\s，,。；;:：]{2,8}?(?:镇|乡|街道)[^\s，,。；;:：镇乡]{1,6}(?:村|社区))[，,：:]"
)
PROVINCE = re.compile(
    r"^(北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州"
    r"|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆)(省|市)?"
)


COMPLAINED = re.compile(r"反映|投诉|举报|信访|诉求|交办|来电|来信|转办")


def _complaints(r: _Reading) -> bool:
    """Whether a table's items are complaints or cases handed over (反映问题, 交办件), not findings."""
    said = [f.header for f in r.table.fields if Col.DESCRIPTION in f.targets]
    return any(COMPLAINED.search(header) for header in said) or bool(COMPLAINED.search(r.table.file))


def _subject_unit(description: str, units: UnitDirectory, businesses: bool = True) -> str:
    """The office an item names first as its subject (市住房和城乡建设局对县区整治工作技术指导不够,
    华龙区胜利路街道办事处辖区3户…): one of the directory, or one whose name starts with its place;
    with ``businesses``, a business too (华龙区星际网咖安全出口锁闭). The item's own number (1．) is
    no part of the name."""
    description = NUMBER_MARK.sub("", description, count=1)
    if (village := VILLAGE_FIRST.match(description)) and len(description) - village.end() >= 4:
        return village.group(1)  # 马庄桥镇西马庄村，村北…: the village the finding is in puts it right
    if businesses and (head := NAMED_AT_HEAD.match(description)) and len(description) - head.end() >= 4:
        return head.group(1)
    m = SUBJECT_OFFICE.match(description) or (SUBJECT_BUSINESS.match(description) if businesses else None)
    if m is None or len(description) - m.end() < 4:
        return ""  # (a register's item named by its applicant alone: the office handling it is the unit)
    name = m.group(1)
    if not businesses and name.endswith("公司") and not units.resolve(name):
        return ""  # (a company on a county's ground: the county answers for it)
    place = PLACE.match(name)
    if place and re.match(r"[一某多该个部有其]", name[place.end() :]):
        return ""  # 庆祖镇一砖厂, 某公司: a business not named, the office answers for it
    placed = place and not NOT_A_PLACE.search(place.group(0)) or PROVINCE.match(name)  # 河南龙都律师事务所
    registered = REGISTERED.search(name) and not re.match(r"[一某多该个部有其]", name)  # 濮阳联群…有限公司
    # (县教育局拖欠…: the county's own office, named as its returns name it — _county_own gives its full name)
    return name if units.resolve(name) or placed or registered or BARE_LEVEL.match(name) else ""


REGISTERED = re.compile(r"\S{4,}有限(责任)?公司$")  # a company by its registered name: one of its own


def _units_in_columns(r: _Reading) -> list[str] | None:
    """Per row, a 责任单位 written in brackets in a column kept as it is (点位（责任单位）: 联盛快乐城
    （责任单位：市商务局））, or None when no such column."""
    for f in r.table.extras:
        if any(said := _units_said(_texts(_column(r.table, f.index)))):
            return said
    return None


# A numbered heading that names an office over its items (一、城关镇敬老院), or a town's village: the items' unit.
# (一、歌舞娱乐场所 names a kind of place, not an office)
HEADED_OFFICE = re.compile(
    r"(敬老院|养老院|福利院|卫生院|医院|老年公寓|学校|小学|中学|幼儿园|托育园|托儿所|公司|集团|中心|局|委员会|人民政府|办事处|(?<!场)所|站|馆"
    r"|商会|协会|学会|联合会|促进会|研究会|基金会|合作社|支行|分行|银行|村委会|居委会|村民委员会|居民委员会)$"
    r"|(镇|乡|街道)[^\s镇乡]{1,6}(村|社区)$"  # （一）户部寨镇东户部寨村: the village of a town's report
)


def _heading_unit(r: _Reading, row: int) -> str:
    """The unit a heading over a row names: in brackets (（责任单位：市消防支队）) or as the heading
    itself when it is a unit of the directory (一、市卫健委)."""
    text = r.table.headings.get(row, "")
    if not text:
        return ""
    if m := UNIT_SAID.search(text):
        return _unit_of(m)
    bare = re.sub(
        r"^\s*(第?[一二三四五六七八九十\d]{1,3}\s*[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)])\s*",
        "",
        text,
    )
    bare = re.sub(r"\s*[（(][^）)]*[）)]\s*$", "", bare)  # 颐康老年公寓（民办，床位86张）
    bare = re.sub(r"(党组|党委|党总支|党支部)$", "", bare) or bare  # 三、市供销合作社党组: the office
    if r.units.resolve(bare):
        return bare
    if bare != text and BARE_PLACE.match(bare):
        return bare  # （五）华龙区: the district's items
    if "的" in bare:
        return ""  # （一）暂缓通过年检的幼儿园: a group of offices, each named in its items
    return bare if bare != text and HEADED_OFFICE.search(bare) and len(bare) <= 20 else ""  # 一、城关镇敬老院


def _under_heading(r: _Reading, row: int, description: str) -> str:
    """The unit of an item under a heading: the heading's, unless the heading is a bare place and the item
    names a business or office in it first (（一）华龙区 over 华龙区极速时代网咖存在…: the business answers)."""
    unit = _heading_unit(r, row)
    if not unit or not BARE_PLACE.match(unit) or not description:
        return unit
    subject = _subject_unit(description, r.units)
    return subject if subject.startswith(unit) and len(subject) > len(unit) + 1 else unit


def _named_apart(text: str, r: _Reading) -> bool:
    """Whether a 责任部门 text names an office apart from the sender: one of the directory, one with its
    place, or any in a return of no known sender — not a bare 执行局 in a court's own return."""
    return bool(
        not r.table.sender
        or r.units.resolve(text)
        or r.units.find_in(text)
        or PLACE.match(text)
        or not INSTITUTION_SENDER.search(r.table.sender)
    )


# A sender with bureaus of its own (a court's 执行局, a hospital's 医务部, a company's 分公司).
INSTITUTION_SENDER = re.compile(r"(法院|检察院|医院|大学|学院|学校|集团|公司|银行)$")


GOVERNMENT = re.compile(r"(人民政府|政府|街道办事处|办事处|管委会|管理委员会)$")


def _blank(cells: Sequence[Any]) -> bool:
    return "" in cells or None in cells


def _kept_for(r: _Reading, column: str) -> list[list[str]]:
    """The texts of each column kept as it is whose header would have fed ``column`` (受理单位 beside
    the 办理单位 the header chose, 隐患处理状态 beside 完成情况, 措施实施情况跟踪 beside 整改进展)."""
    problem = min((f.index for f in r.table.fields if Col.DESCRIPTION in f.targets), default=-1)
    kept = [
        f.index
        for f in r.table.extras
        if column in f.alt
        and f.how not in ("clerk", "kept")
        and not (column == Col.PROGRESS and NOT_PROGRESS.search(f.header.rpartition(" / ")[2]))
        and not (column in FOLLOWS_PROBLEM and f.index < problem)
    ]
    return [_texts(_column(r.table, index)) for index in kept]


# What is told of the work comes after the problem: a verdict left of it (复核情况 / 市级复核结论 | 不符合项)
# is of the check that found the problem.
FOLLOWS_PROBLEM = (Col.CLOSEOUT, Col.STATUS, Col.PROGRESS)
# Under 处理情况: 是否立案 | 行政处罚 answer a question of their own, the penalty — no word on the work.
NOT_PROGRESS = re.compile(r"^是否|处罚|立案|问责|罚款")


# A body that inspects (a discipline inspection group, an inspection or audit team): it found the problem,
# it does not put it right, whatever the column it is written under (主办单位 of an 效能监察 project).
INSPECTING_BODY = re.compile(
    r"(纪委|监委|纪检监察组|纪检组|监督检查室|巡察组|巡视组|督查组|督导组|审计组|检查组|暗访组)$"
)
PROJECT_NAMED = re.compile(r"^(项目|事项|检查|监察|督查)(名称|题目)$")


def _inspected_instead(r: _Reading, unit_text: list[str]) -> list[str]:
    """Where a row's unit is a body that inspects, the office its project's name or its problem names
    (项目名称: 市生态环境局建设项目环评审批时效效能监察), as the directory spells it or as written first."""
    named = [f for f in r.table.extras if PROJECT_NAMED.match(clean_header(f.header))]
    titles = _texts(_column(r.table, named[0].index)) if named else [""] * r.n
    out = []
    for u, title, d in zip(unit_text, titles, r.text[Col.DESCRIPTION], strict=True):
        if not INSPECTING_BODY.search(u):
            out.append(u)
            continue
        found = r.units.find_in(title) or r.units.find_in(d)
        out.append(
            found.name if found else _subject_unit(title, r.units, False) or _subject_unit(d, r.units) or u
        )
    return out


def _read_units(r: _Reading) -> None:
    """The unit of each row (责任单位, else the 填报单位), and a section inside it as 责任部门."""
    text = r.text
    said = _units_said(text[Col.DESCRIPTION]) if Col.DESCRIPTION in r.filled else text[Col.UNIT]
    if Col.UNIT not in r.filled and (named := _party_named(r)):  # 责任主体为用户 over 用户姓名
        said = [s or n for s, n in zip(said, named, strict=True)]
    if (
        "" in said and Col.UNIT not in r.filled and (cells := _units_in_columns(r))
    ):  # 联盛快乐城（责任单位：市商务局）
        said = [s or c for s, c in zip(said, cells, strict=True)]
    if "" in said and (others := _kept_for(r, Col.UNIT)):  # 办理单位 blank, 受理单位 filled
        said = [s or o for s, o in zip(said, others[0], strict=True)]
    if "" in said and r.table.headings:  # the heading over the items: 恒利购物广场（责任单位：市消防支队）
        said = [
            s or _under_heading(r, row, d)
            for s, (row, _), d in zip(said, r.table.rows, text[Col.DESCRIPTION], strict=True)
        ]
    if (
        "" in said
        and Col.UNIT not in r.filled
        and Col.DESCRIPTION in r.filled
        and not _own_sections_answer(r)
    ):  # 清丰县马庄桥镇人民政府排查出…
        # (a county's or a town's own list of complaints handed to it, or of items its own sections handle
        # (责任部门): it answers for the businesses on its ground; the findings of its own inspection name
        # who is to put each right)
        sender = r.table.sender
        handled = _complaints(r) or Col.DEPARTMENT in r.filled
        own_ground = bool(sender) and bool(GOVERNMENT.search(place_office(sender))) and handled
        said = [
            s or _subject_unit(d, r.units, not own_ground)
            for s, d in zip(said, text[Col.DESCRIPTION], strict=True)
        ]
    if "" in said and Col.PROGRESS in r.filled and not (r.table.sender or r.table.unit or r.table.unit_text):
        # nobody named over the items (a report to the 人大常委会 by the 审计局局长): the office the
        # progress opens with does the work (市财政局已收回…, 要求市卫健委于9月30日前整改到位)
        said = [
            s or _subject_unit(ASKED_OF.sub("", p), r.units, False)
            for s, p in zip(said, text[Col.PROGRESS], strict=True)
        ]
    unit_text = [  # the fullest form: 陈庄镇 under 乡镇, 范县陈庄镇人民政府 under 填报单位
        b if a and b and a in b else a or s or b
        for a, s, b in zip(text[Col.UNIT], said, text["_填报单位"], strict=True)
    ]
    if sender := r.table.sender:  # 陈庄镇人民政府 in the return 范县陈庄镇人民政府 sent: the sender
        full = {u: _in_full(u, sender, r.units) for u in set(unit_text)}
        unit_text = [full[u] for u in unit_text]
    if Col.UNIT in r.filled and any(INSPECTING_BODY.search(u) for u in set(text[Col.UNIT])):
        unit_text = _inspected_instead(r, unit_text)
    dept_text = text[Col.DEPARTMENT]
    if Col.DEPARTMENT in r.filled:  # a 责任部门 column of a city-wide list names units, not departments
        owner = r.table.sender
        unit_text = [
            u
            or (
                d
                if _names_unit(d, r.units) and not _town_own(d, owner, r.units) and _named_apart(d, r)
                else ""
            )
            for u, d in zip(unit_text, dept_text, strict=True)
        ]
        dept_text = [d if d != u else "" for u, d in zip(unit_text, dept_text, strict=True)]
    if r.table.unit_fixed:  # the clerk's 文件设置 (or a note of the table) names the unit of every row
        fixed = r.table.sender
        unit_text = [fixed] * len(unit_text)
        dept_text = text[Col.DEPARTMENT]  # (华龙分局 under 责任部门: a section of it, whatever it names)
    r.unit_text, r.dept_text = unit_text, dept_text
    r.unit_of = {t: _resolve_unit(t, r.table, r.units) for t in set(unit_text)}
    table = r.table
    if (
        table.unit is None
        and table.unit_text
        and any(u == place_office(table.unit_text) and not p for u, p, _ in r.unit_of.values())
    ):
        r.table_problem(
            "unknown-unit", "填报单位", table.unit_text, "，已按此名称单独统计，请在单位名录中补充"
        )


ASKED_OF = re.compile(r"^(要求|责令|督促|请)")  # 要求市卫健委于…: the office asked is the one to do it


def _party_named(r: _Reading) -> list[str]:
    """The names in the column of the party a note says answers for the items (说明：隐患整改责任主体为用户
    over 用户姓名 | 濮阳县城关镇老街羊肉烩面馆); [] when there is no such note or column."""
    party = r.table.responsible
    column = next(
        (f for f in r.table.extras if party and f.how != CLERK and clean_header(f.header).startswith(party)),
        None,
    )
    return _texts(_column(r.table, column.index)) if column is not None else []


def _own_sections_answer(r: _Reading) -> bool:
    """Whether the sender's own sections answer for the items (责任股室 | 安全股 in 范县教育局's return): the
    schools its problems name are where they were found, the sender answers for them."""
    return bool(r.table.sender) and any(
        f.targets == (Col.DEPARTMENT,) and f.how != CLERK and OWN_SECTIONS.search(clean_header(f.header))
        for f in r.table.fields
    )


def _read_dates(r: _Reading) -> None:
    """发现时间, 整改时限 and 完成时间. A deadline is read without its start first; only one that
    counts from a start (2个月内, 5个工作日内, 立行立改) is read again from each row's 发现时间 (or
    the table's base date)."""
    year, near, calendar = r.year, r.near, r.calendar
    if r.table.periods:  # 攻坚期内: the end of the 攻坚期 named above the table
        r.raw[Col.DEADLINE] = [_period_end(v, r.table.periods) for v in r.raw[Col.DEADLINE]]
    r.found = _read(
        lambda v: parse_date(v, year, near=near, ahead=False), r.raw[Col.FOUND], ("date", year, near, False)
    )
    deadline = _read(
        lambda v: parse_date(v, year, None, calendar, near=near, ahead=True),
        r.raw[Col.DEADLINE],
        ("deadline", year, calendar, near),
    )
    if any(d.kind in RELATIVE_KINDS for d in deadline.distinct()):
        events = _event_dates(r)
        starts = [f.value or e or r.base for f, e in zip(r.found.values, events, strict=True)]
        deadline = _Read(
            [
                parse_date(v, year, _named_start(r, str(v), i) or starts[i], calendar, near=near, ahead=True)
                if d.kind in RELATIVE_KINDS
                else d
                for i, (v, d) in enumerate(zip(r.raw[Col.DEADLINE], deadline.values, strict=True))
            ],
            r.raw[Col.DEADLINE],
        )
        _note_deadline_base(r, deadline, events)
    r.deadline = deadline
    r.finish = _read(
        lambda v: parse_date(v, year, near=near, ahead=False), r.raw[Col.DONE_ON], ("date", year, near, False)
    )


WITHIN_PERIOD = re.compile(
    r"\s*(\S{1,8}?(?:期|阶段))\s*(内|以内|之内|期间|结束前|结束|前)\s*(完成|整改到位|办结)?\s*"
)


def _period_end(value: object, periods: dict[str, date | str]) -> object:
    """A time written as a period named above the table (攻坚期内) as that period's last day."""
    if isinstance(value, str) and (m := WITHIN_PERIOD.fullmatch(value)) and (end := periods.get(m.group(1))):
        return end if isinstance(end, str) else f"{end.year}年{end.month}月{end.day}日"
    return value


DAY_SAID = re.compile(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日")
EVENT_COLUMN = re.compile(r"(会议|批示|交办|下达|部署)\S{0,6}(时间|日期|名称)")


def _event_dates(r: _Reading) -> list[date | None]:
    """Per row, the date of the event its item comes from when no 发现时间 gives it: the meeting
    named beside it (会议名称及时间: 局长办公会议（2024年第9次，6月14日）) or in the heading over it
    (市政府第26次常务会议（2024年7月9日）) — the last date the text names."""
    columns = [f.index for f in r.table.extras if EVENT_COLUMN.search(f.header)]
    told = [EVENT_DAY.search(d) if "日" in d else None for d in r.text[Col.DESCRIPTION]]  # 7月24日现场交办
    if not columns and not r.table.headings and not any(told):
        return [None] * r.n
    out: list[date | None] = []
    for (excel_row, values), own in zip(r.table.rows, told, strict=True):
        texts = [as_text(values[c]) for c in columns if c < len(values)]
        texts.append(r.table.headings.get(excel_row, ""))
        days = [m for t in texts if t for m in DAY_SAID.finditer(t)]
        if own is not None:
            days = [*days, *DAY_SAID.finditer(own.group(1))]
        out.append(_day(days[-1], r.year) if days else None)
    return out


def _day(m: re.Match[str], year: int) -> date | None:
    try:
        return date(int(m.group(1) or year), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


RECEIVED = re.compile(r"^(收到|接到|收悉)")  # a time counted from receiving a notice or a letter
SENT_ON = re.compile(r"^(下达|送达|下发|印发|签发|发文|交办)(日期|时间)$")  # the day it was sent
NAMED_START = re.compile(r"(?:自|从)?(\S{2,12}?)(?:之日起|之日|后)(?=\s*" + NUM + ")")


OWN_START = re.compile(
    r"((?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:交办|下发|收到|签收|受理|转办)[，,]?\s*\S{0,4}?"
    + NUM
)
# …15个工作日内（2024年6月20日交办）: the day it was handed over, in brackets after the time
HANDED_AFTER = re.compile(
    r"[（(]\s*((?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:交办|下发|收到|签收|受理|转办)\s*[）)]"
)


def _dated_start(r: _Reading, i: int) -> re.Match[str] | None:
    """The day the row's own words say its time counts from (整改要求：自2024年6月28日送达《责令改正
    通知书》之日起15日内更正)."""
    for said in (r.text[Col.MEASURES][i], r.text[Col.DESCRIPTION][i]):
        if "起" in said and (within := DEADLINE_WITHIN.search(said)):
            if m := DATED_START.search(said[: within.start()]):
                return m
    return None


HEADER_START = re.compile(r"(?:自|从)(\S{2,8}?)之日")


HANDED_DAY = re.compile(r"^(转办|交办|派单|派发|分办|转交|转送|移送|移交)(时间|日期)$")
ACCEPTED_DAY = re.compile(r"^(受理|签收)(时间|日期)$")


def _handed_over(r: _Reading) -> str | None:
    """The day the item reached the unit (转办时间 beside 诉求时间): a unit's time to handle it counts
    from there, not from the day the citizen wrote."""
    columns = (*r.table.fields, *r.table.extras)
    for pattern in (HANDED_DAY, ACCEPTED_DAY):  # (登记日期 beside 受理日期: a 信访件 counts from its 受理)
        named = (lower_header(f.header) for f in columns)  # (受理情况 / 受理日期)
        if said := next((m.group(1) for h in named if (m := pattern.match(h))), None):
            return said
    return None


def _start_in_header(r: _Reading) -> str | None:
    """What the deadline's own header says its times count from: 整改期限（自告知之日起） | 3日内."""
    header = next((f.header for f in r.table.fields if Col.DEADLINE in f.targets), "")
    m = HEADER_START.search(str(header))
    return m.group(1) if m else None


def _named_start(r: _Reading, text: str, i: int) -> date | None:
    """The date a relative deadline says it counts from, when the row has a column for it:
    自补充材料提交之日起15个工作日 counts from the row's 补充材料提交日期, 批示后15日内 from its
    批示时间 (when that is filled); so do all of a table whose note says so (办理时限自领导批示之日起计算).
    Else the day a line around the table names (审计报告日期：…)."""
    # 7月5日交办，20个工作日内完成: the cell says when it was handed over
    if handed := OWN_START.search(text) or HANDED_AFTER.search(text) or _dated_start(r, i):
        on = parse_date(handed.group(1), r.year, near=r.near, ahead=False)
        if on.kind == "date" and on.value is not None:
            return on.value
    m = NAMED_START.search(text)
    # (立行立改 counts from what a note names for it, when the note names that apart: 自督查当日起整改)
    immediate = r.table.immediate_start if IMMEDIATE.search(text) else None
    start = (
        m.group(1)
        if m is not None
        else immediate or r.table.deadline_start or _start_in_header(r) or _handed_over(r)
    )
    if not start:
        return None
    said = clean_header(start)
    received = RECEIVED.match(said) is not None  # 收到意见函后30日内: from the day the letter was sent
    for f in (*r.table.fields, *r.table.extras):
        lower = lower_header(f.header)
        names = {re.sub(r"(日期|时间|日)$", "", h) for h in (clean_header(f.header), lower)}
        sent = received and SENT_ON.match(lower)
        told = any(len(name) >= 2 and (name in said or said in name) for name in names)
        if (sent or told) and f.index < len(r.table.rows[i][1]):
            day = parse_date(r.table.rows[i][1][f.index], r.year, near=r.near, ahead=False)
            if day.kind == "date" and day.value is not None:
                return day.value
    # a day named around the table: 审计报告日期：2024年6月14日 for 审计报告下达之日起60日内 (the name
    # closest to what it says first: 督导反馈时间 before 督导时间, for 自督导反馈之日起)
    named = [name for name in r.table.dated if name in said or said in name]
    return r.table.dated[min(named, key=lambda name: abs(len(name) - len(said)))] if named else None


def _note_deadline_base(r: _Reading, deadline: _Read, events: list[date | None]) -> None:
    """Relative deadlines counted from the table's base date (no 发现时间 in their row): say so."""
    assert r.found is not None
    if not r.table.base_date:
        return
    example = next(
        (
            t
            for t, d, f, e in zip(r.text[Col.DEADLINE], deadline.values, r.found.values, events, strict=True)
            if d.kind in RELATIVE_KINDS and d.value is not None and not f.value and not e
        ),
        None,
    )
    if example is not None:
        where, day = r.table.base_date[1], r.table.base_date[0]
        r.table_problem("deadline-base", Col.DEADLINE, example, f"{where} {day}")


TELLS_STEP = re.compile(r"^(已|正在|拟)|[（(]已|常态化|长期")  # a measure that tells a step
# What became of it, told after what was asked (建议压缩审批环节。请于8月30日前函告本组。目前该局已上线…): the
# sentences from the first that tells (目前…, 经督促，该局尚未…, 该中心已…).
TOLD_AFTER_ASK = re.compile(
    r"(?<=[。；;])\s*(目前|现已|截至目前|经\S{0,6}?[，,]|该\S{1,4}?(已|正在|尚未|仍未))"
)


def _told_after_asking(r: _Reading, progress: list[str]) -> list[str]:
    """No progress said, but the measure (整改及处理意见) asks, then tells what became of it: that telling."""
    if Col.MEASURES not in r.filled or "" not in progress or Col.STATUS in r.filled:
        return progress
    told = []
    for p, m in zip(progress, r.text[Col.MEASURES], strict=True):
        after = TOLD_AFTER_ASK.search(m) if not p else None
        told.append(m[after.start() :].strip() if after and ASKING.search(m, 0, after.start()) else p)
    return told


ASKING = re.compile(r"建议|请于|要求|责令|督促")


def _tells_steps(measures: list[str]) -> bool:
    """Whether some measure tells a step taken (TELLS_STEP): a plain find in C first."""
    joined = "\x1f".join(set(measures))
    return any(w in joined for w in ("已", "正在", "拟", "常态化", "长期")) and any(
        map(TELLS_STEP.search, joined.split("\x1f"))
    )


def _status_codes(r: _Reading) -> dict[str, str] | None:
    """The legend the status column's codes are read by: in its own header (状态 0新建 1已改正 …),
    or written around the table for it (完成情况代码：1-待接收 …), or the only legend there is."""
    field = next((f for f in r.table.fields if f.targets == (Col.STATUS,)), None)
    if field is None or not any(
        _code(s).isdigit() or CLASS.fullmatch(_code(s)) for s in set(r.text[Col.STATUS])
    ):
        return None
    if own := read_legend(field.header):
        return own[1]
    name = clean_header(field.header)
    legends = r.table.legends
    named = [
        codes
        for said, codes in legends
        if said and (clean_header(said) in name or name in clean_header(said))
    ]
    return named[0] if named else (legends[0][1] if len(legends) == 1 else None)


CLASS = re.compile(r"[A-D]类")


def _code(value: str) -> str:
    """A code as a legend names it: 6 for 6.0, B类 for b 类."""
    code = re.sub(r"\s+", "", value).removesuffix(".0")
    return code.upper() if CLASS.fullmatch(code.upper()) else code


def _classes_as_status(r: _Reading) -> None:
    """No status or progress column, but a note defines the classes one column holds (办理类别: A类 | B类, with 注：A类为
    所提问题已经解决或基本解决的；B类为所提问题正在解决…): that column tells each item's state, by the
    note (the guess is named)."""
    if {Col.STATUS, Col.PROGRESS} & set(r.table.canonical):
        return  # (分类: C类 beside 办理情况: 正在推进 — the account tells the state)
    classes = [codes for _, codes in r.table.legends if all(map(CLASS.fullmatch, codes))]
    if not classes or not any(parse_status(meant) for meant in classes[0].values()):
        return
    for f in [*r.table.fields, *r.table.extras]:
        if f.how == CLERK or Col.DESCRIPTION in f.targets or Col.UNIT in f.targets:
            continue
        said = [_code(v) for v in _texts(_column(r.table, f.index)) if v]
        if len(said) >= 2 and sum(v in classes[0] for v in said) >= 0.6 * len(said):
            r.table.fields = [g for g in r.table.fields if g is not f]
            r.table.extras = [g for g in r.table.extras if g is not f]
            r.table.fields.append(replace(f, targets=(Col.STATUS,), how=CONTENT))
            return


# Why an item is not closed yet (未办结原因, 未完成原因说明): said for the items the status calls open.
WHY_OPEN = re.compile(
    r"^(未办结|未完成|未整改|未解决|未销号)的?(原因|原因说明|情况说明)"
    r"((及|和|与)(下步|下一步)(措施|打算|计划|安排|工作))?$"  # 未完成原因及下步措施: what it got to, too
)


def _why_open(r: _Reading, progress: list[str]) -> list[str]:
    """The progress, where it is blank and the status calls the item open, from a column kept as it
    is that says why it is not closed (√ under 未办结 | 未办结原因: 施工单位正在返修 — how far it got)."""
    kept = [f for f in r.table.extras if f.how != CLERK and WHY_OPEN.match(clean_header(f.header))]
    if not kept or "" not in progress or Col.STATUS not in r.filled:
        return progress
    why = _texts(_column(r.table, kept[0].index))
    return [
        p or (w if _status_key(s) in CLOSED_NO else "")
        for p, s, w in zip(progress, r.text[Col.STATUS], why, strict=True)
    ]


def _read_progress(r: _Reading) -> None:
    """Each row's state from every signal the unit gave, by one rule (progress.settle_state)."""
    assert r.finish is not None and r.deadline is not None
    text = r.text
    status, progress = text[Col.STATUS], text[Col.PROGRESS]
    if "" in progress and (tracked := _kept_for(r, Col.PROGRESS)):  # 措施实施情况跟踪 beside a blank 整改进展
        joined = ["；".join(t for t in row if t) for row in zip(*tracked, strict=True)]
        progress = [p or t for p, t in zip(progress, joined, strict=True)]
    if Col.REMARK in r.filled:  # a 备注 often tells the progress where nothing else does, or that
        # the answer was sent back (已退回重办), which no other column says
        told = {n: parse_status(n, r.words) is not None for n in set(text[Col.REMARK]) if n}
        progress = [  # ... or a later stage than the progress column (正在化解，已支付第一期租金)
            (f"{p}；{note}" if p else note) if note and (not p or told[note] or REOPENED.search(note)) else p
            for p, note in zip(progress, text[Col.REMARK], strict=True)
        ]
    if not {Col.STATUS, Col.PROGRESS} & r.filled:
        progress = _progress_elsewhere(r, progress)
    if Col.MEASURES in r.filled and "" in progress and _tells_steps(text[Col.MEASURES]):
        progress = [  # no word on progress but the measure tells a step (拟增加煎药机2台（已申请采购）),
            # the status blank or only 否 (否 | 已报修，等待厂家上门维修: under way)
            p or (m if (not s or _status_key(s) in CLOSED_NO) and TELLS_STEP.search(m) else "")
            for p, s, m in zip(progress, text[Col.STATUS], text[Col.MEASURES], strict=True)
        ]
    progress = _why_open(r, progress)
    progress = _told_after_asking(r, progress)
    if Col.MEASURES in r.filled and any(SENT_BACK.search(m) for m in set(text[Col.MEASURES])):
        progress = [  # 处理意见: 退回重办 — the answer was sent back (制定返工方案 is a measure)
            (f"{p}；{m}" if p else m) if SENT_BACK.search(m) else p
            for p, m in zip(progress, text[Col.MEASURES], strict=True)
        ]
    if Col.STATUS not in r.filled:
        header = next((f.header for f in r.table.fields if Col.PROGRESS in f.targets), None)
        others = [f.header for f in r.table.fields if {Col.CLOSEOUT, Col.DONE_ON} & set(f.targets)]
        if header is not None:  # the progress text is the status
            status, progress = progress, [""] * r.n
            r.table_problem("status-from-progress", Col.STATUS, header.replace("\n", ""))
        elif others:
            r.table_problem("status-from-columns", Col.STATUS, "、".join(h.replace("\n", "") for h in others))
        else:
            r.table_problem("no-status-column", Col.STATUS, detail=str(r.n))
    if Col.STATUS in r.filled and (second := _kept_for(r, Col.STATUS)):
        if "" in progress:  # 是否完成: 否 | 完成情况说明: 3名教练已报名参加9月培训 — how far it got
            progress = [p or (o if s else "") for p, s, o in zip(progress, status, second[0], strict=True)]
        status = [s or o for s, o in zip(status, second[0], strict=True)]  # 完成情况 blank: 隐患处理状态 says
    if codes := _status_codes(r):  # 6 under 完成情况, with 6-完成 in the legend: 完成
        status = [codes.get(_code(s), s) for s in status]
        text[Col.STATUS] = status
    r.status_text = status
    actual = 2 if _actual_finish(r.table) else 1  # how sure a filled 完成时间 is the real one
    said = {e: actual if e.value is not None and e.value <= r.as_of else 0 for e in r.finish.distinct()}
    finished = list(map(said.__getitem__, r.finish.values))  # each distinct date once, the rows in C
    kinds = {d: d.kind == "long_term" for d in r.deadline.distinct()}
    long_term = list(map(kinds.__getitem__, r.deadline.values))
    r.text[Col.CLOSEOUT] = _closeout(r)  # (kept in the ledger: a return sent back reads it the same)
    signals = list(zip(status, progress, r.text[Col.CLOSEOUT], finished, long_term, strict=True))
    words = r.words
    r.states = _map(lambda s: settle_state(*s, words=words), signals, ("settle", words))
    _short_of_task(r, status, progress)
    _earlier_step(r, status, progress)
    if not r.status_required:  # merged back by 问题编号: a blank status changes nothing
        ids = text[Col.ID]
        r.states = [
            (None, "") if how == "blank" and ids[i] else (s, how) for i, (s, how) in enumerate(r.states)
        ]


TARGET = re.compile(r"(目标|任务|计划)(数|量)?$")  # 年度目标 | 新建口袋公园20个: the whole asked
HEAD_COUNT = re.compile(r"(人|户|件|个|家|处|台|所|辆|栋|座|名)数$")  # 欠费人数: how many the item concerns
NUMBER = re.compile(r"\d{1,6}(\.0)?")


def _short_of_task(r: _Reading, status: list[str], progress: list[str]) -> None:
    """A progress that counts fewer than the item asks (已建成12个 of 新建口袋公园20个, 已整改1家 of
    3家商户…) tells part of it done: under way, not done."""
    if not any(s == DONE for s, _ in r.states):
        return
    asked = [r.text[Col.DESCRIPTION], r.text[Col.MEASURES]]
    asked += [
        _texts(_column(r.table, f.index)) for f in r.table.extras if TARGET.search(clean_header(f.header))
    ]
    for f in r.table.extras:  # 欠费人数 | 27 beside 已组织现场收缴，补缴20人: 20 of the 27
        if counted := HEAD_COUNT.search(clean_header(f.header)):
            asked.append(
                [
                    f"{v}{counted.group(1)}" if NUMBER.fullmatch(v) else ""
                    for v in _texts(_column(r.table, f.index))
                ]
            )
    for i, (state, how) in enumerate(r.states):
        told = status[i] if how == "status" else progress[i] if how == "progress" else ""
        if (
            state == DONE
            and told
            and not VERDICT_LAST.search(told)
            and short_of("；".join(a[i] for a in asked), told)
        ):
            r.states[i] = (IN_PROGRESS, how)


# A progress that ends in a verdict on the whole item (已增聘2名持证救生员，整改完成): done, whatever it counts.
VERDICT_LAST = re.compile(
    r"[，,；;]\s*(已|均已)?(全部)?(整改完成|整改完毕|整改到位|完成整改|全部完成|办结|销号)[。.！!]?\s*$"
)


def _earlier_step(r: _Reading, status: list[str], progress: list[str]) -> None:
    """Measures that set dated steps (8月底前完成检查事项梳理，11月底前全面推行联合检查) and a progress
    that tells of a step, not of the last one (已梳理检查事项27项): under way, not done."""
    if Col.MEASURES not in r.filled or not any(s == DONE for s, _ in r.states):
        return
    for i, (state, how) in enumerate(r.states):
        told = status[i] if how == "status" else progress[i] if how == "progress" else ""
        if state != DONE or not told or "前" not in r.text[Col.MEASURES][i]:
            continue
        steps = [m.group(0) for m in DEADLINE_SAID.finditer(r.text[Col.MEASURES][i])]
        if len(steps) >= 2 and steps[-1][-2:] not in told and told_by_steps(told, r.words):
            r.states[i] = (IN_PROGRESS, how)


def _closeout(r: _Reading) -> list[str]:
    """Each row's closing verdict: its 销号 column, a second one where that is blank (复核意见), or
    a column of whether the answer was given (答复情况 beside 办理情况: 已答复 closes it)."""
    closeout = r.text[Col.CLOSEOUT]
    if answers := _answered_by_ticks(r):  # 整改到位（是） | 整改到位（否）, a √ under one of them
        return answers
    if Col.CLOSEOUT in r.filled and "" in closeout and (second := _kept_for(r, Col.CLOSEOUT)):
        closeout = [c or o for c, o in zip(closeout, second[0], strict=True)]
    if not any(closeout) and (answered := _answer_column(r)):
        closeout = answered
    if not any(closeout) and (rated := _satisfaction(r)):
        closeout = rated  # 企业满意度 | 满意: the asker accepted the answer
    return closeout


SATISFACTION = re.compile(r"满意(度|情况|程度)$|^(回访|评价)(结果|情况)$")


def _satisfaction(r: _Reading) -> list[str] | None:
    """A column of how satisfied the one who asked is (企业满意度: 满意 | 不满意), as its rows say."""
    for f in r.table.extras:
        if f.how != "clerk" and SATISFACTION.search(clean_header(f.header)):
            texts = _texts(_column(r.table, f.index))
            if any(_status_key(t) in SATISFIED_WORDS for t in texts):
                return texts
    return None


ANSWERED_IN_BRACKETS = re.compile(r"(?:[（(]\s*|/\s*)(是|否)\s*[）)]?$")  # 整改到位（是）, 是否销号 / 是


def _answered_by_ticks(r: _Reading) -> list[str] | None:
    """A check's verdict given by ticks under two columns answering it (第二轮回头看: 整改到位（是）|
    整改到位（否）): 是 or 否 by which is ticked, per row; None when the table has no such pair."""
    said: dict[str, int] = {}
    for f in (*r.table.fields, *r.table.extras):
        if Col.CLOSEOUT in (*f.targets, *f.alt) and (m := ANSWERED_IN_BRACKETS.search(f.header)):
            said.setdefault(m.group(1), f.index)
    if len(said) < 2:
        return None
    yes, no = (_texts(_column(r.table, said[k])) for k in ("是", "否"))
    return ["是" if is_tick(y) else "否" if is_tick(n) else "" for y, n in zip(yes, no, strict=True)]


ANSWER_WORD = re.compile(r"^(已|未|尚未|暂未)\s*(书面|电话|当面)?(答复|回复|函复|办复|反馈)\S{0,4}$")


def _answer_column(r: _Reading) -> list[str] | None:
    """A column kept beside the progress that holds only whether the answer was given (答复情况:
    已答复 | 未答复): the closing of the handling, as a 销号 column is."""
    for texts in _kept_for(r, Col.PROGRESS):
        said = {t for t in texts if t}
        if said and all(ANSWER_WORD.match(t) for t in said):
            return texts
    return None


# A column of what a follow-up found (回访情况, 复查结果): kept as it is (it may hold satisfaction),
# but where the return says nothing else of progress and it tells progress, it is the progress.
AFTER_VISIT = re.compile(r"^(电话)?回访(情况|结果)?$|^(复查|复核|核查)(情况|结果)$")


def _found_on_visit(r: _Reading) -> list[str] | None:
    """The texts of a follow-up column whose cells tell progress (most distinct ones read as a
    state), for a table with no status and no progress column; None when there is none."""
    for f in r.table.extras:
        own = lower_header(f.header)  # (回访情况 / 回访结果: the lower cell's word)
        if f.how == "clerk" or not (AFTER_VISIT.match(clean_header(f.header)) or AFTER_VISIT.match(own)):
            continue
        texts = _texts(_column(r.table, f.index))
        said = {t for t in texts if t}
        if said and 2 * sum(parse_status(t, r.words) is not None for t in said) >= len(said):
            return texts
    return None


# A completion column that can only hold when the item was done (办结时间, 批复时间, 实际完成时间):
# its date beats a status word left from an earlier round. A bare 完成时间 in a table without a
# deadline column may be the planned date.
ACTUAL = re.compile(r"实际|办结|销号|批复|改正|纠正|答复|回复|复函|结案|竣工|完工|验收|办毕|闭环|消除")


HANDLED_ON = re.compile(r"处理|处置")


def _actual_finish(table: RawTable) -> bool:
    finish = next((f for f in table.fields if Col.DONE_ON in f.targets), None)
    if finish is None:
        return False
    if Col.STATUS not in table.canonical and HANDLED_ON.search(finish.header):
        return True  # 处理日期 of a complaint whose progress text is all it says: the day it was handled
    return Col.DEADLINE in table.canonical or bool(ACTUAL.search(finish.header))


STEPS: tuple[Callable[[_Reading], None], ...] = (
    _classes_as_status,
    _note_columns,
    _read_text,
    _read_units,
    _read_dates,
    _read_progress,
)


# ---------------------------------------------------------------------------------------------
# The row checks: each gives (row index, problem) for the rows it flags, in row order. Most rows
# have nothing to report, so each check looks at distinct values first where it can.


def _check_unit(r: _Reading) -> Iterable[tuple[int, Flag]]:
    for i in _rows_where(r.unit_text, r.unit_of, lambda _, unit: unit[1] is not None):
        yield i, r.unit_of[r.unit_text[i]][1]  # type: ignore[misc]


def _check_description(r: _Reading) -> Iterable[tuple[int, Flag]]:
    if Col.DESCRIPTION in r.filled and "" in r.text[Col.DESCRIPTION]:
        for i, d in enumerate(r.text[Col.DESCRIPTION]):
            if not d:
                yield i, ("blank-description", Col.DESCRIPTION, None, "")


def _check_dates(r: _Reading) -> Iterable[tuple[int, Flag]]:
    """Dates that cannot be read as dates (发现时间, 整改时限)."""
    assert r.found is not None and r.deadline is not None
    for i in r.found.rows(lambda _, f: f.kind is None):
        yield i, ("unparseable-date", Col.FOUND, as_text(r.raw[Col.FOUND][i]), "")
    for i in r.deadline.rows(lambda _, d: d.kind is None):
        yield i, ("unparseable-date", Col.DEADLINE, r.text[Col.DEADLINE][i], "")


def _check_calendar(r: _Reading) -> Iterable[tuple[int, Flag]]:
    """Working days counted outside the years the official calendar knows."""
    assert r.found is not None and r.deadline is not None
    for i in r.deadline.rows(lambda _, d: d.kind == "workdays" and d.value is not None):
        d = r.deadline.values[i].value
        start = r.found.values[i].value or r.base or d
        outside = sorted({x.year for x in (start, d) if r.calendar.uses_fallback(x)})
        if outside:
            detail = "、".join(map(str, outside))
            yield i, ("calendar-fallback", Col.DEADLINE, r.text[Col.DEADLINE][i], detail)


def _check_finish_date(r: _Reading) -> Iterable[tuple[int, Flag]]:
    assert r.finish is not None
    for i in r.finish.rows(lambda _, e: e.kind is None):
        yield i, ("unparseable-date", Col.DONE_ON, as_text(r.raw[Col.DONE_ON][i]), "")


def _check_progress(r: _Reading) -> Iterable[tuple[int, Flag]]:
    """How each row's state was decided, where its status cell did not say it."""
    if not any(how in PROGRESS_NOTES for _, how in set(r.states)):
        return
    if Col.STATUS in r.filled:
        notes = PROGRESS_NOTES
    elif any(Col.PROGRESS in f.targets for f in r.table.fields):  # the progress column is the status
        notes = {k: PROGRESS_NOTES[k] for k in ("unknown", "blank")}
    else:  # the table said once where its states come from
        return
    for i, (state, how) in enumerate(r.states):
        if how in notes:
            code, column, said = notes[how]
            value = r.status_text[i] if said == Col.STATUS else r.text[said][i] if said else ""
            yield i, (code, column, value or None, LABELS.get(state, ""))  # type: ignore[arg-type]


# signal -> (problem, its column, the column whose cell it quotes)
PROGRESS_NOTES: dict[str, tuple[str, str, str]] = {
    "finish": ("status-inferred", Col.STATUS, ""),
    "finish-later": ("status-after-finish", Col.STATUS, Col.STATUS),
    "progress": ("status-read-from-progress", Col.STATUS, Col.PROGRESS),
    "closeout": ("status-from-closeout", Col.CLOSEOUT, Col.CLOSEOUT),
    "deadline": ("status-from-deadline", Col.STATUS, Col.DEADLINE),
    "blank": ("missing-status", Col.STATUS, ""),
    "unknown": ("unknown-status", Col.STATUS, Col.STATUS),
}


def _check_done_without_finish(r: _Reading) -> Iterable[tuple[int, Flag]]:
    assert r.finish is not None
    if Col.DONE_ON not in r.table.canonical or BLANK not in r.finish.distinct():
        return
    for i, (t, (st, _), e) in enumerate(zip(r.status_text, r.states, r.finish.values, strict=True)):
        if t and st == DONE and e == BLANK:
            yield i, ("done-without-finish-date", Col.DONE_ON, None, "")


def _check_finish_order(r: _Reading) -> Iterable[tuple[int, Flag]]:
    """A completion date before the item was found, or after the as-of date."""
    assert r.finish is not None and r.found is not None
    finish, found = r.finish.values, r.found.values
    if Col.FOUND in r.filled and Col.DONE_ON in r.filled:
        for i, (e, f) in enumerate(zip(finish, found, strict=True)):
            if e.value and f.value and e.value < f.value:
                shown = _date_shown(r.raw[Col.DONE_ON][i], e.value)
                yield i, ("finish-before-found", Col.DONE_ON, shown, f"完成于{e.value}，发现于{f.value}")
    for i in r.finish.rows(lambda _, e: e.value is not None and e.value > r.as_of):
        value = finish[i].value
        assert value is not None
        shown = _date_shown(r.raw[Col.DONE_ON][i], value)
        yield i, ("finish-after-as-of", Col.DONE_ON, shown, f"{value} > {r.as_of}")


CHECKS: tuple[Callable[[_Reading], Iterable[tuple[int, Flag]]], ...] = (
    _check_unit,
    _check_description,
    _check_dates,
    _check_calendar,
    _check_finish_date,
    _check_progress,
    _check_done_without_finish,
    _check_finish_order,
)


# ---------------------------------------------------------------------------------------------
# The ledger's columns, each in C where it can be: a lookup of each row's distinct value, and the
# rare rows a rule changes (a 销号, an extension, a date the unit expects) found first.


def _ledger(r: _Reading) -> dict[str, list[Any]]:
    assert r.found is not None and r.deadline is not None and r.finish is not None
    n, text, states = r.n, r.text, r.states
    out: dict[str, list[Any]] = {}
    names = {t: unit[0] for t, unit in r.unit_of.items()}
    out[Col.UNIT] = list(map(names.__getitem__, r.unit_text))
    sections = {t: unit[2] for t, unit in r.unit_of.items() if unit[2]}
    out[Col.DEPARTMENT] = (
        [d or sections.get(t, "") for t, d in zip(r.unit_text, r.dept_text, strict=True)]
        if sections
        else r.dept_text
    )
    out[Col.FOUND] = list(map(VALUE, r.found.values))
    out[Col.DEADLINE] = list(map(VALUE, r.deadline.values))
    kinds = {d: DEADLINE_KINDS.get(d.kind or "", "") for d in r.deadline.distinct()}
    out[Col.DEADLINE_KIND] = list(map(kinds.__getitem__, r.deadline.values))
    out[Col.DONE_ON] = list(map(VALUE, r.finish.values))
    labels = {s: LABELS.get(s[0], "") for s in set(states)}  # type: ignore[arg-type]
    out[Col.STATE] = list(map(labels.__getitem__, states))
    out[Col.VERIFIED] = _verified(r)
    out[Col.REMARK] = _remarks(r)
    for c in (
        Col.ID,
        Col.SOURCE,
        Col.CATEGORY,
        Col.DESCRIPTION,
        Col.MEASURES,
        Col.STATUS,
        Col.OWNER,
        Col.LEADER,
        Col.PROGRESS,
        Col.CLOSEOUT,
    ):
        out[c] = text[c]
    out[Col.EXPECTED] = _expected(r)
    out[Col.DEADLINE_TEXT] = text[Col.DEADLINE]
    out[Col.UNIT_TEXT] = r.unit_text
    out[Col.REPORTED_ON] = [r.table.report_date] * n
    out[Col.FILE] = [r.table.file] * n
    out[Col.SHEET] = [r.table.sheet] * n
    out[Col.ROW] = r.rows
    filled = r.table.filled
    out[Col.MERGED_CELLS] = (
        ["、".join(h for h in filled.get(row, []) if h) for row in r.rows] if filled else [""] * n
    )
    assert set(out) == set(LEDGER_COLUMNS)
    return out


def _verified(r: _Reading) -> list[str]:
    """是否销号: done, and checked off by the supervising office (its status or 销号 column says so)."""
    closeout, status = r.text[Col.CLOSEOUT], r.text[Col.STATUS]
    signed_off = {pair for pair in set(zip(status, closeout, strict=True)) if is_verified(*pair)}
    if not signed_off:
        return [""] * r.n
    return [
        "是" if s == DONE and pair in signed_off else ""
        for (s, _), pair in zip(r.states, zip(status, closeout, strict=True), strict=True)
    ]


def _remarks(r: _Reading) -> list[str]:
    """备注, with 已申请延期 added where the unit asked for more time on an open item."""
    notes, status = r.text[Col.REMARK], r.status_text
    extended = {t for t in set(status) if any(w in t for w in EXTENSION_WORDS)}  # each status once
    if not extended:
        return notes
    return [
        "；".join(filter(None, [note, EXTENDED_NOTE]))
        if s == IN_PROGRESS and t in extended and EXTENDED_NOTE not in note  # said once, whatever the road
        else note
        for note, (s, _), t in zip(notes, r.states, status, strict=True)
    ]


EXTENDED_NOTE = "已申请延期"


def _expected(r: _Reading) -> list[date | None]:
    """预计完成时间: the date a status or progress text says an open item will be finished by."""
    year, near = r.year, r.near
    planned = _map(lambda t: expected_date(t, year, near), r.status_text, ("expected", year, near))
    in_progress = _map(lambda t: expected_date(t, year, near), r.text[Col.PROGRESS], ("expected", year, near))
    if not any(planned) and not any(in_progress):
        return [None] * r.n
    return [
        None if s == DONE else a or b for (s, _), a, b in zip(r.states, planned, in_progress, strict=True)
    ]


def _extras(r: _Reading) -> dict[str, list[Any]]:
    return {f.header: _texts(_column(r.table, f.index)) for f in r.table.extras}


# ---------------------------------------------------------------------------------------------
RELATIVE_KINDS = ("relative", "workdays", "immediate")
CELL_LIMIT = 32767  # characters Excel keeps in a cell
DEPARTMENT = re.compile(
    r"^[^\s，。；,;]{1,12}?(科|股|室|处|办公室|办|队|所|组|中心|部|工区|党委|党总支|党支部|工会|团委|纪检组|纪委|纪工委|分局"
    r"|服务厅|大厅)$"  # (办税服务厅, 政务服务大厅: a bureau's hall)
)
# The sender named by its kind and level (市局 in the 市税务局's return, 本院, 我局): itself.
OWN_PREFIX = re.compile(r"^(?P<level>市|县|区|本|我)(?P<kind>局|委|院)(?=\S{2})")


def _own_prefix_off(text: str, owner: str) -> str:
    """A section named after the sender's short name (市局办税服务厅 in 国家税务总局濮阳市税务局's return),
    without that name; the text as it is otherwise (市局… in a county bureau's return is the city's)."""
    # 市供销合作社现代流通科 in 濮阳市供销合作社's return: its 现代流通科, named after the sender's short name (an
    # office named after the sender's whole name, 国网濮阳县供电公司城关供电所, is one of its own)
    short = owner.removeprefix("濮阳")
    if short != owner and len(short) >= 4 and text.startswith(short) and len(text) > len(short) + 1:
        return text[len(short) :]
    m = OWN_PREFIX.match(text)
    if m is None or not owner.endswith(m.group("kind")):
        return text
    levels = re.findall(r"[市县区]", owner)
    if m.group("level") in "本我" or (levels and levels[-1] == m.group("level")):
        return text[m.end() :]
    return text


PLACE = re.compile(
    r"^(?!村镇|城镇|乡镇|城乡|市县|县乡)(\S{1,4}(市(?!场)|县|区|镇|乡|街道))|^市(?!场)"
)  # a county's or a town's office is a unit, not a section (村镇建设所, 城乡规划科, 房地产市场监管股 name no place)


INSTITUTION = re.compile(r"(学院|大学|学校|中学|小学|幼儿园|医院|卫生院|集团|公司)$")
OWN_BODY = re.compile(r"(团委|团总支|工会|党委|党总支|纪委|妇委会)")
INNER_BODY = re.compile(
    r"[^\s，。；,;市县区镇乡]{1,6}(部|处|科|室|办公室|中心|集团|研究院|学院|系|馆|站|队|厂|分厂|车间|工段|班组|作业区|支行|分行|分理处|营业部|网点)"
)
AGENCY_OWN = re.compile(
    r"^(?:局|委|院)?机关(?!事务)\S{0,10}(中心|科|室|处|办|办公室|党委|党总支|党支部|工会|服务部|队)$"
)
TOWN_SECTION = re.compile(r"^(镇|乡|街道)(?!人民政府|政府|办事处)\S{1,10}(办|站|所|中心|科|室|组|队|部)$")
TOWN_STATION = re.compile(r"^\S{1,8}(站|所)$|^\S{2,14}服务中心$")  # (a town's 农业农村服务中心 is its own)
TOWN_OWNER = re.compile(r"(镇|乡|街道)(人民政府|政府|办事处)?$")
BUSINESS_OR_BRANCH = re.compile(r"(诊所|事务所|会所|招待所|托儿所|服务队|施工队)$|^\S{1,4}(县|区)\S*分局$")
VILLAGE = re.compile(r"^[^\s，。；,;]{1,4}(村|社区)(党支部|党总支|党委|村民委员会|居民委员会|村委会|居委会)$")
TOWN_OFFICE = re.compile(r"(街道|镇|乡)(办事处|人民政府|政府|办)$")
TASK_FORCE = re.compile(
    r"(专班|领导小组|工作小组|工作组|指挥部|联席会议)(办公室)?$|(整改|专项|工作)\S{0,4}办公室$"
)
ORG_END = re.compile(r"(人民政府|委员会|局|委|厅|办|中心|公司|政府)$")


def _alike(text: str, name: str) -> bool:
    """Whether two office names share their core (市民政厅 and 市民政局: 民政)."""
    a, b = (ORG_END.sub("", PLACE.sub("", x)) for x in (text, name))
    return bool(a and b) and (a in b or b in a or a[:2] == b[:2])


OWN_BODY_KIND = re.compile(
    r"(景区|文物|陵园|公园|遗址)\S{0,4}(管理处|管理所)$|(博物馆|纪念馆|图书馆|文化馆)$"
)
OUTLET = re.compile(r"(营业部|营业点|营业厅|网点)$")
TOWN_AT = re.compile(r"^[^\s镇乡]{1,4}(镇|乡|街道)")  # a town or street the office stands in


def _section_of(text: str, owner: str, units: UnitDirectory) -> bool:
    """Whether a 责任单位 text is a section inside the sending unit, not a unit of its own: a
    section's name (科, 室, 办, 党委 …) that is in no other place (清丰县卫健委办公室 is the county's);
    in a town's return, an office named after 镇 alone (镇经管站, 镇党政办) is the town's own."""
    if text == owner or PARTY_DEPARTMENT.match(text):
        return False  # the sender itself (营业部 in 营业部's own return), no section of it; 区委组织部
    text = _own_prefix_off(text, owner)  # 市局办税服务厅 in the 市税务局's own return: its 办税服务厅
    if (org := ORG_INSIDE.match(text)) and _named_org(org) and not _same_org(org.group(1), owner):
        return False  # 中国建设银行濮阳分行营业部 in the 银行业协会's return: the bank's, not the sender's
    if TOWN_SECTION.match(text) and TOWN_OWNER.search(owner):
        return True
    if TOWN_STATION.search(text) and _town_own(text, owner, units):
        return True  # 水利站, 农技站 in 文留镇's return: the town's own stations
    if INSTITUTION.search(owner) and INNER_BODY.fullmatch(text) and not units.find_in(text):
        return True  # 后勤服务集团, 基建处 in a college's own return
    if AGENCY_OWN.match(text) and not units.find_in(text):
        return True  # 机关后勤服务中心, 机关党委 in a bureau's own return: the bureau's
    if OWN_BODY.fullmatch(text):
        return True  # 团委, 工会 named bare: the sender's own (a college's 团委 runs its 专题网站)
    if (
        not DEPARTMENT.match(text)
        or units.find_in(text)
        or TASK_FORCE.search(owner)
        or (text.endswith("中心") and len(text) > 6)  # 福乐园养老服务中心 is an office; 信息中心 a section
        or (OWN_BODY_KIND.search(text) and len(text) > 5)  # 戚城文物景区管理处 runs a place of its own
        or TOWN_OFFICE.search(text)  # 建设路街道办事处 is the street's own office, wherever it sits
        or BUSINESS_OR_BRANCH.search(text)  # 仁和诊所 is a business; 范县生态环境分局 an office of its own
        or (len(text) >= 8 and OUTLET.search(text))  # 圆通速递濮阳开州路营业部: an outlet named in full
    ):
        return False  # (a 专班 or 领导小组 that sends a return has no sections: 高新区社会事务服务中心 is an office)
    place = PLACE.match(text)
    if place is None or NOT_A_PLACE.search(place.group(0)):
        return True  # (城区供电所 in the power company's return: 城区 is no place of its own)
    if not owner.startswith(place.group(0)):
        return False
    # 濮阳市民政局办公室 in 濮阳市民政局's return is its section; 濮阳市戚城文物景区管理处 names an office
    # of its own, though at the same place
    return _section_at_place(text[place.end() :], owner[place.end() :], owner)


def _section_at_place(rest: str, own: str, owner: str) -> bool:
    """Whether what a 责任单位 text names after the sender's own place (办公室 of 濮阳市民政局办公室) is a
    section of the sender (``own``: the sender's name after that place)."""
    if rest == own:
        return False  # the sender itself (濮阳县丰收饲料经营部 in its own return), no section of it
    if VILLAGE.match(rest):
        return (
            False  # 城关镇东街村党支部 in the town's return: the village's own body, no section of the town
        )
    if GOVERNMENT_OFFICE.fullmatch(rest):
        return False  # 清丰县人民政府督查室, written with its place: an office of its own, as 县委办公室 is
    if COUNTY_GOVERNMENT.fullmatch(owner) and COUNTY_BODY.search(rest):
        return False  # 清丰县路灯管理所 in a list the county sends: the county's office of its own, as its 局 are
    if (town := TOWN_AT.match(rest)) and not own.startswith(town.group(0)):
        return False  # 濮阳县城关镇司法所 in the county 司法局's return: the office at the town answers
    return len(rest) <= 6 or bool(own) and rest.startswith(own)


GOVERNMENT_OFFICE = re.compile(r"(人民)?政府(办公室|督查室|研究室|参事室|督查局)")
COUNTY_GOVERNMENT = re.compile(r"[^\s市]{1,4}(县|区)(人民政府)?")
COUNTY_BODY = re.compile(r"(管理所|管理站|管理处|服务中心|大队|中队)$")
ORG_INSIDE = re.compile(
    r"^(\S{2,20}?(银行|公司|集团|医院|学校|大学|学院|协会|商会))\S{0,12}?(部|处|科|室|中心|所)$"
)


def _same_org(named: str, owner: str) -> bool:
    """Whether an organisation named inside a 责任单位 text may be the sender: always, but for an
    association's return (银行业协会, 商会), which reports on its members — a member bank's 营业部 is
    the bank's, no section of the association."""
    return not re.search(r"(协会|商会|联合会|学会)$", owner) or named in owner


def _named_org(org: re.Match[str]) -> bool:
    """Whether an organisation is named by its own name (中国建设银行…), not by a word for the sender's
    own (集团公司综合办公室, 本公司财务部)."""
    own = org.group(1)[: -len(org.group(2))]
    return len(own) >= 2 and not re.fullmatch(r"(本|我|该|总|分)?(集团|公司|医院|学校|单位)?(总)?", own)


SHORT_NAMES = (("居委会", "居民委员会"), ("村委会", "村民委员会"))


def _names_sender(text: str, owner: str) -> bool:
    """Whether a 责任单位 text is the sender's own name, shortened (建设路社区居委会 for 濮阳市华龙区中原路
    街道建设路社区居民委员会): the end of the sender's full name, with 居委会 said in full; or the
    name abbreviated as Chinese names are, by dropping characters."""
    full = text
    for short, written in SHORT_NAMES:
        full = full.replace(short, written)
    if full != text and len(full) >= 6 and owner.endswith(full):  # (市人民政府办公室 stays as written)
        return True
    # 经开区管委会 for 濮阳经济技术开发区管理委员会: its characters in order, ending as the name ends
    rest = iter(owner)
    return (
        4 <= len(text) < len(owner)
        and text not in owner  # (市人民政府办公室 in 濮阳市人民政府办公室's return stays as written)
        and text[-1] == owner[-1]
        and all(ch in rest for ch in text)
    )


def _town_own(text: str, owner: str, units: UnitDirectory) -> bool:
    """Whether a 责任部门 cell of a town's (or street's) return names one of the town's own bodies:
    no place before it and no office of the directory (中心学校, 卫生院 in 岳村镇's ledger)."""
    return bool(
        TOWN_OWNER.search(owner)
        and not PLACE.match(text)
        and not (units.resolve(text) or units.find_in(text))
        and not re.search(r"(公司|集团|厂|合作社|诊所)$", text)
        and not BUSINESS_OR_BRANCH.search(text)  # (仁和诊所, 律师事务所: businesses, not the town's)
    )


def _same_place(text: str, name: str) -> bool:
    """Whether a name is of the same place as another (市民政厅 and 市民政局 are; 华龙区城市管理局
    and 市城市管理局 are two offices)."""
    a, b = OWN_PLACE.match(text), OWN_PLACE.match(name)
    if a is not None and b is not None:
        return a.group(0) == b.group(0)
    # (国家税务总局濮阳市华龙区税务局 and 国家税务总局濮阳市税务局: the places named inside differ)
    ta, tb = set(PLACE_TOKEN.findall(text)), set(PLACE_TOKEN.findall(name))
    if bool(COUNTY_TOKEN.search(text)) != bool(COUNTY_TOKEN.search(name)):
        return False  # 国网清丰县供电公司 in 国网濮阳供电公司's return: the county's company
    return not ta or not tb or ta == tb


PLACE_TOKEN = re.compile(r"[^\s市县区]{2,3}?(?:市|县|区)(?!场|民|委|长|级|直)")
COUNTY_TOKEN = re.compile(
    r"(?:[^\s市县区]{2,3}?(?:县|区)|(?<![^\s市])[^\s市县区全本该各每我]县)(?!场|民|委|长|级|直)"
)  # (范县: a county of one character before 县)


OWN_PLACE = re.compile(
    r"^(?:[^\s市]{2,3}市(?!场)|市|\S{1,4}[县区](?!\S*大队)|\S{2,6}[镇乡]|\S{2,8}街道)"
)  # (城市管理… is no place)


def _names_unit(text: str, units: UnitDirectory) -> bool:
    """Whether a 责任部门 cell names a unit of the directory (or an office, not a section in one)."""
    if not text:
        return False
    if units.resolve(text) or units.find_in(text):
        return True
    if PLACE.match(text) and re.search(r"(处|所|站|队)$", text):
        return True  # 濮阳市环境卫生管理处: an office with its place
    if OWN_BODY_KIND.search(text) and len(text) > 5:
        return True  # 戚城文物景区管理处, 南乐县仓颉陵文物管理所: an office named after the place it runs
    if re.search(
        r"(厂|坊|店|超市|合作社|场|商行|药房|加油站|网点|营业部|营业点|营业厅|诊所|门诊部|卫生室|服务队|施工队)$",
        text,
    ):  # a business (a clinic, a catering team)
        return bool(PLACE.match(text)) or len(text) >= 5  # checked (开州酱菜厂, 老张家豆腐坊, 中通快递…网点)
        # — not a company's own 保修厂
    if (
        (place := PLACE.match(text))
        and not NOT_A_PLACE.search(place.group(0))
        and re.search(BUSINESS + "$", text)
    ):
        return True  # 华龙区星际网咖, 清丰县悠然居民宿: a business with its place
    return bool(
        re.search(
            r"(局|委员会|委|人民政府|政府|镇|乡|街道|办事处|县|区|公司|集团|厅|中心|院|支队|大队|公寓|学校|小学|中学|幼儿园|馆"
            r"|剧团|艺术团|杂技团|歌舞团|乐团"
            r"|电视台|电台|报社|杂志社|出版社"  # a medium answers for what it broadcast (濮阳广播电视台)
            r"|商会|协会|学会|研究会|促进会|联合会|基金会)$",  # (a social organisation answers for itself)
            text,
        )
    )


VALUE = itemgetter(0)  # a ParsedDate's value


def _column(table: RawTable, index: int) -> list[Any]:
    return ["" if index >= len(row) or row[index] is None else row[index] for _, row in table.rows]


def _texts(values: Sequence[Any]) -> list[str]:
    """Cell values as text; text cells (most of them) only need their spaces trimmed."""
    try:
        return list(map(str.strip, values))  # in C: a column of text (stops at the first other value)
    except TypeError:
        kinds = set(map(type, values))
    if bool in kinds:  # True == 1 would share a memo entry with 1
        return [v.strip() if type(v) is str else as_text(v) for v in values]
    return _map(as_text, values, ("text",))  # dates and numbers (no True: that is not 1 here)


MEMO_LIMIT = 65536  # answers kept per kind of reading (a province's distinct dates fit many times)
_MEMOS: dict[tuple[object, ...], dict[Any, Any]] = {}


class _Read(NamedTuple):
    """A column read cell by cell: each row's answer, and each distinct cell's answer (None when
    the cells cannot be hashed), so that a check tests each distinct answer once."""

    values: list[Any]
    cells: Sequence[Any]
    answers: dict[Any, Any] | None = None

    def distinct(self) -> Iterable[Any]:
        return self.answers.values() if self.answers is not None else set(self.values)

    def rows(self, test: Callable[[Any, Any], bool]) -> Iterable[int]:
        """The rows whose (cell, answer) passes ``test``, in order; the rows are walked only when
        a distinct cell does (these are the rows a check flags: nearly always none)."""
        if self.answers is None:
            return [i for i, (c, a) in enumerate(zip(self.cells, self.values, strict=True)) if test(c, a)]
        return _rows_where(self.cells, self.answers, test)


def _rows_where(
    cells: Sequence[Any], answers: dict[Any, Any], test: Callable[[Any, Any], bool]
) -> Iterable[int]:
    """The rows whose cell, with its answer, passes ``test``: each distinct cell tested once, the
    rows walked (in C) only when one passes."""
    hits = {c for c, a in answers.items() if test(c, a)}
    if not hits:
        return ()
    return compress(range(len(cells)), map(hits.__contains__, cells))


def _map(func, values: Sequence[Any], memo_key: tuple[object, ...] | None = None) -> list[Any]:
    """``[func(v) for v in values]``, computing each distinct value once (see ``_read``)."""
    return _read(func, values, memo_key, answers=False).values


def _read(
    func, values: Sequence[Any], memo_key: tuple[object, ...] | None = None, answers: bool = True
) -> _Read:
    """``[func(v) for v in values]``, computing each distinct value once, with each distinct
    value's answer unless ``answers`` is False.

    With ``memo_key`` — what ``func`` reads, with every parameter it reads with — the answers are
    kept for the next table too: returns repeat the same dates and words, so most of a table is
    looked up in C instead of calling ``func`` (and its cache) for each of its distinct values.
    Values equal in Python share an answer (1 and 1.0), as they do in ``func``'s own caches."""
    memo: dict[Any, Any] = {}
    if memo_key is not None:
        memo = _MEMOS.get(memo_key, memo)
        if not memo or len(memo) > MEMO_LIMIT:
            memo = _MEMOS[memo_key] = {}  # a fresh memo; a table still reading the old one keeps it
    try:
        distinct = set(values)
    except TypeError:  # an unhashable cell value
        return _Read([func(v) for v in values], values)
    for v in distinct.difference(memo) if memo else distinct:
        memo[v] = func(v)
    found = list(map(memo.__getitem__, values))  # in C
    return _Read(found, values, {v: memo[v] for v in distinct} if answers else None)


# A Party committee in a unit's cell, named after the body it leads (濮阳市人民医院党委, 濮阳市红十字会党组):
# the body, as a sender's (preamble.PARTY_OF) — here of any kind of body the column lists.
PARTY_LEADS = re.compile(
    rf"^(?:中共)?(\S{{2,30}}?(?:{PARTY_BODIES}|中学|小学|幼儿园|会|所|站|馆|社))(?:党委|党组|党总支|党支部)$"
)


def _resolve_unit(
    text: str, table: RawTable, units: UnitDirectory
) -> tuple[str, tuple[Any, ...] | None, str]:
    """(unit name for the ledger, the problem to report or None, 责任部门) for one 责任单位 text.

    A section inside the reporting unit (办公室, 财务科) is its 责任部门, never a unit of its own;
    a unit missing from the directory keeps its rows under its own name, with a warning."""
    owner = table.sender
    if text and owner:
        text = _county_own(text, owner, units)
    if text and (party := PARTY_LEADS.match(text)) and not PARTY_DEPARTMENT.match(text):
        text = party.group(1)  # 濮阳市人民医院党委 of a 被巡察党组织 column: the hospital puts it right
    text = _without_class(text)
    if text and (lead := LEAD_SAID.match(text)):
        text = lead.group(1)  # 市供销合作社现代流通科牵头，各县区社配合: the one that leads
    if text:
        unit = units.resolve(text) or units.resolve(_lead(text))
        if unit is None and owner and ZONE_OWNER.search(owner) and ZONE_BUREAU.fullmatch(text):
            return place_office(owner), None, text  # 政务服务局 in the 开发区管委会's return: its own
        unit = unit or units.find_in(text)
        if unit is not None:
            return unit.name, None, ""
        if LEAD_MARK.search(text):  # 华龙区城市管理局（牵头），街道执法中队配合: the lead, though unlisted
            text = _lead(text)
        text = re.sub(r"\s*[（(][^）)]*[）)]$", "", text) or text  # …有限公司（外来施工单位）
        if owner and _names_sender(text, owner):
            return (
                (table.unit.name if table.unit else place_office(owner)),
                None,
                "",
            )  # 建设路社区居委会 in 濮阳市华龙区中原路街道建设路社区居民委员会's own report
        if owner and _section_of(text, owner, units):
            # 办公室, 财务科, 机关党委, 城关镇城建办: a section of the sender
            return place_office(owner), None, text
        if table.unit is not None and (
            not _names_unit(text, units)
            or (_alike(text, table.unit.name) and _same_place(text, table.unit.name))
        ):
            # a slip of the sender's own name (市民政厅 in 市民政局's return), not another office
            return (
                table.unit.name,
                (
                    "unknown-unit",
                    Col.UNIT,
                    text,
                    f"，已按填报单位「{table.unit.name}」统计",
                ),
                "",
            )
        text = place_office(_office_of_work(text))
        return text, ("unknown-unit", Col.UNIT, text, "，已按原文单独统计，请在单位名录中补充"), ""
    if table.unit is not None:
        return table.unit.name, None, ""
    if table.unit_text:
        return place_office(table.unit_text), None, ""
    return UNKNOWN_UNIT, ("unit-missing", Col.UNIT, None, ""), ""


# What a piece of work on an office is called after the office's name (…2023年度内部控制评价, …原董事长任期
# 经济责任审计, …财务收支审计): the work, not a part of the office's name.
WORK_ON_OFFICE = re.compile(r"^(\d{4}\s*年|原\S{0,8}任期)|(审计|评价|检查|督查|巡察|考核|评估)$")


def _office_of_work(text: str) -> str:
    """The office a piece of work is named after (濮阳市投资集团有限公司2023年度内部控制评价 under 审计项目
    名称: 濮阳市投资集团有限公司); any other text as it is."""
    org = org_name(text)
    if org and org != text and text.startswith(org) and WORK_ON_OFFICE.search(text[len(org) :]):
        return org
    return text


def _county_own(text: str, owner: str, units: UnitDirectory) -> str:
    """县市场监管局 in a return from 清丰县's offices: the county's own office, by its full name as the
    city's office of like name has it (清丰县市场监督管理局). Any other text as it is."""
    m = BARE_LEVEL.match(text)
    county = next((p for p in COUNTY_TOKEN.findall(owner) if p.endswith(m.group(1))), None) if m else None
    if m is None or county is None:
        return text
    city = units.resolve("市" + m.group(2))
    return county + (CITY_PREFIX.sub("市", city.name).removeprefix("市") if city else m.group(2))


BARE_LEVEL = re.compile(
    r"^(县|区)(?!委|政府|人民|直|级|属|内|域)([^\s，,、；;（(）)]{2,16}(局|委|委员会|办|中心|站|所|林场))$"
)


def _without_class(text: str) -> str:
    """Of an office named with a whole class of others (台前县农业农村局、各乡镇; …卫健委、各乡镇卫生院), the
    office: a class (各乡镇, 相关乡镇) names no unit that answers."""
    if not text or "、" not in text:
        return text
    parts = [p.strip() for p in text.split("、") if p.strip()]
    named = [p for p in parts if not COLLECTIVE.match(p)]
    return named[0] if len(named) == 1 and len(parts) > 1 else text


LEAD_SAID = re.compile(r"^([^\s，,、；;]{2,30}?)(?:牵头|负责|主办)[，,；;]\s*\S{2,20}?(?:配合|参与|协办)")
COLLECTIVE = re.compile(r"^(各|相关|有关|涉及|所属)\S{0,10}$")


def _lead(text: str) -> str:
    """Of several units named together, the one that leads: the one marked so (市水利局（牵头）、市城管局),
    else the first; without its mark."""
    parts = [p for p in re.split(r"[、,，/／;；\n]", text) if p.strip()] or [text]
    lead = next((p for p in parts if LEAD_MARK.search(p)), parts[0])
    return re.sub(r"\s*[（(][^）)]*[）)]\s*", "", lead) or lead


LEAD_MARK = re.compile(r"[（(]\s*(牵头|主办|主责|牵头单位|主办单位)\s*[）)]")


# A development zone's committee (开发区管理委员会) runs bureaus of its own (政务服务局, 规划建设局):
# named bare in its return, they are its parts, not the city's offices of like name.
ZONE_OWNER = re.compile(r"(开发区|园区|新区|示范区|高新区|产业集聚区)\S{0,4}(管理委员会|管委会)$")
ZONE_BUREAU = re.compile(r"[^\s市县区镇乡]{2,8}局")


# What stands before a town's or a county's office in its full name: 范县, 濮阳市华龙区, 濮阳市.
PLACE_HEAD = re.compile(f"(?:{CITY_HEAD})?(?:{COUNTY_HEAD})?")


def _in_full(text: str, sender: str, units: UnitDirectory) -> str:
    """A unit cell naming the sender by a shorter form (陈庄镇, 陈庄镇人民政府 in a return whose
    填报单位 is 范县陈庄镇人民政府): the sender by the fullest name the return writes; any other as it is."""
    office = place_office(text)
    if not text or office == sender or not sender.endswith(office) or units.resolve(text):
        return text
    return sender if PLACE_HEAD.fullmatch(sender[: -len(office)]) else text


def _columns(table: RawTable) -> tuple[dict[str, Sequence[Any]], set[str]]:
    """Canonical column -> raw values, one per row. Several 责任单位 columns are joined with 、;
    a header like 责任单位\\n责任人 splits each value on its line break."""
    n = len(table.rows)
    cols: dict[str, Sequence[Any]] = {c: [""] * n for c in (*COLUMNS, "_填报单位")}
    filled: set[str] = set()
    transposed = table.columns()  # made by intake's row filter, most of the time (no None in them)
    clean = transposed is not None
    if transposed is None:
        lines = [row for _, row in table.rows]
        if n and len(set(map(len, lines))) == 1:
            transposed = list(zip(*lines, strict=True))
        else:
            transposed = [
                [row[c] if c < len(row) else "" for row in lines]
                for c in range(max(map(len, lines), default=0))
            ]
    for f in table.fields:
        source = transposed[f.index] if f.index < len(transposed) else [""] * n
        values = source if clean or None not in source else ["" if v is None else v for v in source]
        if f.ticks:
            values = _ticked(f.ticks, transposed, n)
        elif f.rounds:
            values = _latest(f.rounds, transposed, n)
        elif f.targets == (Col.STATUS,) and f.how == "content" and share_header(f.header):
            values = _as_shares(values)
        elif f.facets and Col.DESCRIPTION in f.targets:
            values = _named(f.facets, transposed, n)
        elif f.facets:
            values = _faceted(f.facets, transposed, n)
        if len(f.targets) > 1:
            parts = _map(partial(_split, count=len(f.targets)), values)
            for k, target in enumerate(f.targets):
                column = [p[k] if k < len(p) else "" for p in parts]
                if k and target in (Col.STATUS, Col.PROGRESS) and any(len(p) == 1 for p in parts):
                    column = [c or _told_state(p) for c, p in zip(column, parts, strict=True)]
                if k and target == Col.DEADLINE and any(len(p) == 1 for p in parts):
                    # 工作内容及时间节点 | 5月底前完成…；8月底前…实时上传: the schedule's last time is the item's
                    column = [c or _schedule_time(p) for c, p in zip(column, parts, strict=True)]
                cols[target] = column if target not in filled else _first(cols[target], column)
                filled.add(target)
            continue
        target = f.targets[0]
        if target == Col.UNIT and target in filled:
            cols[target] = [
                f"{as_text(a)}、{as_text(b)}" if a != "" and b != "" else (a if a != "" else b)
                for a, b in zip(cols[target], values, strict=True)
            ]
        elif target in filled:
            cols[target] = _first(cols[target], values)
        else:
            cols[target] = values
        filled.add(target)
    return cols, filled


def _faceted(facets: tuple[tuple[int, str], ...], transposed: Sequence[Sequence[Any]], n: int) -> list[str]:
    """A column told in parts, each part under its own header: "前期手续：已完成 ｜ 在建形象进度：…"."""
    parts = [(label, transposed[c] if c < len(transposed) else [""] * n) for c, label in facets]
    return [
        FACET_JOIN.join(f"{label}：{as_text(cells[i])}" for label, cells in parts if as_text(cells[i]))
        for i in range(n)
    ]


def _latest(rounds: tuple[int, ...], transposed: Sequence[Sequence[Any]], n: int) -> list[Any]:
    """Each row's latest report of successive ones (第一周 | 第二周 | 第三周): the last cell filled in."""
    columns = [transposed[c] if c < len(transposed) else [""] * n for c in rounds]
    return [next((col[i] for col in reversed(columns) if as_text(col[i])), "") for i in range(n)]


def _as_shares(values: Sequence[Any]) -> list[Any]:
    """Numbers under a header of shares as shares (55 → "55%"; 0.55 → "55%" when every one is a
    fraction, as an Excel percent cell holds it)."""
    numbers = [v for v in values if isinstance(v, int | float) and not isinstance(v, bool)]
    scale = 100 if numbers and max(numbers) <= 1.5 else 1
    return [
        f"{v * scale:g}%" if isinstance(v, int | float) and not isinstance(v, bool) else v for v in values
    ]


def _named(facets: tuple[tuple[int, str], ...], transposed: Sequence[Sequence[Any]], n: int) -> list[str]:
    """An item named in one column and its problem told in another: "胜利路游园提升工程：管线迁改协调较慢"."""
    parts = [transposed[c] if c < len(transposed) else [""] * n for c, _ in facets]
    return ["：".join(t for cells in parts if (t := as_text(cells[i]))) for i in range(n)]


def _ticked(ticks: tuple[tuple[int, str], ...], transposed: Sequence[Sequence[Any]], n: int) -> list[str]:
    """Each row's status from ticks: what the first ticked column says (已整改, 未整改, 是, 否)."""
    marks = [(label, transposed[c] if c < len(transposed) else [""] * n) for c, label in ticks]
    return [next((label for label, cells in marks if is_tick(cells[i])), "") for i in range(n)]


def _told_state(parts: list[object]) -> str:
    """One text under a header of two (整改措施及完成情况: 未整改。): the state too, when it tells one."""
    if len(parts) != 1:
        return ""
    text = as_text(parts[0])
    return text if parse_status(text) is not None else ""


def _schedule_time(parts: list[object]) -> object:
    """The one text of a column read as the item and its time, when it names a time (a schedule, 长期坚持)."""
    if len(parts) != 1:
        return ""
    said = parse_date(parts[0], None)
    return parts[0] if said.value is not None or said.kind == "long_term" else ""


def _split(value: object, count: int) -> list[object]:
    if value == "":
        return []
    parts = [p.strip() for p in re.split(r"[\n/／]+", as_text(value)) if p.strip()]
    return parts if len(parts) >= count else [as_text(value)]


def _first(a: Sequence[Any], b: Sequence[Any]) -> list[Any]:
    return [x if x != "" else y for x, y in zip(a, b, strict=True)]

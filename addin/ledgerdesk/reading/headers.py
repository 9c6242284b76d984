"""What each column of a return means: its header read by alias, by role words or by the clerk's
列对照, and, where the header does not say, by what the column holds.

A header row is scored by the ledger columns it names (``header_score``); a two-level header is a
parent row over a child row (``is_parent_row``); ``infer_by_content`` maps the columns a header left
open by their cells and settles which of two status-like columns is the status.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING

from ..model import Col
from .cells import DATE_LINE, as_text
from .dates import parse_date
from .progress import _status_key, closure, is_mark, parse_status
from .schema import (
    ANY_ROLE,
    DONE,
    FIRST_ROLES,
    GENERIC_ALIASES,
    HEADER_CONTAINS,
    HEADER_LOOKUP,
    HEADER_ROLE_PATTERNS,
    PREMISES,
    ROLE_MAX_LEN,
    STATUS_WORDS,
    UnitDirectory,
    Vocabulary,
    clean_header,
    lower_header,
    read_legend,
)

if TYPE_CHECKING:
    from .intake import RawTable

MIN_HEADER_MATCHES = 3
SUBLABEL_MAX = 20  # characters of a child header label at most (line breaks not counted)
SENTENCE = re.compile(r"[。；！？;!?]")
# The words a unit column's header uses for the one who deals with the item (not the company or
# the person a complaint is about): 主办 beside 企业名称.
ORGAN = re.compile(r"(单位|部门|机关|科室|企业|公司)(名称)?$")  # (物业企业 over 所属街道: the party fixes it)
HANDLER = re.compile(r"承办|主办|办理|责任|牵头|整改|处置|落实|主责|归口|管理单位")
OWNED_BY = re.compile(
    r"^所属(企业|公司|单位)"
)  # 所属企业 of a taxi complained about: the company answers for it
# A header row names at least one of these, and three ledger columns or 问题描述 and one more of these.
HEADER_KEY = {Col.DESCRIPTION, Col.MEASURES, Col.DEADLINE, Col.STATUS, Col.PROGRESS}
# A cell that is a value, not a column's name: a status word (已办结, [已读]已办结, 未整改) in a row of
# data. It stays a column of its own (a tick header 已整改 | 未整改 is read from there).
VALUE_LIKE = re.compile(r"^[\[【（(]?\S{0,3}[\]】）)]?(已(?!采取\S{0,6}(措施|举措|工作)$)|未|正在|尚未)\S")
COUNT = re.compile(r"\d|(数|数量|个数|件数|次数|率|比例|占比|比重|金额|万元|元)$")
AFTERWARDS = re.compile(r"^(电话)?回访")  # a call-back's columns say what each of them says
MONEY = re.compile(r"(金额|万元|元|资金|款)$")
HEADER_PARTS = re.compile(r"[\n/／、]+|(?<=[^\n/／、]{2})(?:及|和|与)(?=[^\n/／、]{2})")
# Whether any alias is inside a header at all (one search; most cells hold none): only then are
# they tried one by one, longest first.
CONTAINS_ANY = re.compile("|".join(re.escape(a) for a, _ in HEADER_CONTAINS if a not in GENERIC_ALIASES))
OTHER_SUBJECT = re.compile(r"(情况|结果|时间|日期|原因|金额|次数|方式|电话|材料|意见|等级)$")


# How a column was mapped: an exact alias, an alias inside the header, the header's role words,
# the column's content, or the clerk's 列对照. The last three are told to the clerk.
EXACT, CONTAINS, ROLE, CONTENT, CLERK = "alias", "contains", "role", "content", "clerk"
GUESSED = (ROLE, CONTENT)
KEPT_HOW = "kept"  # a role rule says the column is none of the ledger's (检查单位, 登记日期)
KEEP = "原样保留"  # a 列对照 target: keep the column under its own header, never guess it


@dataclass
class Field:
    index: int  # 0-based column index in the sheet
    header: str  # the header as written (two-level headers joined with "/")
    targets: tuple[str, ...]  # canonical columns it feeds; two when a header reads "责任单位\n责任人"
    how: str = EXACT
    alt: tuple[str, ...] = ()  # for a column kept as it is: what its header would have fed
    # a status given by ticks: (column, what a tick there says) — √ under 已整改 | 未整改
    ticks: tuple[tuple[int, str], ...] = ()
    # one column told in parts: (column, its own header) — 本月进展情况 over 前期手续 | 在建形象进度
    facets: tuple[tuple[int, str], ...] = ()
    # successive reports under one parent, earliest first (整改进展 over 第一周 | 第二周 | 第三周): each
    # row's value is the latest one filled in
    rounds: tuple[int, ...] = ()


def match_header(text: object) -> tuple[str, ...]:
    """Canonical column(s) a header cell stands for; () when it is not a ledger column."""
    return classify_header(text)[0]


CHECKED_PARTY = re.compile(r"[（(]被(检查|督查|抽查|巡查|排查|执法|约谈)(单位|对象|企业|场所)[）)]")
WITH_DATE = re.compile(r"^(.{2,10}?)(及|和|与)(日期|时间)$")


# A bracket that says who wrote the column (（承办单位通报）, （责任单位填写）), not what it holds.
TOLD_BY = re.compile(r"[（(][^（()）]*(通报|填写|填报|提供|反馈|自报|自评|报送)[）)]")


# A header whose brackets give what it counts in (发现问题（项）, 存在问题（个）): a count.
COUNTED_IN = re.compile(r"[（(]\s*(项|个|件|条|处|次|家|户)\s*[）)]\s*$")


@lru_cache(maxsize=8192)
def classify_header(text: object) -> tuple[tuple[str, ...], str]:
    """(canonical columns, how) for a header cell: by alias, by an alias inside it, by role words."""
    raw = str(text or "").strip()
    key = clean_header(raw)
    if not key or (HEADER_LOOKUP.get(key) == Col.DESCRIPTION and COUNTED_IN.search(raw)):
        return (), EXACT  # (发现问题（项） | 46: how many there were, no problem's words)
    if key in HEADER_LOOKUP:
        if HEADER_LOOKUP[key] == Col.REMARK and (inner := _bracketed(raw)):
            return inner  # 说明（发现问题）: what the note is about says what the column holds
        return (HEADER_LOOKUP[key],), EXACT
    if (inner := _bracketed(raw)) and (
        (inner[0] == (Col.DESCRIPTION,) and inner[1] == EXACT)
        or (inner[0] == (Col.UNIT,) and HANDLER.search(raw) and re.match(r"^\S{0,4}对象", raw))
    ):
        return inner  # 考核结果（存在问题）, 派单对象（承办部门）: the brackets say what the column holds
    outer = classify_header(key) if inner else ((), EXACT)
    if (
        inner
        and inner[0] == (Col.UNIT,)
        and HANDLER.search(raw)
        and (outer == ((), EXACT) or outer[1] == ROLE)
        and not TOLD_BY.search(raw)  # (办理进展（承办单位通报）: the progress, as the unit reports it)
    ):
        # 养殖场（整改责任单位）, 项目业主（整改责任单位）: a word no rule reads, or only guesses at — the
        # brackets say who puts it right
        return inner
    if said := _said_outright(raw, key):
        return said
    if HEADER_PARTS.search(raw):  # 责任单位\n责任人, 完成时间/完成情况, 整改措施及时限
        parts = _parts(raw)
        if parts:
            return parts, EXACT
    if (dated := WITH_DATE.match(key)) and (said := classify_header(dated.group(1)))[0]:
        return said  # 效果反馈及日期: the verdict, with the day it was given
    role = _by_role(key)
    if len(key) <= 16 and CONTAINS_ANY.search(key):
        # An alias inside a longer header, when the header is still about it: 计划整改时限 is a
        # 整改时限, but 责任人被处理情况 is about what happened to someone, not who is responsible,
        # and 要求办结时间 is a deadline, not when it was done (the first role rules say so).
        inside = _alias_inside(key)
        if inside is not None:
            if role is not None and role[1] < FIRST_ROLES and role[0] != inside:
                return (role[0], ROLE) if role[0] else ((), KEPT_HOW)  # (调查单位名称: kept apart)
            return inside, CONTAINS
    if role is None:
        return (), EXACT
    return (role[0], ROLE) if role[0] else ((), KEPT_HOW)


def _said_outright(raw: str, key: str) -> tuple[tuple[str, ...], str] | None:
    """A header whose whole wording says its column, before it is read in parts or by an alias inside."""
    if HANDLER.search(key) and VILLAGES_TOO.search(raw):
        return (Col.UNIT,), ROLE  # 责任站所（村）: the town's own offices, or its villages, each named
    if CHECKED_PARTY.search(raw):
        return (Col.UNIT,), CONTAINS  # 当事人（被检查单位）: the party checked puts it right
    if AFTER_CHECK.match(key):  # 回头看发现问题及后续措施: what a later check found, and what is done next
        return (Col.PROGRESS,), ROLE
    if HELD_BACK.search(key):  # 进展缓慢和滞后原因: what holds a project back, one column (not 进展, 原因)
        return (Col.DESCRIPTION,), ROLE
    if DUTY.fullmatch(key):  # 整改责任 | 南乐县住房和城乡建设局: who answers (not the 整改责任 over 分管领导)
        return (Col.UNIT,), ROLE
    return None


DUTY = re.compile(r"(整改|落实|办理|承办)责任(主体)?")
# Why a project is slow (进展缓慢和滞后原因): the problem found, not its progress.
HELD_BACK = re.compile(r"(进展|进度|推进)\S{0,2}(缓慢|滞后|落后|迟缓)\S{0,4}(原因|因素)$")


# What a check after the work found, with what comes next: how far the item got, not the item itself.
AFTER_CHECK = re.compile(r"^(回头看|复查|复核|核查)\S{0,2}(发现|存在)的?问题(及|和|与)\S{0,4}(措施|情况)$")
VILLAGES_TOO = re.compile(r"[（(](村|社区|村居|村社区|村（社区）)[）)]$")


def _bracketed(raw: str) -> tuple[tuple[str, ...], str] | None:
    """The column a header's words in brackets name (发现问题 in 说明（发现问题）), if any."""
    inner = re.search(r"[（(]([^）)]{2,12})[）)]", raw)
    found = classify_header(inner.group(1)) if inner else None
    return found if found and found[0] and found[0] != (Col.REMARK,) else None


def _parts(raw: str) -> tuple[str, ...]:
    """The columns of a header that names two (责任单位\n责任人, 整改措施及时限), each part read on
    its own; () when a part names none."""
    if re.search(r"[，。；,;]", raw):
        return ()  # a sentence (（七）部分乡镇…公示内容缺少资金来源和绩效目标。) names no columns
    parts = [p for p in map(clean_header, HEADER_PARTS.split(raw)) if p]
    if len(parts) < 2:
        return ()
    found = []
    for part in parts:
        if part in HEADER_LOOKUP:
            found.append(HEADER_LOOKUP[part])
            continue
        targets = _by_role(part) if part not in GENERIC_ALIASES else None
        if targets is None or not targets[0]:
            return ()
        found.append(targets[0][0])
    if found[0] == Col.MEASURES and parts[-1] in ("建议", "意见"):
        return (Col.MEASURES,)  # 审计整改要求和建议: the auditor's advice, no deputy's suggestion
    return tuple(dict.fromkeys(found))


def _alias_inside(key: str) -> tuple[str, ...] | None:
    other_subject = OTHER_SUBJECT.search(key)
    for alias, column in HEADER_CONTAINS:
        if alias not in GENERIC_ALIASES and alias in key and (key.endswith(alias) or not other_subject):
            return (column,)
    return None


def _by_role(key: str) -> tuple[tuple[str, ...], int] | None:
    """(columns, rule number) of the first role rule a header matches; a rule for KEPT gives ()."""
    if len(key) > ROLE_MAX_LEN or COUNT.search(key) or not ANY_ROLE.search(key):
        return None
    for k, (column, pattern) in enumerate(HEADER_ROLE_PATTERNS):
        if pattern.search(key):
            return ((column,) if column else ()), k
    return None


def clerk_columns(vocabulary: Vocabulary | None, units: UnitDirectory, hint: str) -> dict[str, str]:
    """The clerk's 列对照 that applies here: every entry for all units, and the entries for the
    unit the file, sheet or title names. Keys are cleaned header texts."""
    if vocabulary is None or not vocabulary.columns:
        return {}
    mapping: dict[str, str] = {}
    per_unit: dict[str, str] = {}
    for unit, header, column in vocabulary.columns:
        key = clean_header(header)
        if not unit:
            mapping[key] = column
            continue
        known = units.resolve(unit)
        spellings = known.spellings if known else (unit,)
        if any(s and s in hint for s in spellings):
            per_unit[key] = column
    return {**mapping, **per_unit}


def header_fields(
    upper: list[object], lower: list[object] | None, clerk: dict[str, str]
) -> tuple[list[Field], list[Field]]:
    """The ledger columns of a header row (or a merged parent row over a child row), and the
    columns it has that the ledger model does not know (kept as they are; read_sheet drops the
    ones that are sentences once it has chosen the header)."""
    fields: list[Field] = []
    extras: list[Field] = []
    if lower is None:  # one header row: the common case, looked at for every row scanned
        for c, cell in enumerate(upper):
            if not isinstance(cell, str) or not (header := cell.strip()):
                continue  # a header is text; numbers and dates in a row are data
            named = (
                header[: legend[0]].strip() if (legend := read_legend(header)) else header
            )  # 状态 0新建 1…
            targets, how = _read_header((named,), clerk) if not VALUE_LIKE.match(named) else ((), EXACT)
            (fields if targets else extras).append(Field(c, header, targets, how))
        kept, dropped = _drop_repeats(fields)
        return kept, sorted([*extras, *dropped], key=lambda f: f.index) if dropped else extras
    for c in range(max(len(upper), len(lower))):
        top = _text(upper[c] if c < len(upper) else "")
        bottom = _text(lower[c] if c < len(lower) else "")
        candidates: tuple[str, ...] = (top,)
        header = top
        if bottom and bottom != top:
            header = f"{top} / {bottom}" if top else bottom
            candidates = (bottom, top, top + bottom)  # the child, else the parent, else the two read together
        if not header:
            continue
        targets, how = _read_header(candidates, clerk)
        (fields if targets else extras).append(Field(c, header, targets, how))
    kept, dropped = _drop_repeats(fields)
    return kept, sorted([*extras, *dropped], key=lambda f: f.index)


def _read_header(candidates: tuple[str, ...], clerk: dict[str, str]) -> tuple[tuple[str, ...], str]:
    """(columns, how) for one header cell, given the ways to read it (a child header, child and
    parent together, the parent): the clerk's 列对照 first; then the child before the parent, but
    an alias (or one inside) before role words."""
    if clerk:
        key = next((k for k in map(clean_header, candidates) if k in clerk), None)
        if key is not None:
            return ((clerk[key],) if clerk[key] != KEEP else ()), CLERK
    if len(candidates) == 1:
        return classify_header(candidates[0])
    if MONEY.search(clean_header(candidates[0])):  # 整改金额 under 整改落实情况: a sum, not the text
        return (), KEPT_HOW
    if classify_header(candidates[0])[1] == KEPT_HOW:  # 是否当场整改 under 整改情况: its own words say
        return (), KEPT_HOW
    # under 提建议人 / 检查组: that party's 单位, 姓名 (under 回访情况: what each column says itself)
    if classify_header(candidates[1])[1] == KEPT_HOW and not AFTERWARDS.match(clean_header(candidates[1])):
        return (), KEPT_HOW
    if classify_header(candidates[0])[1] == KEPT_HOW and classify_header(candidates[1])[0] == (Col.UNIT,):
        return (), KEPT_HOW  # 复查人 under 监理单位填写: a person of that party, not the unit
    found = [classify_header(candidate) for candidate in candidates]
    return next(((t, h) for t, h in found if t and h != ROLE), None) or next(
        ((t, h) for t, h in found if t), ((), EXACT)
    )


def _text(value: object) -> str:
    return str(value).strip() if value not in ("", None) else ""


# What a person asks for (诉求与建议, 意见建议): the item when nothing else says what is wrong.
ASKED_FOR = re.compile(r"^(诉求|建议|意见建议|诉求与建议|诉求建议|诉求及建议|希望)$")


def _drop_repeats(fields: list[Field]) -> tuple[list[Field], list[Field]]:
    """Several columns may feed 责任单位 (建设/设计/施工); any other canonical column is fed by its
    surest column (the clerk's word, then an exact alias, then the first found). The others are
    kept as columns of their own, never dropped."""
    rank = {CLERK: 0, EXACT: 1, CONTAINS: 2, ROLE: 3, CONTENT: 4}
    found = any(
        FOUND_TEXT.search(clean_header(f.header)) for f in fields
    )  # (检查内容 | 检查情况: read as two)

    def sure(f: Field) -> float:  # of two unit columns by role, the one that names the handler,
        # then one that names an office (所属部门) over a place (街道镇: where it happened)
        if Col.PROGRESS in f.targets:  # 整改落实情况 over 处理情况 (是否立案 | 行政处罚: the penalty)
            return rank[f.how] - (0.5 if "整改" in f.header else 0)
        if Col.DESCRIPTION in f.targets and ASKED_FOR.match(clean_header(f.header)):
            return rank[f.how] + 3  # 诉求与建议 beside 实际困难: what is asked, after what is wrong
        if Col.DESCRIPTION in f.targets and f.how == ROLE and _a_question(f) and not found:
            return (
                rank[f.how] + 0.5
            )  # 排查内容 (the checklist's question) beside 问题具体位置及描述: the finding
        if Col.UNIT not in f.targets:
            return rank[f.how] + _group_rank(f)
        # (维保单位（所在县区）: the bracket tells what else the cells hold, the header names an organ)
        return rank[f.how] - (
            0.5 if HANDLER.search(f.header) else 0.25 if ORGAN.search(clean_header(f.header)) else 0
        )

    best: dict[str, int] = {}
    for k, f in enumerate(fields):
        for t in f.targets:
            if t not in best or sure(f) < sure(fields[best[t]]):
                best[t] = k
    kept, dropped = [], []
    for k, f in enumerate(fields):
        targets = tuple(t for t in f.targets if (t == Col.UNIT and f.how != ROLE) or best[t] == k)
        if targets:
            kept.append(Field(f.index, f.header, targets, f.how))
        elif not f.targets[0].startswith("_"):
            dropped.append(Field(f.index, f.header, (), f.how, f.targets))
    return kept, dropped


def _a_question(f: Field) -> bool:
    """Whether a column is the point a checklist asks about (排查内容, 检查项目)."""
    return bool(CHECK_POINT.search(clean_header(f.header)))


def _group_rank(f: Field) -> float:
    """How much surer a column of a two-row header is for its group: under the group of the work
    itself (整改落实 / 县级复查意见) than under the check that found the item (复核情况 / 市级复核结论)."""
    parent = f.header.rpartition(" / ")[0]
    return -0.25 if parent and WORK_GROUP.search(parent) else 0


WORK_GROUP = re.compile(r"整改|落实|办理|处置|处理")


def header_score(fields: list[Field], strict: bool = False) -> int:
    """How much a row looks like a ledger header: the number of ledger columns it names.

    It counts only with at least three of them, or with the description and one more of the
    columns that make a ledger a ledger (a list of names and phones is not one).
    """
    found = {t for f in fields for t in f.targets if not t.startswith("_")}
    if not found & HEADER_KEY:
        return 0
    core = {Col.DESCRIPTION, Col.STATUS} if strict else None
    if len(found) < MIN_HEADER_MATCHES and not (
        core <= found if core else Col.DESCRIPTION in found and len(found & HEADER_KEY) >= 2
    ):
        return 0
    return len(found)


def is_parent_row(
    upper: list[object], lower: list[object], spans: list[tuple[int, int]], fields: list[Field]
) -> bool:
    """Whether ``upper`` is the parent row of a two-level header (整改情况 over 措施/时限/状态).

    It must already look like a header (two recognised cells, so a title row does not), have a
    cell merged across columns, and every column under that cell must hold a short label (a label
    broken over lines, 截止至\n2023年底\n累计完成\n投资额, counts without its line breaks).
    """
    if not spans or len(fields) < 2:
        return False
    under = {c for c1, c2 in spans for c in range(c1, c2 + 1)}
    for c, value in enumerate(lower):  # beside the parents, the headers are merged down: nothing new
        if c not in under and value not in ("", None) and (c >= len(upper) or value != upper[c]):
            return False
    for c1, c2 in spans:
        for c in range(c1, c2 + 1):
            value = lower[c] if c < len(lower) else ""
            label = re.sub(r"\s+", "", value) if isinstance(value, str) else ""
            if not label or len(label) > SUBLABEL_MAX or SENTENCE.search(label):
                return False
    return True


CONTENT_SAMPLE = 200
# An office named with its place, though the directory does not hold it (清丰县柳格镇供销合作社).
PLACED_OFFICE = re.compile(
    r"^[^\s，。；,;：:]{1,12}?(市|县|区|镇|乡|街道)[^\s，。；,;：:]{0,16}"  # (高堡乡人民政府: the town's own)
    r"(合作社|公司|局|委员会|医院|卫生院|学校|小学|中学|幼儿园|中心|人民政府|办事处|管理处|站|所|馆|大队|支队)$"
)
BY_DAY = re.compile(r"\d\s*[日号]\s*(前|之前|以前)")


def infer_by_content(table: RawTable, units: UnitDirectory, sample: list[Sequence[object]]) -> None:
    """Columns a header did not name, read by what is in them (``sample``: rows under the header):
    mostly status words is the status, mostly deadline phrases (6月底前, 3个月内) the deadline,
    mostly unit names the unit, long free text the description. A plain date under a header that
    does not say what it is records an event and is never taken as the deadline, nor is a column a
    role rule kept apart (检查单位, 登记日期). Of two columns a header calls a status (办结情况
    beside 处理和整改情况), the one that holds status words is the status; the narrative is the
    progress."""
    if not sample:
        return
    _share_as_status(table, sample)
    _settle_status(table, sample, units)
    _settle_deadline(table, sample)
    _settle_description(table, sample)
    _settle_unit(table, sample)
    _owner_bodies(table, sample)
    _handed_to_column(table, sample, units)
    _handler_over_area(table, sample, units)
    _settle_schedule(table, sample)
    grid = _mark_grid(table, sample)  # (a checklist's grid of √ and ×: points checked, no ledger column)
    _settle_remarks(table, sample, grid)
    _settle_subject(table)
    _time_to_solve(table)
    _closure_by_content(table, sample)
    _task_as_item(table)
    _check_after(table)
    _found_at(table)
    _marked_findings(table, sample)
    _verdicts_told(table, sample)
    have = table.canonical
    wanted = [c for c in (Col.STATUS, Col.DESCRIPTION, Col.DEADLINE, Col.UNIT) if c not in have]
    if not wanted or not table.extras:
        _cause_as_item(table, sample)
        _measures_as_item(table)
        _progress_by_content(table, sample, grid)
        return
    taken = set(grid)
    table.fields = [f for f in table.fields if f.index not in taken or f.how == CLERK]
    for column in wanted:
        if column == Col.STATUS and Col.PROGRESS in have:
            # the progress column tells the status (normalize reads it) — unless another column holds
            # the status words themselves (推进情况 | 进度: 序时推进, 已完成, 进展滞后)
            worded = [
                f
                for f in table.extras
                if f.how not in (CLERK, KEPT_HOW)
                and f.index not in taken
                and not OTHER_ACT.search(clean_header(f.header))
                and _word_share(_sample(sample, f.index), len(sample)) >= 0.6
            ]
            if len(worded) == 1:
                taken.add(worded[0].index)
                table.fields.append(Field(worded[0].index, worded[0].header, (Col.STATUS,), CONTENT))
            continue
        if column == Col.UNIT and any(
            Col.DEPARTMENT in f.targets and HANDLER.search(f.header) for f in table.fields
        ):
            continue  # 承办科室 names who handles it, inside the sender: 纳税人名称 is whom it is about
        best: tuple[float, Field] | None = None
        for f in table.extras:
            if f.index in taken or f.how == CLERK or (f.how == KEPT_HOW and not _party_in_case(f, column)):
                continue
            values = _sample(sample, f.index)
            share = _content_share(column, values, units, len(sample))
            if column == Col.DESCRIPTION:  # of two long texts, the longer (a narrative beside a title)
                share += min(sum(map(len, values)) / max(len(values), 1), 200) / 1000
            if share >= 0.6 and (best is None or share > best[0]):
                best = (share, f)
        if best is not None:
            f = best[1]
            taken.add(f.index)
            table.fields.append(Field(f.index, f.header, (column,), CONTENT))
    table.extras = [f for f in table.extras if f.index not in taken]
    if (described := next((f for f in table.fields if f.targets == (Col.DESCRIPTION,)), None)) is not None:
        _found_where(table, sample, described)  # (a problem read by content, told with where it was)
    _cause_as_item(table, sample)
    _found_thing_as_item(table, sample)
    _measures_as_item(table)
    _progress_by_content(table, sample, grid)


# The one a case is about (当事人 of an enforcement register): kept apart by its header, as a petition's
# 当事人 is; a unit when its cells name bodies (濮阳市龙丰纸业有限公司) and no column names another.
PARTY_IN_CASE = re.compile(r"^当事人(名称|单位)?$")


def _party_in_case(f: Field, column: str) -> bool:
    return column == Col.UNIT and bool(PARTY_IN_CASE.match(clean_header(f.header)))


# A column telling of another act than the item's own work (审计结果公示情况: 已在村务公开栏公示; 上报情况:
# 已上报): its words say that act was done, not that the item was put right.
OTHER_ACT = re.compile(r"(公示|公开|公告|张榜|报送|上报|备案|归档|存档)(情况|结果|状态)?$")


# A column of marks saying whether each point of a checklist was found as it should be (检查结果（√/×）).
MARKED_HEADER = re.compile(
    r"[√✓✔]\s*[/／、或]?\s*[×✗✘]|^(检查|核查|自查|评查|抽查)?(结果|结论)|是否符合|^符合(情况|与否)"
)
FINE_MARKS = frozenset({"√", "✓", "✔", "符合"})
WANTING_MARKS = frozenset({"×", "✗", "✘", "X", "x", "不符合"})
# A verdict written first in a cell, alone or before what the checker adds (不符合，限7月31日前配备).
VERDICT_MARK = re.compile(r"^(不符合|符合|[√✓✔×✗✘Xx])(?=$|[，,；;。：:（(\s])")


def verdict_mark(text: str) -> str | None:
    """The mark a checklist cell begins with (符合, 不符合, √, ×), or None."""
    m = VERDICT_MARK.match(text.strip())
    return m.group(1) if m else None


def _verdicts(values: list[str]) -> bool:
    """Whether a column's cells are a checklist's verdicts: nearly all begin with a mark (不符合，…)."""
    return len(values) >= 2 and sum(verdict_mark(v) is not None for v in values) >= 0.8 * len(values)


def marks_column(columns: Iterable[Field], values_of: Callable[[int], list[str]]) -> Field | None:
    """The column of a checklist whose cells are √ or × (符合 or 不符合), both found, under a header that
    asks whether each point is as it should be (检查结果（√/×）)."""
    for f in columns:
        if f.how == CLERK or not MARKED_HEADER.search(clean_header(f.header)):
            continue
        values = [v.strip() for v in values_of(f.index) if v.strip()]
        marked = [m for v in values if (m := verdict_mark(v)) is not None]
        if (  # (most of them: a header repeated under the table is no mark)
            len(marked) >= 0.8 * len(values) and FINE_MARKS & set(marked) and WANTING_MARKS & set(marked)
        ):
            return f
    return None


def _marked_findings(table: RawTable, sample: list[Sequence[object]]) -> None:
    """检查内容 | 检查结果（√/×） | 备注 of a self-check: a point marked × is the item, and the note beside it
    tells what was found there (2号冷藏柜实测温度9℃…) — the item's words are the point and its note."""
    described = next((f for f in table.fields if f.targets == (Col.DESCRIPTION,) and not f.facets), None)
    if described is None or not CHECK_POINT.search(clean_header(described.header)):
        return
    columns = [*table.fields, *table.extras]
    if marks_column(columns, lambda c: _sample(sample, c)) is None:
        return
    note = next(
        (
            f
            for f in columns
            if f.index != described.index
            and ({Col.PROGRESS, Col.REMARK} & set(f.targets) or NOTE_HEADER.match(clean_header(f.header)))
        ),
        None,
    )
    if note is None:
        return
    parts = ((described.index, described.header), (note.index, note.header))
    table.fields = [replace(f, facets=parts) if f is described else f for f in table.fields]


NOTE_HEADER = re.compile(r"^(备注|说明|问题说明|情况说明)$")


def _verdicts_told(table: RawTable, sample: list[Sequence[object]]) -> None:
    """No status or progress column, but a checklist's verdict (结论: 符合 | 不符合，限7月31日前配备 | 不符合，
    已当场清理完毕): what the checker writes after 不符合 — the time given, what was done there and then — is
    how far the item got (the points marked 符合 are no items: rows._marked_fine)."""
    if {Col.STATUS, Col.PROGRESS, Col.CLOSEOUT} & table.canonical:
        return
    for f in table.extras:
        if f.how in (CLERK, KEPT_HOW) or not VERDICT_HEADER.search(clean_header(f.header)):
            continue
        values = _sample(sample, f.index)
        told = [v for v in values if (m := verdict_mark(v)) in WANTING_MARKS and len(v.strip()) > len(m) + 1]
        if _verdicts(values) and told:
            table.extras = [x for x in table.extras if x is not f]
            table.fields.append(Field(f.index, f.header, (Col.PROGRESS,), CONTENT))
            return


# A column naming each thing the return is a register of (堆放点位置 in a 非正规垃圾堆放点排查整治台账).
THING_NAMED = re.compile(r"^(\S{2,6}?)(位置|点位|地点|名称|具体位置)$")


FOUND_THINGS = r"(排查|摸排|整治|清理|治理|清单|台账|问题)"  # (…堆放点排查整治台账: what was looked for)


def _found_thing_as_item(table: RawTable, sample: list[Sequence[object]]) -> None:
    """No header names the problem, but the file or sheet names what was found (非正规垃圾堆放点排查整治
    台账) and a column names each one (堆放点位置: 濮城村北排水沟, a different one on every row): each is
    an item — the dump found there — whatever else was guessed by its text (整改目标: 清零销号)."""
    described = next((f for f in table.fields if f.targets == (Col.DESCRIPTION,)), None)
    if described is not None and (described.how != CONTENT or CAUSE.search(clean_header(described.header))):
        return  # (水体名称 beside 主要成因: why each is black and smelly is the item, _cause_as_item)
    names = f"{table.file} {table.sheet}"
    for f in table.extras:
        m = THING_NAMED.match(clean_header(f.header))
        if f.how == CLERK or m is None or not re.search(re.escape(m.group(1)) + FOUND_THINGS, names):
            continue  # (河道名称 in a 河道清障整治 ledger: the river the obstacles are in, not what was found)
        values = _sample(sample, f.index)
        if len(values) >= 0.75 * len(sample) and len(set(values)) >= 0.9 * len(values):
            if described is not None:
                table.keep_apart([described])
            table.extras = [x for x in table.extras if x is not f]
            table.fields.append(Field(f.index, f.header, (Col.DESCRIPTION,), CONTENT))
            return


# What made a thing found wrong (撂荒原因, 隐患成因), not why its fix is late (未完成原因, 逾期原因).
CAUSE = re.compile(r"^(?!未|逾期|延期|滞后|超期|整改|办理)\S{1,6}(原因|成因)$")


def _cause_as_item(table: RawTable, sample: list[Sequence[object]]) -> None:
    """No column names the problem (or only a place was taken for it by its long texts: 四至), but one says on
    nearly every row why a thing found is wrong (撂荒原因 of a register of idle plots): the plot and why — the
    item, by what it says; the place stays a column of its own."""
    described = next((f for f in table.fields if f.targets == (Col.DESCRIPTION,)), None)
    if described is not None and not (
        described.how == CONTENT and WHERE.search(clean_header(described.header))
    ):
        return
    cause = next(
        (
            f
            for f in table.extras
            if f.how not in (CLERK, KEPT_HOW)
            and CAUSE.search(clean_header(f.header))
            and len(_sample(sample, f.index)) >= 0.75 * len(sample)
        ),
        None,
    )
    if cause is None:
        return
    if described is not None:
        table.keep_apart([described])
    table.extras = [f for f in table.extras if f is not cause]
    table.fields.append(Field(cause.index, cause.header, (Col.DESCRIPTION,), CONTENT))


WHERE = re.compile(r"(四至|位置|坐落|地点|地址|地块|桩号)$")  # where a thing is, never what is wrong with it


def _measures_as_item(table: RawTable) -> None:
    """Nothing names the item, by header or by content, but one column of measures (具体措施 of a
    任务推进情况表): each measure is an item."""
    measures = [f for f in table.fields if f.targets == (Col.MEASURES,) and f.how != CLERK]
    if Col.DESCRIPTION not in table.canonical and len(measures) == 1:
        table.fields = [
            f if f is not measures[0] else Field(f.index, f.header, (Col.DESCRIPTION,), CONTENT)
            for f in table.fields
        ]


ROLE_TAIL = re.compile(r"(进展情况|进展|进度|推进情况|落实情况|情况|时限|期限|时间)$")


# 督查情况 of a 回访督查 table: what the follow-up check found of an item the table names elsewhere.
CHECK_AFTER = re.compile(r"^(回访)?(督查|督导|暗访)(情况|结果|意见)$")


def _check_after(table: RawTable) -> None:
    """A 督查情况 column beside the problem's own column (巡察反馈问题) tells what the follow-up check
    found — the closure; where it is the only text, it is the problem (read_sheet's content rules)."""
    if Col.DESCRIPTION not in table.canonical or {Col.CLOSEOUT, Col.PROGRESS} & table.canonical:
        return
    found = next(
        (f for f in table.extras if f.how != CLERK and CHECK_AFTER.match(clean_header(f.header))), None
    )
    if found is not None:
        table.extras = [f for f in table.extras if f is not found]
        table.fields.append(Field(found.index, found.header, (Col.CLOSEOUT,), ROLE))


def _found_at(table: RawTable) -> None:
    """验收日期 beside 验收发现问题: the day of the check the problems were found at, not the day
    the work was accepted — when the item came, never a completion date."""
    problem = next((f for f in table.fields if Col.DESCRIPTION in f.targets and f.how != CLERK), None)
    if problem is None:
        return

    def found_then(f: Field) -> bool:
        event = DATED_EVENT.match(lower_header(f.header))
        return (
            Col.DONE_ON in f.targets
            and f.how != CLERK
            and event is not None
            and problem.header.startswith(event.group(1))
        )

    table.fields = [
        Field(f.index, f.header, (Col.FOUND,), ROLE) if found_then(f) else f for f in table.fields
    ]


DATED_EVENT = re.compile(r"^(\S{2})(日期|时间)$")
SIGNED_OFF = re.compile(r"销号|验收|复查|复核|核实|核查")  # a check's verdict names the check
VERDICT_HEADER = re.compile(r"(意见|结论|结果|情况)$")


# Of a time to answer (答复时限) and a time to solve (解决（服务确认）时限), the item is due when it is solved.
ANSWER_TIME = re.compile(r"(答复|回复|反馈|办复|响应|签收)")
SOLVE_TIME = re.compile(r"(解决|办结|整改|完成|处理|处置|化解)")


def _time_to_solve(table: RawTable) -> None:
    chosen = next((f for f in table.fields if f.targets == (Col.DEADLINE,) and f.how != CLERK), None)
    if chosen is None or not ANSWER_TIME.search(chosen.header) or SOLVE_TIME.search(chosen.header):
        return
    other = next(
        (f for f in table.extras if Col.DEADLINE in f.alt and f.how != CLERK and SOLVE_TIME.search(f.header)),
        None,
    )
    if other is not None:
        _choose_instead(table, chosen, other, Col.DEADLINE)


def _closure_by_content(table: RawTable, sample: list[Sequence[object]]) -> None:
    """No closure column by header, but one whose every filled cell is a check's verdict that closes
    the item (审计部督办意见: 已核实，同意销号): the closure."""
    if Col.CLOSEOUT in table.canonical:
        return
    for f in table.extras:
        if f.how in (CLERK, KEPT_HOW) or not VERDICT_HEADER.search(clean_header(f.header)):
            continue
        values = _sample(sample, f.index)
        if values and all(SIGNED_OFF.search(v) and closure(v) == DONE for v in values):
            table.extras = [x for x in table.extras if x is not f]
            table.fields.append(Field(f.index, f.header, (Col.CLOSEOUT,), CONTENT))
            return


def _settle_subject(table: RawTable) -> None:
    """Of two progress (or deadline) columns, the one about what the item is: beside 需市级协调解决的
    问题, 协调进展 and 协调时限 — not 项目进展情况, the progress of the project the item is in."""
    described = next((f.header for f in table.fields if Col.DESCRIPTION in f.targets), "")
    for column in (Col.PROGRESS, Col.DEADLINE):
        chosen = next((f for f in table.fields if f.targets == (column,)), None)
        if chosen is None or not described or _about(chosen.header, described):
            continue
        other = next((f for f in table.extras if column in f.alt and _about(f.header, described)), None)
        if other is not None:
            _choose_instead(table, chosen, other, column)


def _entity_guess(unit: Field) -> bool:
    """Whether a unit column is one a role rule guessed from a name of who is concerned (企业名称,
    企业（项目）名称): the companies who asked or were checked, maybe not who handles it."""
    return unit.how == ROLE and bool(ENTITY.search(clean_header(unit.header)))


def _set_apart(table: RawTable, field: Field) -> None:
    """A column taken for a ledger column, kept as it is instead (and no later rule reads it)."""
    table.fields = [f for f in table.fields if f is not field]
    table.extras = sorted(
        [*table.extras, Field(field.index, field.header, (), KEPT_HOW)], key=lambda f: f.index
    )


def _choose_instead(table: RawTable, chosen: Field, other: Field, column: str) -> None:
    """The column set aside feeds ``column``; the one chosen first is kept as it is (and is no
    stand-in for it: nothing falls back on it when the other is blank)."""
    table.fields = [
        *(f for f in table.fields if f is not chosen),
        Field(other.index, other.header, (column,), other.how),
    ]
    table.extras = [
        *(f for f in table.extras if f is not other),
        Field(chosen.index, chosen.header, (), chosen.how),
    ]


def _about(header: str, described: str) -> bool:
    """Whether a column's header qualifies its role by a word of the description's header (协调)."""
    qualifier = ROLE_TAIL.sub("", lower_header(header))
    return len(qualifier) >= 2 and qualifier in clean_header(described)


def name_items(table: RawTable, sample: list[Sequence[object]]) -> None:
    """A register with no column for the problem (申请人 | 许可类型 | 受理日期 | 办理状态): each row
    is the item its first naming column names — the leftmost text column filled on nearly every row
    with a different text each time (not a date, a number, a status or a repeated category)."""
    if Col.DESCRIPTION in table.canonical or len(sample) < 2:
        return
    for f in sorted(table.extras, key=lambda f: f.index):
        if f.how == CLERK:
            continue
        values = _sample(sample, f.index)
        texts = [v for v in values if not DATE_LINE.match(v) and not re.fullmatch(r"[\d.,%\s-]+", v)]
        if (
            len(texts) >= 0.75 * len(sample)
            and len(set(texts)) >= 0.9 * len(texts)
            and not any(parse_status(v) for v in texts)
        ):
            table.extras = [e for e in table.extras if e is not f]
            named = Field(f.index, f.header, (Col.DESCRIPTION,), CONTENT)
            table.fields.append(named)
            _found_where(table, sample, named)  # (河道名称 | 具体位置: each row the river's spot)
            return


def _progress_by_content(table: RawTable, sample: list[Sequence[object]], grid: set[int]) -> None:
    """No status and no progress column: a column whose cells mostly tell progress in sentences
    ("已整改到位", "标线已重新施划，信号灯配时正在优化") is the progress."""
    if Col.PROGRESS in table.canonical:
        return
    if {Col.STATUS, Col.CLOSEOUT} & table.canonical:  # (隐患闭环情况: 未闭环 says no more than a status)
        _progress_beside_status(table, sample)
        if Col.STATUS in table.canonical or Col.PROGRESS in table.canonical:
            return
    best: tuple[float, Field] | None = None
    for f in table.extras:
        if f.how in (CLERK, KEPT_HOW) or f.index in grid:
            continue
        values = _sample(sample, f.index)
        share = sum(1 for v in values if parse_status(v) is not None) / max(len(sample), 1)
        if share >= 0.6 and (best is None or share > best[0]):
            best = (share, f)
    if best is not None:
        table.fields.append(Field(best[1].index, best[1].header, (Col.PROGRESS,), CONTENT))
        table.extras = [f for f in table.extras if f is not best[1]]


TELLS_STEP = re.compile(r"^(已|现已|目前|截至|正在|均已)|[，,](已|正在)")
# A column that accounts for what was done about an item (调查核实情况, 处理结果, 核查处置情况).
ACCOUNT = re.compile(r"(情况|结果|经过|进度)$")
HANDLED = re.compile(r"处理|处置|查处|整改|办理|落实")  # an account of the handling itself (not 调查核实情况)


def _progress_beside_status(table: RawTable, sample: list[Sequence[object]]) -> None:
    """A status column (未闭环) and no progress column: a column of another name (治理方案) whose
    every filled cell tells what was done ("已委托特检院，排定8月中旬检验") is the progress; so is
    an account of the handling (调查核实情况) that tells how far an item got where the status
    says no more than 否 (是否办结), or nothing at all (a 处理结果 left blank)."""
    status = next((f for f in table.fields if f.targets == (Col.STATUS,)), None)
    said: list[str] | None = None  # what the status says on each row, read when first needed
    for f in table.extras:
        if f.how in (CLERK, KEPT_HOW):
            continue
        if f.alt:
            values = [v for v in _sample(sample, f.index) if not DATE_LINE.match(v)]
            if len(values) >= 2 and all(TELLS_STEP.search(v) and parse_status(v) is not None for v in values):
                _take_as_progress(table, f)
                return
        if status is None:
            continue
        said = _row_texts(sample, [i for i, _ in status.facets] or [status.index]) if said is None else said
        if {Col.STATUS, Col.PROGRESS} & set(f.alt) and _told_beside_words(said, _sample(sample, f.index)):
            _take_as_progress(
                table, f
            )  # 完成情况: 已完成 | 整改情况: 一是…二是…: the account is the progress
            return
        if not ACCOUNT.search(clean_header(f.header)):
            continue
        cells = _row_texts(sample, [f.index])
        told = [v for v in cells if v and not DATE_LINE.match(v)]
        if (
            HANDLED.search(f.header)
            and len(told) >= 2
            and sum(parse_status(v) is not None for v in told) >= 0.75 * len(told)
        ):
            _take_as_progress(table, f)  # 是否办结: 未办结 | 处理处罚和问责情况: 责令…，目前已安装5家
            return
        if _answers([v for v in said if v]):  # where 否 is all the status says: every row
            open_rows = [v for v in cells if v and not DATE_LINE.match(v)]
        else:  # where the status says nothing
            open_rows = [
                v for v, s in zip(cells, said, strict=True) if v and not s and not DATE_LINE.match(v)
            ]
        if len(open_rows) >= 2 and sum(parse_status(v) is not None for v in open_rows) >= 0.75 * len(
            open_rows
        ):
            _take_as_progress(table, f)
            return


TOLD_AT_LENGTH = 12  # characters of a cell that tells what was done, more than a status word


def _told_beside_words(said: list[str], values: list[str]) -> bool:
    """Whether a second status column tells at length (一是…二是…) beside one of status words."""
    worded = [v for v in said if v]
    return (
        len(values) >= 2
        and bool(worded)
        and _word_share(worded, len(worded)) >= 0.6
        and sum(len(v) > TOLD_AT_LENGTH for v in values) >= 0.75 * len(values)
    )


def _take_as_progress(table: RawTable, f: Field) -> None:
    table.fields.append(Field(f.index, f.header, (Col.PROGRESS,), CONTENT))
    table.extras = [e for e in table.extras if e is not f]


def _row_texts(sample: list[Sequence[object]], indices: list[int]) -> list[str]:
    """What columns say on each row, read together ("" where they say nothing); unlike _sample,
    one text per row, so that columns can be read side by side."""
    return ["".join(as_text(row[i]) for i in indices if i < len(row)) for row in sample]


def _sample(sample: list[Sequence[object]], index: int) -> list[str]:
    return [v for v in (as_text(row[index]) for row in sample if index < len(row)) if v]


DEADLINE_WORDS = re.compile(r"前|底|末|以内|内完成|个月内|日内|天内|长期|立行立改|持续")


def _settle_deadline(table: RawTable, sample: list[Sequence[object]]) -> None:
    """Many tables call the deadline 完成时间 (计划完成时间): with no 整改时限 column, a 完成时间 column
    written the way deadlines are written (6月底前, 3个月内, 长期坚持) is the deadline."""
    if Col.DEADLINE in table.canonical:
        _deadline_by_dates(table, sample)
        return
    finish = next((f for f in table.fields if f.targets == (Col.DONE_ON,) and f.how != CLERK), None)
    if finish is None:
        return
    values = _sample(sample, finish.index)
    if values and sum(1 for v in values if DEADLINE_WORDS.search(v)) >= 0.3 * len(values):
        table.fields = [
            Field(finish.index, finish.header, (Col.DEADLINE,), CONTENT) if f is finish else f
            for f in table.fields
        ]


COUNT_ONLY = re.compile(r"^\d{1,3}(\.0)?$")


def _deadline_by_dates(table: RawTable, sample: list[Sequence[object]]) -> None:
    """完成时限(工作日) holding bare counts (3, 5) beside 截止完成时间 holding the dates they come to:
    the dates are the deadline; the counts are kept as they are."""
    chosen = next((f for f in table.fields if f.targets == (Col.DEADLINE,) and f.how != CLERK), None)
    if chosen is None or not any(Col.DEADLINE in f.alt for f in table.extras):
        return  # (nearly always: no second deadline column to choose)
    counts = _sample(sample, chosen.index)
    if not counts or sum(1 for v in counts if COUNT_ONLY.match(v)) < 0.75 * len(counts):
        return
    other = next((f for f in table.extras if Col.DEADLINE in f.alt and _dated(sample, f.index)), None)
    if other is not None:
        _choose_instead(table, chosen, other, Col.DEADLINE)


def _dated(sample: list[Sequence[object]], index: int) -> bool:
    cells = [row[index] for row in sample if index < len(row) and row[index] not in ("", None)]
    return bool(cells) and sum(
        1 for v in cells if isinstance(v, date | datetime) or DATE_LIKE.match(str(v))
    ) >= 0.75 * len(cells)


DATE_LIKE = re.compile(r"^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")


SCHEDULE = re.compile(r"安排|计划|节点|时序|进度|时间表|步骤|分解|阶段|时限|期限")
NOT_SCHEDULE = {
    Col.DESCRIPTION,
    Col.STATUS,
    Col.DONE_ON,
    Col.FOUND,
    Col.ID,
    Col.PROGRESS,
    Col.UNIT,
    Col.OWNER,
}


def _mark_grid(table: RawTable, sample: list[Sequence[object]]) -> set[int]:
    """The columns of a checklist's grid of √ and × (用火用电 | 安全出口 | … | 其他): each a point checked,
    beside others of marks only — never how far an item got."""
    ticked = {c for f in table.fields for c, _ in f.ticks}  # (√ under 已整改 | 未整改: a status)
    marked = {
        f.index
        for f in (*table.fields, *table.extras)
        if f.index not in ticked
        and parse_status(f.header) is None  # (已完成 | 未完成 | 是 | 否 ask how far it got)
        and clean_header(f.header) not in YES_NO
        and (values := _sample(sample, f.index))
        and all(map(is_mark, values))
    }
    return {
        c for c in marked if {c - 2, c - 1} <= marked or {c - 1, c + 1} <= marked or {c + 1, c + 2} <= marked
    }


YES_NO = frozenset({"是", "否", "有", "无", "已", "未"})


# A body named with its place (濮阳市华龙区惠民超市, 濮阳市顺通物流有限公司), not a person (张建国).
BODY_WITH_PLACE = re.compile(r"^[^\s、，,]{0,6}?(市|县|区|镇|乡)[^\s、，,]{3,30}$")


def _owner_bodies(table: RawTable, sample: list[Sequence[object]]) -> None:
    """No unit column, but a 责任人 column whose cells name bodies, not people (整改责任人（承租人）:
    濮阳市华龙区惠民超市): those bodies put the items right."""
    if Col.UNIT in table.canonical:
        return
    owner = next((f for f in table.fields if f.targets == (Col.OWNER,) and f.how != CLERK), None)
    values = _sample(sample, owner.index) if owner is not None else []
    if (
        owner is None
        or len(values) < 2
        or sum(map(bool, map(BODY_WITH_PLACE.match, values))) < 0.8 * len(values)
    ):
        return
    table.fields = [Field(f.index, f.header, (Col.UNIT,), CONTENT) if f is owner else f for f in table.fields]


def _settle_remarks(table: RawTable, sample: list[Sequence[object]], grid: set[int]) -> None:
    """No column for the progress at all, but the 备注 column holds it (已答复，代表满意 / 正在办理):
    read it as the progress."""
    said = {Col.STATUS, Col.PROGRESS, Col.CLOSEOUT} & table.canonical
    remark = next((f for f in table.fields if f.targets == (Col.REMARK,) and f.how != CLERK), None)
    if said or remark is None:
        return
    values = _sample(sample, remark.index)
    if remark.index in grid:  # (其他 | √: a point checked)
        return
    if values and sum(1 for v in values if parse_status(v) is not None) >= 0.6 * len(values):
        table.fields = [
            Field(f.index, f.header, (Col.PROGRESS,), CONTENT) if f is remark else f for f in table.fields
        ]


def _settle_schedule(table: RawTable, sample: list[Sequence[object]]) -> None:
    """No deadline column, but a schedule (时序进度 "3月…4月至5月…6月 印发实施", 工作安排): the last
    date it names for the item is its deadline, as a person reads it. The column keeps its own
    reading too (整改措施, or its own header)."""
    if Col.DEADLINE in table.canonical:
        return
    best: tuple[float, Field] | None = None
    for f in (*table.fields, *table.extras):
        meant = {
            *f.targets,
            *f.alt,
        }  # what the header reads as (a second 交办日期 is still a date of an event)
        if f.how in (CLERK, KEPT_HOW) or meant & NOT_SCHEDULE or not SCHEDULE.search(f.header):
            continue
        values = _sample(sample, f.index)
        if sum(map(bool, map(NAMED_WITH_PERIOD.match, values))) > len(values) / 2:
            continue  # 民生实事（实施期限）: the item named, its period in brackets (normalize reads it)
        share = sum(1 for v in values if parse_date(v, None).value is not None) / max(len(sample), 1)
        if share >= 0.5 and (best is None or share > best[0]):
            best = (share, f)
    if best is not None:
        f = best[1]
        table.fields.append(Field(f.index, f.header, (Col.DEADLINE,), CONTENT))
        table.extras = [e for e in table.extras if e is not f]


ENTITY = re.compile(r"(企业|单位|公司|机构|经营者|经营户|商户|医院|学校)(名称|全称)?$")
TOOK_IT = re.compile(r"^(受理|接收|签收|接办)(单位|部门|机构)$")  # the office that took the case up
PASSED_TO = re.compile(r"转交|转至|转送|移交|分办|交由|承接|流转|分派|下派")  # the office an item went to
INSIDE = re.compile(r"部门|科室|车间|班组|区域|处室|股室")


def _settle_unit(table: RawTable, sample: list[Sequence[object]]) -> None:
    """An enterprise's own export names the enterprise (企业名称) and, in another column, a part of
    it (隐患所在区域/部门: 输配分公司, 设备部; 整改单位: 门站运行部, 第二水厂): the enterprise is the
    unit, the part its 责任部门. Beside 企业反映问题 the enterprise is who asked, not the unit."""
    unit = next((f for f in table.fields if f.targets == (Col.UNIT,) and f.how != CLERK), None)
    if unit is None:
        return
    if (
        Col.DEPARTMENT not in table.canonical
        and not _raised_by_them(table)  # (a town's 承办站所 beside the 企业 whose 诉求 it handles)
        and (named := _entity_column(table, sample, companies=True))
        and _names_parts(unit, sample)  # by what its cells say
    ):
        _entity_over_part(table, named, unit)
        return
    if (
        HANDLER.search(unit.header)
        or PASSED_TO.search(unit.header)
        or TOOK_IT.match(clean_header(unit.header))
    ):
        return  # (转交单位 of a hotline's 诉求: the office it went to, which handles it; 受理单位: who took it up)
    if (AREA.match(clean_header(unit.header)) or MARKET.match(clean_header(unit.header))) and (
        named := _named_beside(table, sample)
    ):
        _choose_instead(
            table, unit, named, Col.UNIT
        )  # 县区 | 机构名称: the institution checked fixes its own
        return
    # 检查对象 beside 交办属地: the place the item was handed to puts it right
    handed = [f for f in table.extras if Col.UNIT in f.alt and f.how not in (CLERK, KEPT_HOW)]
    handler = next((f for f in handed if HANDED_TO.search(clean_header(f.header))), None)
    if handler is not None and unit.how == ROLE:
        _choose_instead(table, unit, handler, Col.UNIT)
        return
    if (
        _entity_guess(unit)
        and _raised_by_them(table)
        and not OWNED_BY.match(unit.header)
        and not clean_header(unit.header).startswith("被")  # (被投诉单位: the one complained of)
    ):
        _set_apart(table, unit)  # 企业名称 beside 企业反映问题: who asked
        return
    if INSIDE.search(unit.header) and Col.DEPARTMENT not in table.canonical:  # by what its header says
        if named := _entity_column(table, sample, companies=False):
            _entity_over_part(table, named, unit)


AREA = re.compile(
    r"^(所在|所属|属地)?(县区|县市区|区县|县（区）|县\(区\)|县|区|乡镇|镇|乡|镇街|乡镇街道|区域|街道|街办|社区)$|^属地$"
)  # (属地 | 经营场所名称 of a city-wide check: the premises named answer)
PREMISES_NAMED = re.compile(PREMISES)
# A market or mall whose stalls are named beside it (市场名称 | 经营者名称): the stall-holder answers.
MARKET = re.compile(r"^\S{0,3}(市场|商场|商城|集市|集贸市场|农贸市场)(名称)?$")


def _named_beside(table: RawTable, sample: list[Sequence[object]]) -> Field | None:
    """Beside a column of areas (县（区）), a column naming a different institution, business or
    premises (加油站名称) on every row."""
    for f in table.extras:
        values = _sample(sample, f.index)
        if (
            Col.UNIT in f.alt
            and f.how not in (CLERK, KEPT_HOW)
            and (ENTITY.search(clean_header(f.header)) or PREMISES_NAMED.search(clean_header(f.header)))
            and len(values) >= 0.75 * len(sample)
            and len(set(values)) >= 0.75 * len(values)  # (a temple with two findings is named twice)
        ):
            return f
    return None


HANDED_TO = re.compile(
    HANDLER.pattern + r"|属地|^(指派|分派|派发|派单)(部门|单位|对象)$"
)  # who must put it right: 责任单位, 交办属地, 指派部门 (of a system's 企业诉求 list)
# A column of the offices items were handed to (交办单位: 城关镇人民政府, 市人社局 …, one per row).
HANDED_OUT = re.compile(r"^(交办|转办|移交|分办|派发|派单|交由)(单位|部门|对象)$")


def _handed_to_column(table: RawTable, sample: list[Sequence[object]], units: UnitDirectory) -> None:
    """A 交办单位 column whose cells name different offices, row by row, in a table with no unit
    column: the offices the items were handed to — the units. The one office that hands items
    over is written once, on a line above the table (交办单位：市委督查室), not on every row. Beside a
    column of the companies that asked (企业名称 | … | 交办对象), the offices are the units all the same;
    the companies' column is kept as it is."""
    unit = next((f for f in table.fields if Col.UNIT in f.targets), None)
    if (unit is not None and not _entity_guess(unit)) or not sample:
        return
    for f in table.extras:
        if f.how == CLERK or not HANDED_OUT.match(clean_header(f.header)):
            continue
        values = _sample(sample, f.index)
        if len(set(values)) >= 2 and _content_share(Col.UNIT, values, units, len(sample)) >= 0.6:
            table.extras = [x for x in table.extras if x is not f]
            table.fields.append(Field(f.index, f.header, (Col.UNIT,), CONTENT))
            if unit is not None:
                _set_apart(table, unit)
            return


def _handler_over_area(table: RawTable, sample: list[Sequence[object]], units: UnitDirectory) -> None:
    """所属乡镇 beside 责任部门 whose cells name offices (台前县交通运输局, 台前县夹河乡人民政府): the
    town is where the item is, the office named is the one that must put it right — the unit. A
    责任部门 of sections (安监办, 综治中心) stays the town's own department."""
    unit = next((f for f in table.fields if f.targets == (Col.UNIT,) and f.how != CLERK), None)
    if unit is None or not AREA.match(clean_header(unit.header)):
        return
    handler = next(
        (
            f
            for f in table.fields
            if f.targets == (Col.DEPARTMENT,) and f.how != CLERK and HANDLER.search(f.header)
        ),
        None,
    )
    if handler is None:
        return
    values = _sample(sample, handler.index)  # (a 合计 row under them names no office)
    if len(values) >= 0.75 * len(sample) and _content_share(Col.UNIT, values, units, len(values)) >= 0.6:
        table.fields = [f for f in table.fields if f is not handler]
        table.fields.append(Field(handler.index, handler.header, (Col.UNIT,), handler.how))
        _set_apart(table, unit)


SECTION_NAME = re.compile(r"(部|科|室|处|车间|班组|中心|厂|站|所|分公司|队)$")
COMPANY_NAME = re.compile(r"(公司|集团|厂|医院|学校|中心|酒店|宾馆|商场|超市)$")


def _names_parts(unit: Field, sample: list[Sequence[object]]) -> bool:
    """Whether a unit column's cells are parts of an enterprise (门站运行部, 第二水厂, 动力车间)."""
    values = _sample(sample, unit.index)
    return bool(values) and sum(1 for v in values if SECTION_NAME.search(v) and len(v) <= 8) >= 0.75 * len(
        values
    )


def _entity_column(table: RawTable, sample: list[Sequence[object]], companies: bool) -> Field | None:
    """The column kept aside that names the enterprise (企业名称) on nearly every row — with
    ``companies``, cells that read as enterprises too (…有限公司, …医院)."""
    for f in table.extras:
        if Col.UNIT not in f.alt or not ENTITY.search(f.header):
            continue
        names = _sample(sample, f.index)
        if len(names) < 0.75 * len(sample):
            continue
        if not companies or sum(1 for v in names if COMPANY_NAME.search(v)) >= 0.75 * len(names):
            return f
    return None


def _entity_over_part(table: RawTable, named: Field, unit: Field) -> None:
    """The enterprise's column feeds 责任单位; the column that named its part feeds 责任部门."""
    table.fields = [f for f in table.fields if f is not unit]
    table.fields += [
        Field(named.index, named.header, (Col.UNIT,), named.how),
        Field(unit.index, unit.header, (Col.DEPARTMENT,), unit.how),
    ]
    table.extras = [f for f in table.extras if f is not named]


RAISED = re.compile(
    r"(企业|群众|市民|网民|居民|职工)(反映|诉求|来信|投诉)|诉求|投诉|举报|来信|来电|求助|咨询|申请"
)
# A column about the one who reported the item (报修人手机号, 报修公司所在地址, 来电人): the items were raised.
REPORTER = re.compile(r"^(报修|报事|报障|来电|投诉|举报)(人|公司|单位|企业|户)")
# 反映问题 is what someone raised — the company named beside it when a column names another office
# in charge (责任处室（单位）: 规划建设处, 市人社局); with none, what an inspector reported about it.
REPORTED = re.compile(r"^反映(问题|事项|内容)$")


def _raised_by_them(table: RawTable) -> bool:
    """Whether the items are what someone raised (企业反映问题, 问题诉求): the one named beside them
    raised it; the unit is the one handling it."""
    if any(Col.DESCRIPTION in f.targets and RAISED.search(f.header) for f in table.fields):
        return True
    if any(REPORTER.match(clean_header(f.header)) for f in (*table.fields, *table.extras)):
        return True  # 企业名称 | 报修人手机号 | 报修公司所在地址: the companies that reported a repair
    return any(
        Col.DESCRIPTION in f.targets and REPORTED.match(clean_header(f.header)) for f in table.fields
    ) and any(Col.DEPARTMENT in f.targets and HANDLER.search(f.header) for f in table.fields)


def _found_at_point(table: RawTable, sample: list[Sequence[object]], description: Field) -> bool:
    """隐患要点 (the point of a checklist) | 检查结果 (what was found there), or any column a role rule
    read as the item beside 扣分原因: the finding is the item."""
    if description.how != ROLE:
        return False
    found = next((f for f in table.extras if FOUND_TEXT.search(clean_header(f.header))), None)
    if found is None:
        return False
    if not CHECK_POINT.search(clean_header(description.header)) and not DEDUCTED.match(
        clean_header(found.header)
    ):
        return False  # (服务项目 | 扣分原因 of a graded inspection: why points were lost is the item)
    values = _sample(sample, found.index)
    findings = [v for v in values if not NO_FINDING.match(v)]  # (未发现问题: a point found fine)
    header = clean_header(found.header)  # (扣分原因, 若有，请描述: filled on some rows only; so is the
    # 检查情况 of a score sheet, which lists every point and its marks: 分值 | 得分)
    scored = any(SCORED.search(clean_header(f.header)) for f in [*table.fields, *table.extras])
    share = 0.2 if DEDUCTED.match(header) or IF_ANY.match(header) or scored else 0.75
    if len(values) < share * len(sample) or len(set(findings)) < 0.9 * len(findings):
        return False
    _told_in_two(table, description, found, by=found, how=ROLE)
    return True


SCORED = re.compile(r"^(分值|得分|扣分|评分|标准分|自评分|考核得分)$")


PLACE_HEADER = re.compile(r"^(具体|所在|详细)?(位置|地点|部位|地址|点位|坐落)$")


def _found_where(table: RawTable, sample: list[Sequence[object]], description: Field) -> bool:
    """No header names the problem (a column read as it by its content: 河道名称 | 马颊河), but the table
    says where each was found (具体位置 | 南乐县城关镇段右岸滩地) and maybe what kind it is (障碍物类型 |
    违章建筑): the item is those read together (马颊河：违章建筑：南乐县城关镇段右岸滩地) — a person tells
    one from another by its place. The kind stays a column of its own too."""
    if description.how != CONTENT or description.facets:
        return False
    place = next(
        (f for f in table.extras if f.how != CLERK and PLACE_HEADER.match(clean_header(f.header))), None
    )
    if place is None or len(_sample(sample, place.index)) < 0.75 * len(sample):
        return False
    kind = [f for f in table.fields if f.targets == (Col.CATEGORY,) and f.how != CLERK]
    parts = tuple((f.index, f.header) for f in (description, *kind[:1], place))
    table.fields = [f for f in table.fields if f is not description]
    table.extras = [f for f in table.extras if f is not place]
    table.fields.append(
        Field(description.index, description.header, (Col.DESCRIPTION,), CONTENT, facets=parts)
    )
    return True


def _projects_told(
    table: RawTable, sample: list[Sequence[object]], description: Field, others: list[Field]
) -> bool:
    """项目名称 | 存在问题 with 无 on some rows: each row is the project, told with its problem if any."""
    if description.how != EXACT or not any(v in NOTHING_SAID for v in _sample(sample, description.index)):
        return False
    n = max(len(sample), 1)
    projects = [
        f
        for f in others
        if NAMED_THING.search(clean_header(f.header)) and len(_sample(sample, f.index)) >= 0.75 * n
    ]
    if not projects:
        return False
    _told_in_two(table, projects[0], description, by=projects[0])
    return True


def _settle_description(table: RawTable, sample: list[Sequence[object]]) -> None:
    """Of the columns a header calls the problem (隐患部位 beside 隐患内容, 事项名称 beside 具体问题),
    the one holding the longest text is the description; the other is kept as it is. A 存在问题
    column left blank on many rows beside a 工程名称 filled on every row is a side note: the item is
    the project the row names."""
    description = next((f for f in table.fields if f.targets == (Col.DESCRIPTION,)), None)
    if description is None or description.how == CLERK:
        return
    if (
        _tasks_under_kinds(table, sample, description)
        or _tasks_with_obstacles(table, sample, description)
        or _problem_beside_name(table, sample, description)
        or _found_on_site(table, sample, description)
        or _found_at_point(table, sample, description)
    ):
        return
    others = [
        f
        for f in table.extras
        if Col.DESCRIPTION in f.alt and f.how != CLERK and (_a_question(description) or not _a_question(f))
    ]  # (排查内容 | 是否有阻水建筑物？ is the checklist's question, never the problem found beside it)
    if not others:
        return

    def length(f: Field) -> float:
        values = _sample(sample, f.index)
        return sum(map(len, values)) / max(len(sample), 1)

    def filled(f: Field) -> float:  # (无 under 存在问题 says there is none: not filled)
        return sum(v not in NOTHING_SAID for v in _sample(sample, f.index)) / max(len(sample), 1)

    def distinct(f: Field) -> float:
        values = _sample(sample, f.index)
        return len(set(values)) / max(len(values), 1)

    told = [f for f in others if DETAIL.match(clean_header(f.header)) and filled(f) >= 0.5]
    if description.how in (EXACT, CONTAINS) and told:
        # 反馈问题 | 具体表现: the problem as the inspectors named it, then how it shows — both are
        # what a person reads as the problem
        _told_in_two(table, description, told[0], by=description)
        return
    if _projects_told(table, sample, description, others):
        return
    if description.how == EXACT and filled(description) > 2 / 3:
        # 存在问题 merged down over its 具体表现 (一、文山会海之风仍未禁绝 | 以视频会议形式层层套开会议):
        # each item is the detail, told under its heading
        detail = [
            f for f in others if filled(f) >= 0.75 and distinct(f) >= 0.9 and length(f) > length(description)
        ]
        if distinct(description) >= 0.8 or not detail:
            return
        best = max(detail, key=length)
        _told_in_two(table, description, best, by=best)
        return
    if description.how == EXACT:
        named = [f for f in others if filled(f) >= 0.75]  # every row (but a 合计 row)
        if not named:
            return
        best = max(named, key=length)  # the item is the project, told with its problem when it has one
        _told_in_two(table, best, description, by=best)
        return
    else:
        # 审计项目 | 审计查出问题: the column that names the problem, not the project it was found in
        project = NAME_SAID.search(description.header) and not PROBLEM_WORD.search(description.header)
        named = [f for f in others if PROBLEM_SAID.search(f.header)] if project else []
        best = max(named or others, key=length)
        if not named and length(best) <= 1.5 * length(description):
            return
    _describe_by(table, best, description, best.how)


SPECIFIC = re.compile(
    r"^(具体(举措|措施|任务|内容|事项|工作|要求)|阶段性?(目标|任务)|分解(目标|任务)|(年度)?目标任务$|(年度)?(重点|主要)任务$)"
)  # (督查内容 | 目标任务: 主要任务指标 over 新改建农村公路200公里)
TASK = re.compile(r"(任务|事项|工作)$")
CHECK_POINT = re.compile(
    r"(要点|检查项目|检查内容|检查项|考核内容|检查标准|考核标准|(抽查|检查)(事项|类型|科目)(名称)?|^排查(内容|项目|事项))$"
)
# A line that says nothing was found: "该点位文明创建工作整体良好。", "未发现问题".
# (经自查，未发现此类问题。: a point checked and found fine, no item)
NO_FINDING = re.compile(
    r"^\s*(?:经\S{0,8}?[，,]\s*)?[^。，；,;]{0,20}?(整体良好|总体良好|情况良好|整体较好|总体较好"
    r"|未发现(明显|此类|类似|同类|相关|上述)?问题|未发现异常|无问题|无此类问题|无异常|零报告|无拖欠|无扣分|未扣分|不扣分|无(安全)?隐患|未发现(安全)?隐患)[。.]?\s*$"
)
# 扣分原因 of a self-assessment score sheet: only the points that lost marks are items
DEDUCTED = re.compile(r"^(扣分|失分|减分)")
# 若有，请描述 of a checklist: filled only where a point was found wanting
IF_ANY = re.compile(r"^(若有|如有|如存在|若存在)")
FOUND_TEXT = re.compile(
    r"^(检查|考核|核查|督查|排查|暗访)(结果|发现|情况)$|"
    + DEDUCTED.pattern
    + r"(原因|情况|说明|理由|事项|依据)?$"
    r"|^(主要|存在的?|发现的?)?(违法|违规|违法违规)(行为|事实|情形)$"  # 检查内容 | 违法行为: the violation found
    r"|"
    + IF_ANY.pattern
    + r"\S{0,3}?(请)?(描述|说明|写明|列明|注明|填写)"  # 若有，请描述（楼号、班级、部位）
)


def _task_as_item(table: RawTable) -> None:
    """No column names the problem, and a task column was read as the measures (目标任务 of a
    政府工作报告 ledger): the task is the item. A project's name beside its target task (民生实事:
    项目名称 | 年度目标任务): the item is the project told with its task (name：task)."""
    if Col.DESCRIPTION in table.canonical:
        _project_with_task(table)
        return
    measures = [f for f in table.fields if f.targets == (Col.MEASURES,) and f.how != CLERK]
    task = next((f for f in measures if f.how == ROLE and TASK.search(clean_header(f.header))), None)
    if task is not None:
        table.fields = [
            f if f is not task else Field(f.index, f.header, (Col.DESCRIPTION,), ROLE) for f in table.fields
        ]


def _project_with_task(table: RawTable) -> None:
    named = next((f for f in table.fields if f.targets == (Col.DESCRIPTION,) and f.how != CLERK), None)
    if named is None or not NAME_SAID.search(clean_header(named.header)) or PROBLEM_WORD.search(named.header):
        return
    task = next(
        (
            f
            for f in table.fields
            if f.targets == (Col.MEASURES,)
            and f.how == ROLE
            and re.search(r"目标任务$", clean_header(f.header))
        ),
        None,
    )
    if task is not None and not named.facets:
        _told_in_two(table, named, task, by=named)


NOTHING_SAID = {"无", "暂无", "没有", "无问题", "/", "／", "—", "-", "——"}
# How a problem shows, in a column beside the one that names it (反馈问题 | 具体表现).
DETAIL = re.compile(r"^(问题)?(具体表现|主要表现|表现形式|具体问题|具体情况|详细情况|问题表现|问题详情)$")
PROBLEM_SAID = re.compile(
    r"问题|隐患|不足|缺陷|差距|拖欠|欠薪|违法|违规|(督办|交办|督查|整改|转办)事项"
    r"|(预警|督办|通报|约谈|挂牌|问责|曝光|警示|处罚)(原因|事由|理由|情形)$"  # why it was flagged
)  # a header that names the problem
NAME_SAID = re.compile(r"(项目|名称|事项|工程|对象)$")  # one that names what it was found in
PROBLEM_WORD = re.compile(r"问题|隐患")  # (隐患名称 names the hazard itself)


def _describe_by(table: RawTable, new: Field, old: Field, how: str) -> None:
    """Column ``new`` is the description now; ``old``, which was, is kept as a column of its own."""
    table.extras = [f for f in table.extras if f is not new]
    table.keep_apart([old])
    table.fields.append(Field(new.index, new.header, (Col.DESCRIPTION,), how))


NAMED_THING = re.compile(r"(项目|名称|事项|工程|对象|标题)$")  # what was checked: 文件标题/检查事项, 项目名称


def _problem_beside_name(table: RawTable, sample: list[Sequence[object]], description: Field) -> bool:
    """The description read from what was checked (文件标题/检查事项, 项目名称) beside a column whose
    header names the problem (发现问题, 存在问题) and that is filled on the rows: the problem is the
    item, what was checked kept as a column."""
    if not NAMED_THING.search(clean_header(description.header)) or PROBLEM_WORD.search(description.header):
        return False
    problem = next(
        (
            f
            for f in table.extras
            if Col.DESCRIPTION in f.alt
            and f.how != CLERK
            and PROBLEM_SAID.search(clean_header(f.header))
            and len(_sample(sample, f.index)) >= 0.75 * len(sample)
        ),
        None,
    )
    if problem is None:
        return _told_with_name(table, sample, description)
    _describe_by(table, problem, description, problem.how)
    return True


# What the supervisors of a project found wanting, beside the project's name (民生实事项目 | 督办建议).
SUPERVISORS_SAID = re.compile(
    r"^(督办|督查|督导|监督|视察)建议$|^(审计|巡察|检查|督查|督导)?(提出的?)?改进(意见|建议)$"
)  # (被审计单位 | 审计项目 | 审计提出的改进意见: what the auditors found to put right)


def _told_with_name(table: RawTable, sample: list[Sequence[object]], description: Field) -> bool:
    """民生实事项目 | 督办建议 (read first as the measures asked for): the item is the project with what its
    supervisors found wanting, read together (背街小巷整治改造（30条）：部分背街小巷施工围挡不规范)."""
    said = next(
        (
            f
            for f in (*table.fields, *table.extras)
            if f.how != CLERK and SUPERVISORS_SAID.match(clean_header(f.header))
        ),
        None,
    )
    if said is None or len(_sample(sample, said.index)) < 0.75 * len(sample):
        return False
    _told_in_two(table, description, said, by=description)
    return True


# What a check found at the place (现场核查情况 / 图斑建设状况与类型, 实地核查结果): the problem itself.
FOUND_SAID = re.compile(r"(现场|实地|检查|核查|督查|排查|巡查|暗访)\S{0,2}(发现|情况|结果)")


def _found_on_site(table: RawTable, sample: list[Sequence[object]], description: Field) -> bool:
    """The description read from a name (项目名称) beside a column of what the check found at each
    place (现场核查情况), or a name left blank on some rows (no project where the check found a house
    built on farmland) beside a column with a different text on every row: that text is the item,
    the name kept as a column."""
    if not NAME_SAID.search(clean_header(description.header)) or PROBLEM_WORD.search(description.header):
        return False
    if any(PROBLEM_SAID.search(f.header) for f in table.extras if Col.DESCRIPTION in f.alt):
        return False  # 项目名称 | 需市级协调解决的问题: the problem column says it (below)
    unnamed = len(_sample(sample, description.index)) <= 0.75 * len(sample)  # no project on some rows

    def text_on_every_row(f: Field) -> float:  # its average length, or 0 when it is no such text
        values = _sample(sample, f.index)
        if len(values) < 0.75 * len(sample) or len(set(values)) < 0.9 * len(values):
            return 0.0
        return sum(map(len, values)) / len(values)

    found = [
        f
        for f in table.extras
        if f.how not in (CLERK, KEPT_HOW)
        and (FOUND_SAID.search(f.header) or unnamed)
        and text_on_every_row(f) >= 6
        and not _verdicts(_sample(sample, f.index))  # (结论: 不符合，限7月31日前配备 judges the finding)
    ]
    if not found:
        return False
    _describe_by(table, max(found, key=text_on_every_row), description, ROLE)
    return True


def _told_in_two(table: RawTable, first: Field, second: Field, by: Field, how: str | None = None) -> None:
    """The problem told in two columns, read together (first：second) as the description, from
    ``by``'s column; neither stays a column of its own, nor kept as it is."""
    table.fields = [f for f in table.fields if f is not first and f is not second]
    table.extras = [f for f in table.extras if f is not first and f is not second]
    parts = ((first.index, first.header), (second.index, second.header))
    table.fields.append(Field(by.index, by.header, (Col.DESCRIPTION,), how or by.how, facets=parts))


MATTER_SAID = re.compile(r"具体(事项|问题)$|问题$|隐患$")  # a column that names the matter itself


def _tasks_under_kinds(table: RawTable, sample: list[Sequence[object]], description: Field) -> bool:
    """改革任务 (混合所有制改革, 三项制度改革 …: a kind, a few words) beside 具体举措 (a different,
    longer text on every row): each item is the specific measure, told under its kind."""
    measures = next((f for f in table.fields if f.targets == (Col.MEASURES,) and f.how != CLERK), None)
    if measures is None or description.how not in (ROLE, CONTAINS) or not SPECIFIC.match(measures.header):
        return False
    if any(Col.DESCRIPTION in f.alt and MATTER_SAID.search(clean_header(f.header)) for f in table.extras):
        return False  # (监督任务 | 提请民主监督的具体事项 | 目标任务: the matter raised is the item, the task its aim)
    kinds, tasks = _sample(sample, description.index), _sample(sample, measures.index)
    if (
        len(kinds) < 3
        # (a kind is a few words: 三项制度改革; or a task merged down over its stages)
        or (sum(map(len, kinds)) > 10 * len(kinds) and len(set(kinds)) == len(kinds))
        or len(tasks) < 0.75 * len(sample)
        or len(set(tasks)) < 0.9 * len(tasks)
        or sum(map(len, tasks)) <= sum(map(len, kinds))
    ):
        return False
    _told_in_two(table, description, measures, by=measures)
    return True


def _tasks_with_obstacles(table: RawTable, sample: list[Sequence[object]], description: Field) -> bool:
    """A self-check of tasks (目标任务 | 完成情况 | 存在问题 | 下步计划): each task is an item; 存在问题,
    blank or 无 on some rows, tells what holds a task back and is kept as a column; a kind beside the
    task (督查内容: 主要任务指标, 重点工程 …) is told with it."""
    task = next(
        (
            f
            for f in table.fields
            if f.targets == (Col.MEASURES,) and f.how != CLERK and SPECIFIC.match(clean_header(f.header))
        ),
        None,
    )
    if task is None or description.how != EXACT or not PROBLEM_WORD.search(description.header):
        return False
    tasks = _sample(sample, task.index)
    found = [v for v in _sample(sample, description.index) if v not in NOTHING_SAID]
    if len(tasks) < 0.75 * len(sample) or len(set(tasks)) < 0.9 * len(tasks) or len(found) >= len(sample):
        return False
    table.fields = [f for f in table.fields if f is not task]
    table.keep_apart([description])
    kind = next(
        (
            f
            for f in table.extras
            if Col.DESCRIPTION in f.alt
            and f.how not in (CLERK, KEPT_HOW)
            and f is not description
            and (kinds := _sample(sample, f.index))
            and len(set(kinds)) < 0.75 * len(kinds)
            and max(map(len, kinds)) <= 10
        ),
        None,
    )
    if kind is not None:
        _told_in_two(table, kind, task, by=task)
    else:
        table.fields.append(Field(task.index, task.header, (Col.DESCRIPTION,), ROLE))
    return True


SHARE_HEADER = re.compile(r"[%％]|完成率|完成比例|完成进度|进度比例|完成百分比")


def share_header(header: str) -> bool:
    """Whether a column's header says its numbers are shares of the work done (完成目标（%）)."""
    return bool(SHARE_HEADER.search(header)) and not re.search(r"满意|占比|增长|同比|环比", header)


def _share_as_status(table: RawTable, sample: list[Sequence[object]]) -> None:
    """No status column, and a column of numbers headed as the share of the work done (完成目标（%）:
    112.2, 55, 0): its numbers tell the state (100% done, 0 not begun, between under way)."""
    if Col.STATUS in table.canonical:
        return
    for f in [*table.extras, *(f for f in table.fields if f.how != CLERK and Col.STATUS not in f.targets)]:
        if f.how in (CLERK, KEPT_HOW) or not share_header(f.header):
            continue
        cells = [row[f.index] for row in sample if f.index < len(row) and row[f.index] not in ("", None)]
        numbers = [v for v in cells if isinstance(v, int | float) and not isinstance(v, bool)]
        if len(numbers) >= max(2, 0.75 * len(cells)):
            table.fields = [x for x in table.fields if x is not f]
            table.extras = [x for x in table.extras if x is not f]
            table.fields.append(Field(f.index, f.header, (Col.STATUS,), CONTENT))
            return


def _settle_status(table: RawTable, sample: list[Sequence[object]], units: UnitDirectory) -> None:
    """Of the columns that may hold the status, take the one whose cells are status words."""
    status = next((f for f in table.fields if f.targets == (Col.STATUS,)), None)
    if status is None or status.how == CLERK:
        return
    n = len(sample)
    if status.ticks:  # ticks under 是 | 否 of 是否整改到位 say it; a column of what was done beside
        _told_beside_ticks(table, sample, n)  # them (整改报告上报情况) is the progress
        return
    if status.how == EXACT and any(f.how == EXACT and f.targets == (Col.PROGRESS,) for f in table.fields):
        return  # 整改状态 beside 整改进展 (the form split sends out): the headers say which is which
    written = _sample(sample, status.index)
    if _closed_only(table, status, written, n):
        return
    share = _content_share(Col.STATUS, written, units, n)
    # a second status-like column, the progress, or any other column whose cells read as status
    # words or shares of the work done (1-7月实际完成率% beside a 完成情况 of counts)
    others = [f for f in table.extras if f.how not in (CLERK, KEPT_HOW)]
    others += [f for f in table.fields if f.targets == (Col.PROGRESS,) and f.how != CLERK]
    if status.how == EXACT and (share >= 0.3 or len(written) < n / 2):
        # a column headed 整改状态 is the status (left blank, too), unless it holds something else:
        # sentences (已划线并设置隔离桩) beside a column of status words (记录状态: 已关闭, 待整改)
        words = [f for f in others if _word_share(_sample(sample, f.index), n) >= 0.6]
        if not words or len(written) < n / 2 or _word_share(written, n) >= 0.3 or _answers(written):
            return  # (是/否 under 整改状态 answers it)
        others = words
    # 是/否 under a header that does not ask whether the work was done answers that header's own
    # question (重点关注 | 是), not the status (是否拆除 | 是 does say it)
    # (a rate of something other than the work, 见面率 | 60%, is a figure of what was found)
    others = [
        f
        for f in others
        if (not _answers(_sample(sample, f.index)) or DONE_QUESTION.match(clean_header(f.header)))
        and not (OTHER_RATE.search(clean_header(f.header)) and not share_header(f.header))
        and not OTHER_ACT.search(clean_header(f.header))
    ]
    if not others:
        return
    best = max(others, key=lambda f: _content_share(Col.STATUS, _sample(sample, f.index), units, n))
    if _content_share(Col.STATUS, _sample(sample, best.index), units, n) <= max(share, 0.5):
        return
    progress = next((f for f in table.fields if f.targets == (Col.PROGRESS,)), None)
    table.fields = [f for f in table.fields if f is not status and f is not best]
    table.extras = [f for f in table.extras if f is not best]
    table.fields.append(Field(best.index, best.header, (Col.STATUS,), CONTENT))
    if progress is None or progress is best:
        table.fields.append(Field(status.index, status.header, (Col.PROGRESS,), CONTENT))
    else:
        table.extras = sorted(
            [*table.extras, Field(status.index, status.header, (), status.how)], key=lambda f: f.index
        )


OTHER_RATE = re.compile(r"率$|比例$|占比|比率")  # 见面率, 合格率: how much of what was checked
CLOSING_HEADER = re.compile(r"(办结|结案|销号|销账)(情况|状态)?$|^是否(办结|结案|销号)")


def _closed_only(table: RawTable, status: Field, written: list[str], n: int) -> bool:
    """办结情况 beside a column of progress, filled in only where the item is closed (已办结) and
    blank elsewhere, is the closing column (a 填表说明 says: 处置完毕并经复核的，填写“已办结”): it
    closes those items whatever the progress says, and leaves the others to the progress."""
    if (
        status.how != ROLE
        or not CLOSING_HEADER.search(clean_header(status.header))
        or not written
        or len(written) >= n / 2
        or not all(closure(v) == DONE for v in written)
        or not any(f.targets == (Col.PROGRESS,) for f in table.fields)
    ):
        return False
    table.fields = [
        f if f is not status else Field(f.index, f.header, (Col.CLOSEOUT,), f.how) for f in table.fields
    ]
    return True


TOLD = re.compile(
    r"(情况|进展|结果)(说明)?$"
)  # what happened (整改报告上报情况), not what is planned (整改计划)


def _told_beside_ticks(table: RawTable, sample: list[Sequence[object]], n: int) -> None:
    if any(f.targets == (Col.PROGRESS,) for f in table.fields):
        return

    def told(f: Field) -> float:  # the share of the rows whose cell tells a state (a sentence, too)
        values = _sample(sample, f.index)
        return sum(1 for v in values if parse_status(v) is not None) / n if len(values) * 3 >= n else 0.0

    others = [
        f for f in table.extras if f.how not in (CLERK, KEPT_HOW) and TOLD.search(clean_header(f.header))
    ]
    best = max(others, key=told, default=None)
    if best is None or told(best) < 0.3:
        return
    table.extras = [f for f in table.extras if f is not best]
    table.fields.append(Field(best.index, best.header, (Col.PROGRESS,), CONTENT))


DONE_QUESTION = re.compile(
    r"^是否(已)?(拆除|整改|完成|办结|到位|解决|清理|清除|关闭|取缔|修复|更换|落实|处置|销号|结案|答复|恢复|关停|停业|改正)"
)


def _answers(values: list[str]) -> bool:
    """Whether cells answer their header's question (是/否, or a tick: √ under 办理前 of 三次见面)."""
    return bool(values) and all(_status_key(v) in ("是", "否") or is_mark(v) for v in values)


def _word_share(values: list[str], rows: int) -> float:
    """The share of the sampled rows whose cell is a status word by itself (已关闭, 待整改; not a
    是/否 or a tick, which answer the question their header asks)."""
    return sum(1 for v in values if len(k := _status_key(v)) >= 2 and k in STATUS_WORDS) / max(rows, 1)


NAMED_WITH_PERIOD = re.compile(
    r"^[^（(]{8,}[（(][^（()）]{2,20}[）)]$"
)  # a thing named, its period in brackets


NOT_WORDS = re.compile(r"^\s*(https?://|www\.|[\w.-]+@[\w.-]+|[\d\s()（）+-]{8,}$)", re.I)


def _content_share(column: str, values: list[str], units: UnitDirectory, rows: int) -> float:
    """The share of the sampled rows whose cell reads as ``column``: a short status word, a date,
    a unit name, or a long free text. Blank cells count against it."""
    if not rows or len(values) < max(1, rows // 2):
        return 0.0
    if column == Col.STATUS:
        hits = sum(1 for v in values if len(v) <= 12 and parse_status(v) is not None)
    elif column == Col.DEADLINE:  # written the way deadlines are (6月底前, 3个月内), not a plain date
        hits = sum(
            1
            for v in values
            if (parse_date(v, None).kind not in (None, "blank", "date") or BY_DAY.search(v))
            and not NAMED_WITH_PERIOD.match(v)
        )  # (2024年9月30日前: a date a thing is due by; not 解决农村30万人饮水安全问题（2023—2025年）)
    elif column == Col.UNIT:
        hits = sum(1 for v in values if units.resolve(v) or units.find_in(v) or PLACED_OFFICE.match(v))
    else:  # 问题描述: long free text (not an address of a web site, a mail box, a number)
        hits = sum(1 for v in values if len(v) >= 8 and not DATE_LINE.match(v) and not NOT_WORDS.match(v))
    return hits / rows

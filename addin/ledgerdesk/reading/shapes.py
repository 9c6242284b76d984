"""Where a table is in a sheet, by its shape: the header row (or two), the rows under it, and the
shapes that are not one header over a grid — ticks under a two-row header, label|text forms.

A header is first looked for by its words (headers.header_score: the ledger columns it names).
When no row names enough of them, a header is a row of short, distinct labels over rows that fill
in consistently under them: a table whose header words are all unknown is still a table, and its
columns are then read by what they hold (headers.infer_by_content).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import Col
from .cells import DATE_LINE, as_text
from .headers import (
    CLERK,
    CONTENT,
    EXACT,
    KEPT_HOW,
    MIN_HEADER_MATCHES,
    Field,
    classify_header,
    header_fields,
    header_score,
    is_parent_row,
)
from .progress import _status_key, is_mark, is_tick, parse_status
from .rows import is_total
from .schema import HEADER_LOOKUP, STATUS_WORDS

if TYPE_CHECKING:
    from .intake import RawTable

SETTLED_AFTER = 3  # rows looked at under a clear header before the search for one stops
SCAN_LIMIT = 2000  # rows searched for a header at most (a header under 2,000 rows of notes is no header)
LABEL_MAX = 20  # characters of a header label at most
# Cells that begin a header row: every header spelling the vocabulary knows (序号 among them).
HEADER_WORDS = frozenset(HEADER_LOOKUP)
SENTENCE_MARK = re.compile(r"[。；！？;!?]|[，,].*[，,]")


@dataclass
class Header:
    first: int  # 0-based grid row of the (first) header row
    last: int  # 0-based grid row of the last header row (first + 1 for a two-level header)
    fields: list[Field]
    extras: list[Field]
    by_shape: bool = False  # found by its shape, not by the words it holds


def find_header(
    top: Sequence[list[object]],
    spans_right: dict[int, list[tuple[int, int]]],
    clerk: dict[str, str],
    strict: bool,
    only: int | None = None,
) -> Header | None:
    """The header of the table in a sheet's rows (merged header cells already filled across);
    ``only``: the row the clerk's 文件设置 says holds it (0-based), taken whatever words it has."""
    header = _by_words(top, spans_right, clerk, strict, only)
    if header is None and not strict and only is None:
        header = _by_shape(top, clerk)
    return header


def _by_words(
    top: Sequence[list[object]],
    spans_right: dict[int, list[tuple[int, int]]],
    clerk: dict[str, str],
    strict: bool,
    only: int | None = None,
) -> Header | None:
    """The row (or parent and child rows) that names the most ledger columns."""
    best: tuple[int, Header] | None = None
    for r in range(len(top)) if only is None else range(only, min(only + 1, len(top))):
        if best is not None and best[0] > MIN_HEADER_MATCHES and r > best[1].last + SETTLED_AFTER:
            break  # a clear header with items under it: rows further down are items, not headers
        if not any(isinstance(v, str) and v for v in top[r]):
            continue
        fields, extras = header_fields(top[r], None, clerk)
        score = header_score(fields, strict)
        end = r
        if r + 1 < len(top) and is_parent_row(top[r], top[r + 1], spans_right.get(r, []), fields):
            two, two_extras = header_fields(top[r], top[r + 1], clerk)
            if header_score(two, strict) >= score:
                fields, extras, score, end = two, two_extras, header_score(two, strict), r + 1
                if r + 2 < len(top) and is_parent_row(
                    top[r + 1], top[r + 2], spans_right.get(r + 1, []), two
                ):
                    # three rows: 1—7月推进情况 over 完成情况 over 完成量 | 完成比例 — the middle row (or
                    # the top one where the middle says nothing) is the parent of the last
                    middle = [
                        m if m not in ("", None) else t for t, m in zip(top[r], top[r + 1], strict=False)
                    ]
                    three, three_extras = header_fields(middle, top[r + 2], clerk)
                    if header_score(three, strict) >= score:
                        fields, extras, score, end = three, three_extras, header_score(three, strict), r + 2
        if (score or only is not None) and (best is None or score > best[0]):
            best = (score, Header(r, end, fields, extras))
    return best[1] if best is not None else None


def _by_shape(top: Sequence[list[object]], clerk: dict[str, str]) -> Header | None:
    """The first row of three or more short, distinct text labels whose columns the next rows fill
    (at least half of them in one of the next three rows, and nothing to the right of them)."""
    for r in range(len(top) - 1):
        labels = label_columns(top[r])
        if labels is None:
            continue
        below = [row for row in top[r + 1 : r + 4] if any(v not in ("", None) for v in row)]
        if any(_fills(row, labels) for row in below):
            fields, extras = header_fields(top[r], None, clerk)
            return Header(r, r, fields, extras, by_shape=True)
    return None


def label_columns(row: Sequence[object]) -> set[int] | None:
    """The columns of a row of three or more short, distinct text labels (not dates, not sentences),
    or None when the row is not such a row."""
    cells = [(c, v.strip()) for c, v in enumerate(row) if isinstance(v, str) and v.strip()]
    if len(cells) < 3 or any(not isinstance(v, str) for v in row if v not in ("", None)):
        return None
    texts = [t for _, t in cells]
    if len(set(texts)) != len(texts):
        return None
    if any(len(t) > LABEL_MAX or SENTENCE_MARK.search(t) or DATE_LINE.match(t) for t in texts):
        return None
    return {c for c, _ in cells}


def _fills(row: Sequence[object], labels: set[int]) -> bool:
    filled = {c for c, v in enumerate(row) if v not in ("", None)}
    return len(filled & labels) >= max(2, len(labels) // 2) and filled <= labels | {min(labels) - 1}


def read_ticks(table: RawTable, sample: Sequence[Sequence[object]]) -> None:
    """Columns side by side whose headers are states (已整改 | 未整改 under 整改情况, 是 | 否 under
    是否办结) and whose cells are only marks (√, ●, ×, blank): one status, given by which is ticked."""
    if any(
        Col.STATUS in f.targets
        and not _is_state(f)
        and (f.how in (EXACT, CLERK) or (f.how != CONTENT and not _only_marks(sample, f.index)))
        for f in table.fields
    ):
        return  # a status column of its own says it (办理结果 beside 三次见面 | 办理前 | 办理中 | 办结后)
    marked = [f for f in sorted((*table.fields, *table.extras), key=lambda f: f.index) if _is_state(f)]
    marked = [f for f in marked if _only_marks(sample, f.index)]  # (a column nobody ticked, too)
    for group in _runs(marked):
        if len(group) < 2 or not any(_ticked(sample, f.index) for f in group):
            continue
        parents = {f.header.rpartition(" / ")[0] for f in group}
        header = (
            parents.pop() if len(parents) == 1 and "" not in parents else "|".join(_label(f) for f in group)
        )
        indices = {f.index for f in group}
        table.keep_apart([f for f in table.fields if f.index not in indices and Col.STATUS in f.targets])
        table.fields = [f for f in table.fields if f.index not in indices]
        table.extras = [f for f in table.extras if f.index not in indices]
        ticks = tuple((f.index, _said_by(f)) for f in group)
        table.fields.append(Field(group[0].index, header, (Col.STATUS,), CONTENT, ticks=ticks))
        return


def _label(f: Field) -> str:
    label = f.header.rpartition(" / ")[2].strip()
    answered = ANSWER_IN_BRACKETS.match(label)  # 整改到位（是） | 整改到位（否）: the answer is the state
    if answered:
        return answered.group(1)
    # A class named by two states (已经解决或部分解决 | 正在解决或列入规划): the class is its first.
    named = CLASS_OF_TWO.match(label)
    return named.group(1) if named and parse_status(named.group(1)) is not None else label


CLASS_OF_TWO = re.compile(r"^(\S{2,6}?)或\S{2,6}$")


ANSWER_IN_BRACKETS = re.compile(r"^\S{1,10}?[（(]\s*(是|否)\s*[）)]$")


# A grade given to an answer (满意 | 基本满意 | 不满意 under 代表测评情况): a tick there says the item
# was answered, whatever the grade.
GRADE = re.compile(r"(非常|很|比较|较|基本)?(满意|不满意)|一般")


def _grade(label: str) -> str | None:
    """The grade a column header names (满意 for "满意\n(80分-100分)"), or None."""
    core = re.sub(r"[（(][^）)]*[）)]", "", label).split()
    return core[0] if core and GRADE.fullmatch(core[0]) else None


# The column ticked for the items given a time to put it right (已整改 | 限期整改): open, and how far
# they got is for the progress to say.
TIME_GIVEN_LABEL = re.compile(r"^(限期|责令|责令限期)(整改|改正|整治)$")


def _said_by(f: Field) -> str:
    """What a tick under this column says of the item: the column's state, or 已答复 for a grade;
    nothing under 限期整改 (the progress says it)."""
    label = _label(f)
    if TIME_GIVEN_LABEL.match(label):
        return ""
    return f"已答复（{grade}）" if (grade := _grade(label)) else label


def _is_state(f: Field) -> bool:
    """A header that is a state (已整改, 未整改, 是, 否), not a column of another kind (办结时限)."""
    label = _label(f)
    if _grade(label) or TIME_GIVEN_LABEL.match(label):
        return True
    if len(label) > 6 or parse_status(label) is None:
        return False
    targets, _ = classify_header(label)
    return (
        not targets
        or (targets == (Col.STATUS,) and _status_key(label) in STATUS_WORDS)
        or targets == (Col.CLOSEOUT,)  # 已销号 | 未销号 under 销号情况
    )


def _ticked(sample: Sequence[Sequence[object]], index: int) -> bool:
    return any(is_tick(row[index]) for row in sample if index < len(row))


def _only_marks(sample: Sequence[Sequence[object]], index: int) -> bool:
    """Whether a column holds only marks or blanks (a 合计 row under them aside)."""
    cells = [row[index] for row in sample if index < len(row)]
    others = [k for k, v in enumerate(cells) if not is_mark(v)]  # a 合计 row's counts are no marks
    cells = [v for k, v in enumerate(cells) if k not in others or not is_total(sample[k])]
    return sum(1 for v in cells if not is_mark(v)) <= len(cells) // 10


def _runs(fields: list[Field]) -> list[list[Field]]:
    """Fields in runs of neighbouring columns."""
    runs: list[list[Field]] = []
    for f in fields:
        if runs and f.index == runs[-1][-1].index + 1:
            runs[-1].append(f)
        else:
            runs.append([f])
    return runs


def next_header(
    grid: Sequence[Sequence[object]],
    start: int,
    fields: list[Field],
    columns: list[Sequence[object]] | None,
    clerk: dict[str, str],
    strict: bool,
    header: Sequence[object] = (),
) -> int | None:
    """The grid row where another table's header begins under this one (已办结事项 over 未办结
    事项), or where the same header (``header``, this table's) begins again under the next card, or None. Only rows holding a header word in the first column or a ledger column are
    looked at (found in whole columns at once); a header pasted again is the same table."""
    looked = sorted({0, *(f.index for f in fields if Col.DESCRIPTION in f.targets)})
    words = HEADER_WORDS | {f.header for f in fields}  # its own header's words, pasted again under a card
    if columns is not None:
        hits = [c for c in looked if c < len(columns) and not words.isdisjoint(columns[c])]
        candidates = sorted({i for c in hits for i, v in enumerate(columns[c]) if v in words})
    else:
        candidates = [
            i
            for i, row in enumerate(grid[start:])
            if any(c < len(row) and str(row[c]).strip() in words for c in looked)
        ]
    own = {(f.index, f.targets) for f in fields}
    texts = [v for v in header if v not in ("", None)]
    for i in candidates:
        row = list(grid[start + i])
        if texts and [v for v in row if v not in ("", None)] == texts and _card_above(grid, start + i, start):
            return start + i  # the same table again, for the next card (名称：… 地址：…)
        found, _ = header_fields(row, None, clerk)
        if header_score(found, strict) < MIN_HEADER_MATCHES:
            continue
        if {(f.index, f.targets) for f in found} != own or _card_above(grid, start + i, start):
            return start + i  # another table, or the same header under the next card (名称：… 地址：…)
    return None


CARD_LINES = 6  # lines above a header looked at for the card it belongs to


ANSWERS = frozenset(("是", "否", "有", "无", "已", "未", "√", "×", "✓", "✗", "✔", "✘"))


def _checklist(
    table: RawTable, group: list[Field], indices: set[int], sample: Sequence[Sequence[object]]
) -> bool:
    """Whether child columns only answer yes or no, while another column tells the status."""
    told = any({Col.STATUS, Col.PROGRESS} & set(f.targets) for f in table.fields if f.index not in indices)
    cells = [as_text(row[f.index]) for f in group for row in sample if f.index < len(row)]
    answered = [c for c in cells if c]
    return told and bool(answered) and all(c in ANSWERS for c in answered)


def _card_above(grid: Sequence[Sequence[object]], at: int, start: int) -> bool:
    """Whether label|value lines (名称：| 华龙区实验小学 | 地址：| …) stand right above a header."""
    from .forms import is_form_row

    return any(is_form_row(grid[r]) for r in range(max(start, at - CARD_LINES), at))


FACETED = (Col.PROGRESS, Col.STATUS, Col.DESCRIPTION)  # (存在问题 over 房屋安全 | 消防安全 | …)


def read_second_closure(table: RawTable, sample: Sequence[Sequence[object]]) -> None:
    """Two closure columns (回头看情况 beside 销号情况) and no progress column: the one not read as
    the closure tells what the follow-up found (整改不彻底，已下达限期整改通知) — the progress; not
    a column of ticks (是否销号 / 是 | 否), which answers the closure's own question."""
    if Col.PROGRESS in table.canonical or Col.CLOSEOUT not in table.canonical:
        return
    second = next(
        (
            f
            for f in table.extras
            if f.alt == (Col.CLOSEOUT,) and f.how != CLERK and not _only_marks(sample, f.index)
        ),
        None,
    )
    if second is None:
        return
    table.extras = [f for f in table.extras if f is not second]
    first = next(f for f in table.fields if f.targets == (Col.CLOSEOUT,))
    when = [_checked_when(f.header) for f in (first, second)]
    if when[0] is not None and when[1] is not None and when[1] > when[0]:
        # 复查情况（7月16日） | 复查情况（7月29日）: the later check is the verdict, the earlier one
        # tells how far the item had got then
        table.fields = [f for f in table.fields if f is not first]
        table.fields += [
            Field(second.index, second.header, (Col.CLOSEOUT,), second.how),
            Field(first.index, first.header, (Col.PROGRESS,), first.how),
        ]
        return
    table.fields.append(Field(second.index, second.header, (Col.PROGRESS,), second.how))


CHECK_DAY = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*日?")
CHECK_ROUND = re.compile(r"第?([一二三四五六七八九十\d])(次|轮|周)")
CHECK_MONTH = re.compile(r"^(\d{1,2})\s*月(份)?(进展|情况|进度)?$")


def _checked_when(header: str) -> tuple[int, int] | None:
    """When a check whose column this is took place, as far as its header says: its day (复查情况
    （7月16日）) or its round (第二次复查), as a key that sorts; None when it says neither."""
    from .forms import _ordinal

    if m := CHECK_DAY.search(header):
        return int(m.group(1)), int(m.group(2))
    if (m := CHECK_ROUND.search(header)) and (n := _ordinal(m.group(1))) is not None:
        return 0, n
    if m := CHECK_MONTH.match(header.strip()):  # 6月 | 7月: reports month by month
        return int(m.group(1)), 0
    return None


def read_facets(table: RawTable, sample: Sequence[Sequence[object]] = ()) -> None:
    """Child columns under one parent that all tell the progress (本月进展情况 over 前期手续 |
    在建形象进度) are one column told in parts: their texts are read together, and the item is done
    only when every part says so (progress.FACETS). Children that only answer 是 or 否 beside a
    status column of the table's own (制度落实情况 over 实名制管理 | 工资专用账户, then 整改情况) are
    a checklist of what was found, kept as written: no progress."""
    columns = sorted((*table.fields, *table.extras), key=lambda f: f.index)
    groups: dict[str, list[Field]] = {}
    for f in columns:
        parent, sep, _ = f.header.rpartition(" / ")
        if sep and not f.ticks:
            groups.setdefault(parent, []).append(f)
    for parent, group in groups.items():
        told = [set(f.targets or f.alt) for f in group]
        target = next((t for t in FACETED if all(t in s for s in told)), None)
        if target is None or len(group) < 2 or any(f.how == CLERK for f in group):
            continue
        indices = {f.index for f in group}
        if target != Col.DESCRIPTION and _checklist(table, group, indices, sample):
            table.fields = [f for f in table.fields if f.index not in indices]
            table.extras = [
                *(f for f in table.extras if f.index not in indices),
                *(Field(f.index, f.header, (), f.how) for f in group),
            ]
            continue
        if target in (Col.DESCRIPTION, Col.PROGRESS) and any(
            target in f.targets for f in table.fields if f.index not in indices
        ):
            # 评估项目 / 一级指标 | 二级指标 beside 存在问题: the problem is told there; 处理情况 / 是否立案 |
            # 行政处罚 beside 整改落实情况: the penalty, the progress told there
            continue
        table.fields = [f for f in table.fields if f.index not in indices]
        table.extras = [f for f in table.extras if f.index not in indices]
        if target != Col.DESCRIPTION and _successive(group):
            # 整改进展 over 第一周（7月12日） | 第二周（7月19日）: the latest report filled in is the
            # item's state; the earlier ones stay as they were written
            table.extras = sorted(
                [*table.extras, *(Field(f.index, f.header, (), KEPT_HOW) for f in group[:-1])],
                key=lambda f: f.index,
            )
            last = group[-1]
            rounds = tuple(f.index for f in group)
            table.fields.append(Field(last.index, last.header, (target,), last.how or CONTENT, rounds=rounds))
            continue
        facets = tuple((f.index, _label(f)) for f in group)
        table.fields.append(Field(group[0].index, parent, (target,), group[0].how or CONTENT, facets=facets))


def _successive(group: list[Field]) -> bool:
    """Whether child columns are reports of one thing at successive times, left to right (第一周 |
    第二周 | 第三周, 7月12日 | 7月19日, 第一次 | 第二次, 6月 | 7月)."""
    when = [_checked_when(_label(f)) for f in group]
    return all(w is not None for w in when) and all(a < b for a, b in itertools.pairwise(when))  # type: ignore[operator]


# One cell that tells several columns, each under its label: 责任单位：濮阳县水利局；整改时限：7月25日前；
# 进展：已灌浆封堵，经复查合格。
CELL_LABEL = re.compile(r"^\s*([^\s：:，。；;,（()）]{2,8})[：:]\s*(\S.*)$", re.S)
LABELLED_SHARE = 0.6  # of a column's filled cells that are such label：text sentences, at least
TOLD_BY_LABELS = {Col.UNIT, Col.DEADLINE, Col.PROGRESS, Col.STATUS}  # what they must tell the table anew


def _told_by_labels(value: object) -> dict[str, str]:
    """The label：text pairs one cell is made of, each label one a ledger column is named by; {} when
    any part of it is no such pair (a sentence that merely has a colon in it)."""
    from .forms import _label

    if not isinstance(value, str) or "：" not in value and ":" not in value:
        return {}
    parts = [p for p in re.split(r"[；;。\n]+", value) if p.strip()]
    told: dict[str, str] = {}
    for part in parts:
        m = CELL_LABEL.match(part)
        if m is None or _label(m.group(1)) is None:
            return {}
        told.setdefault(m.group(1), m.group(2).strip())
    return told if len(told) >= 2 else {}


def read_labelled_cells(table: RawTable, grid: Sequence[Sequence[object]], start: int) -> None:
    """A column whose cells are each made of labelled parts (备注 | 责任单位：…；整改时限：…；进展：…), told
    nowhere else in the table: each label is read as a column of its own, beside the column, which is
    kept as written."""
    canonical = table.canonical
    for f in [*table.extras, *(f for f in table.fields if f.targets == (Col.REMARK,))]:
        if f.how == CLERK:
            continue
        cells = [row[f.index] if f.index < len(row) else "" for row in grid[start:]]
        filled = [c for c in cells if c not in ("", None)]
        told = [_told_by_labels(c) for c in cells]
        if not filled or sum(1 for t in told if t) < LABELLED_SHARE * len(filled):
            continue
        labels = list(dict.fromkeys(label for t in told for label in t))
        targets = {label: classify_header(label)[0] for label in labels}
        if not {t for ts in targets.values() for t in ts} & (TOLD_BY_LABELS - canonical):
            continue
        width = max(map(len, grid), default=0)
        for row, t in zip(grid[start:], told, strict=True):
            row.extend([""] * (width - len(row)) + [t.get(label, "") for label in labels])  # type: ignore[attr-defined]
        for k, label in enumerate(labels):
            if targets[label] and not set(targets[label]) & canonical:
                table.fields.append(Field(width + k, f"{f.header} / {label}", targets[label], CONTENT))
                canonical |= set(targets[label])
        return

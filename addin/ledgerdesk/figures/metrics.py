"""Completion rates, overdue and due-soon items, warnings and ranking, per unit and overall.

Definitions (docs/statistics.md; the choices are settings):
- overdue: not done, not 长期坚持, and the deadline (moved to the next working day when it falls
  on a holiday or weekend) is before the as-of date;
- due soon: not done, not 长期坚持, not overdue, and the deadline is at most N days after the as-of
  date (working days by default; the deadline day itself counts, as-of day does not);
- completion rate: done / items by default; settings choose the denominator (all items, or only
  items due by the as-of date or already done) and whether 长期坚持 items count as open, done or
  not at all;
- warning: red = has overdue items; yellow = due-soon items or a rate under the threshold;
  green otherwise. Rank by completion rate, 1 = best, ties share a rank; units without a rate
  (no counted items) are not ranked.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from ..model import Col
from ..reading.schema import DONE, IN_PROGRESS, LONG_TERM, NOT_STARTED, STATE_LABELS, UnitDirectory
from ..reading.settings import Settings
from ..reading.workdays import WorkCalendar
from ..table import Table

STATE_BY_LABEL = {label: state for state, label in STATE_LABELS.items()}
COUNTS = ("items", "done", "in_progress", "not_started", "long_term", "overdue", "due_soon")
UNIT_COLUMNS = ("unit", *COUNTS, "completion_rate", "warning", "rank")
WARNING_LABELS = {"red": "红", "yellow": "黄", "green": "绿"}


@dataclass(frozen=True)
class Figures:
    """Counts and completion rate of a set of items (all of them, or one unit's)."""

    items: int = 0
    done: int = 0
    in_progress: int = 0
    not_started: int = 0
    long_term: int = 0
    overdue: int = 0
    due_soon: int = 0
    completion_rate: float | None = None

    @property
    def working(self) -> int:
        """正在整改: 整改中 and 未整改, not 长期坚持 — the one definition the text and tables use."""
        return self.in_progress + self.not_started

    def count(self, key: str) -> int:
        """A count by its name in COUNTS (for tables written column by column)."""
        value = getattr(self, key)
        assert key in COUNTS and isinstance(value, int), key
        return value


@dataclass(frozen=True)
class Totals(Figures):
    """The figures of all units together (``stats --json``: ``total``)."""

    units: int = 0  # units with at least one item

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class UnitFigures(Figures):
    """One unit's figures, its warning (red / yellow / green) and rank (``stats --json``: ``units``)."""

    unit: str = ""
    warning: str = "green"
    rank: int | None = None  # 1 = best, ties share a rank; None when the unit has no rate

    def as_dict(self) -> dict[str, Any]:
        return {key: getattr(self, key) for key in UNIT_COLUMNS}


@dataclass(frozen=True)
class Group(Figures):
    """The figures of the items of one 问题来源 or 问题类别 (``stats --json``: ``by_source``)."""

    name: str = ""

    def as_dict(self) -> dict[str, Any]:
        figures = asdict(self)
        return {"unit": figures.pop("name"), **figures}


@dataclass
class Metrics:
    as_of: date
    settings: Settings
    items: Table  # the ledger with 状态代码, 有效时限, 是否超期, 超期天数, 是否临期, 剩余天数
    total: Totals
    units: list[UnitFigures]  # best rank first, unranked units last
    by_source: list[Group]
    by_category: list[Group]
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(),
            "total": self.total.as_dict(),
            "units": [u.as_dict() for u in self.units],
            "by_source": [g.as_dict() for g in self.by_source],
            "by_category": [g.as_dict() for g in self.by_category],
            "notes": self.notes,
        }


def compute_metrics(
    ledger: Table,
    as_of: date,
    settings: Settings | None = None,
    units: UnitDirectory | None = None,
    calendar: WorkCalendar | None = None,
) -> Metrics:
    """The figures for a merged ledger on ``as_of``."""
    settings = settings or Settings()
    calendar = calendar or settings.calendar()
    items = classify_items(ledger, as_of, settings, calendar)

    per_unit = _aggregate(items, Col.UNIT)
    if settings.list_all_units and units is not None:
        named = {g.name for g in per_unit}
        per_unit += [Group(name=u.name) for u in units.units if u.name not in named]
    # Rank 1 = best; ties share the better rank; units without a rate have none (and come last).
    rank_of: dict[float, int] = {}
    rates = (g.completion_rate for g in per_unit if g.completion_rate is not None)
    for position, rate in enumerate(sorted(rates, reverse=True), start=1):
        rank_of.setdefault(rate, position)

    def rank(g: Group) -> int | None:
        return None if g.completion_rate is None else rank_of[g.completion_rate]

    unranked = len(per_unit) + 1
    per_unit.sort(key=lambda g: (rank(g) or unranked, g.name))
    everything = _aggregate(items, None)
    total = Totals(
        **{k: everything[0].count(k) if everything else 0 for k in COUNTS},
        completion_rate=everything[0].completion_rate if everything else None,
        units=sum(1 for g in per_unit if g.items > 0),
    )

    notes = []
    if calendar.fallback_years:
        years = "、".join(str(y) for y in sorted(calendar.fallback_years))
        notes.append(
            f"{years}年超出官方节假日数据范围，这些年份按周一至周五为工作日计算；可在设置中补充节假日"
        )
    return Metrics(
        as_of=as_of,
        settings=settings,
        items=items,
        total=total,
        units=[
            UnitFigures(
                **{k: g.count(k) for k in COUNTS},
                completion_rate=g.completion_rate,
                unit=g.name,
                warning=_warning(g.overdue, g.due_soon, g.completion_rate, settings),
                rank=rank(g),
            )
            for g in per_unit
        ],
        by_source=_aggregate(items, Col.SOURCE, blank="（未填）"),
        by_category=_aggregate(items, Col.CATEGORY, blank="（未填）"),
        notes=notes,
    )


def classify_items(ledger: Table, as_of: date, settings: Settings, calendar: WorkCalendar) -> Table:
    """Each item's state, effective deadline, overdue and due-soon flags, as new columns (the
    ledger itself is not changed)."""
    state = [STATE_BY_LABEL.get(label, NOT_STARTED) for label in ledger[Col.STATE]]
    # Each distinct deadline worked out once: a ledger repeats a few dozen dates.
    raw = ledger[Col.DEADLINE]
    as_date = {v: _as_date(v) for v in set(raw)}
    deadlines = [as_date[v] for v in raw]
    effective_of = {d: calendar.next_workday(d) for d in set(deadlines) if d is not None}
    effective = [effective_of.get(d) for d in deadlines]  # type: ignore[arg-type]
    if settings.due_soon_workdays:
        left_of = {e: calendar.workdays_between(as_of, e) for e in set(effective_of.values()) if e >= as_of}
    else:
        left_of = {e: (e - as_of).days for e in set(effective_of.values()) if e >= as_of}
    open_ = [s != DONE and s != LONG_TERM for s in state]
    overdue = [o and e is not None and e < as_of for o, e in zip(open_, effective, strict=True)]
    left = [left_of.get(e) for e in effective]  # type: ignore[arg-type]
    soon = settings.due_soon_days
    due_soon = [
        o and not late and n is not None and n <= soon
        for o, late, n in zip(open_, overdue, left, strict=True)
    ]
    long_term_done = settings.long_term == "done"
    counted_done = [s == DONE or (long_term_done and s == LONG_TERM) for s in state]
    counted = [True] * len(state)
    if settings.long_term == "exclude":
        counted = [s != LONG_TERM for s in state]
    if settings.denominator == "due":
        counted = [
            c and (d or (e is not None and e <= as_of))
            for c, d, e in zip(counted, counted_done, effective, strict=True)
        ]
    return ledger.with_columns(
        {
            Col.STATE_CODE: state,
            Col.DUE: effective,
            Col.OVERDUE: overdue,
            Col.DAYS_OVERDUE: [
                (as_of - e).days if o and e is not None else None
                for e, o in zip(effective, overdue, strict=True)
            ],
            Col.DUE_SOON: due_soon,
            Col.DAYS_LEFT: [n if s else None for n, s in zip(left, due_soon, strict=True)],
            Col.NUM: [d and c for d, c in zip(counted_done, counted, strict=True)],
            Col.DEN: counted,
        }
    )


def _aggregate(items: Table, by: str | None, blank: str | None = None) -> list[Group]:
    """The figures of the items, per distinct value of column ``by`` in the order they first
    appear (one group of all items when ``by`` is None; none when there are no items). A blank
    value is a group of its own, named ``blank`` when given."""
    n = len(items)
    if by is None:
        keys: list[str] = ["全部"] * n
    else:
        keys = ["" if v is None else str(v) for v in items[by]]
        if blank is not None:
            keys = [k if k.strip() else blank for k in keys]
    # In C: how many items share each (group, state, flags); few combinations, however many items.
    combinations = Counter(
        zip(
            keys,
            items[Col.STATE_CODE],
            items[Col.OVERDUE],
            items[Col.DUE_SOON],
            items[Col.NUM],
            items[Col.DEN],
            strict=True,
        )
    )
    # Per group: items, the four states, overdue, due soon, num, den.
    sums = {key: [0] * 9 for key in dict.fromkeys(keys)}
    position = {DONE: 1, IN_PROGRESS: 2, NOT_STARTED: 3, LONG_TERM: 4}
    for (key, state, late, soon, num, den), count in combinations.items():
        c = sums[key]
        c[0] += count
        if state in position:
            c[position[state]] += count
        c[5] += count * late
        c[6] += count * soon
        c[7] += count * num
        c[8] += count * den
    return [
        Group(**dict(zip(COUNTS, c, strict=False)), completion_rate=c[7] / c[8] if c[8] else None, name=key)
        for key, c in sums.items()
    ]


def _warning(overdue: int, due_soon: int, rate: float | None, settings: Settings) -> str:
    if overdue:
        return "red"
    if due_soon or (rate is not None and rate < settings.yellow_rate):
        return "yellow"
    return "green"


def _as_date(value: object) -> date | None:
    if isinstance(value, datetime):  # pandas' NaT too, which is not equal to itself
        return value.date() if value == value else None
    if isinstance(value, date):
        return value
    return None


def most_overdue_first(
    rows: Iterable[int], days: list[int | None], units: list[str] | None = None
) -> list[int]:
    """Overdue ``rows`` by days overdue, most first (then by unit when ``units`` are given; else
    as they come); rows without days overdue last. Sorted in C (by key getters, the second key
    first: Python's sort is stable, also in reverse), not by a Python key per item."""
    rows = list(rows)
    dated = [i for i in rows if days[i] is not None]
    if units is not None:
        dated.sort(key=units.__getitem__)
    dated.sort(key=days.__getitem__, reverse=True)  # type: ignore[arg-type]
    return dated + [i for i in rows if days[i] is None]


def format_rate(rate: float | None) -> str:
    """A rate as a leader writes it: 100%, 85%, 97.56%, 97.5% (two decimals at most, no trailing
    zeros); — when there is nothing to count."""
    if rate is None or rate != rate:  # NaN is no rate
        return "—"
    return f"{rate * 100:.2f}".rstrip("0").rstrip(".") + "%"


def format_date(day: date) -> str:
    """2024年7月31日: no zero padding, as GB/T 9704 writes dates."""
    return f"{day.year}年{day.month}月{day.day}日"


def summary_sentence(metrics: Metrics) -> str:
    """截至2024年7月31日，37家单位共有问题164个，已完成160个，整改完成率97.56%……"""
    t = metrics.total
    text = (
        f"截至{format_date(metrics.as_of)}，{t.units}家单位共有问题{t.items}个，"
        f"已完成{t.done}个，整改完成率{format_rate(t.completion_rate)}"
    )
    rest = [
        f"{label}{t.count(key)}个"
        for key, label in (
            ("in_progress", "正在整改"),
            ("not_started", STATE_LABELS[NOT_STARTED]),
            ("long_term", STATE_LABELS[LONG_TERM]),
        )
        if t.count(key)
    ]
    if rest:
        text += "；其中" + "，".join(rest)
    return text + f"；超期未完成{t.overdue}个，临期{t.due_soon}个。"

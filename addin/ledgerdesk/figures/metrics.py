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

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

import pandas as pd

from ..model import Col
from ..reading.schema import DONE, IN_PROGRESS, LONG_TERM, NOT_STARTED, STATE_LABELS, UnitDirectory
from ..reading.settings import Settings
from ..reading.workdays import WorkCalendar

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


@dataclass
class Metrics:
    as_of: date
    settings: Settings
    items: pd.DataFrame  # the ledger with 状态代码, 有效时限, 是否超期, 超期天数, 是否临期, 剩余天数
    total: Totals
    units: list[UnitFigures]  # best rank first, unranked units last
    by_source: pd.DataFrame
    by_category: pd.DataFrame
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(),
            "total": self.total.as_dict(),
            "units": [u.as_dict() for u in self.units],
            "by_source": _records(self.by_source),
            "by_category": _records(self.by_category),
            "notes": self.notes,
        }


def compute_metrics(
    ledger: pd.DataFrame,
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
        missing = [u.name for u in units.units if u.name not in set(per_unit["unit"])]
        if missing:
            zero = pd.DataFrame({"unit": missing, **{c: 0 for c in COUNTS}, "completion_rate": None})
            per_unit = pd.concat([per_unit, zero], ignore_index=True)
    per_unit["warning"] = [
        _warning(o, d, r, settings)
        for o, d, r in zip(
            per_unit["overdue"], per_unit["due_soon"], per_unit["completion_rate"], strict=True
        )
    ]
    rates = pd.to_numeric(per_unit["completion_rate"], errors="coerce")
    ranks = rates.rank(method="min", ascending=False)
    per_unit["rank"] = pd.Series([None if pd.isna(r) else int(r) for r in ranks], dtype=object)
    per_unit = (
        per_unit.assign(_order=ranks.fillna(len(per_unit) + 1))
        .sort_values(["_order", "unit"], kind="stable")
        .drop(columns="_order")
        .reset_index(drop=True)
    )

    total_frame = _aggregate(items.assign(_all="全部"), "_all")
    first = total_frame.iloc[0] if len(items) else None
    total = Totals(
        **{k: int(first[k]) if first is not None else 0 for k in COUNTS},
        completion_rate=_rate(first["completion_rate"]) if first is not None else None,
        units=int((per_unit["items"] > 0).sum()),
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
                **{k: int(r[k]) for k in COUNTS},
                completion_rate=_rate(r["completion_rate"]),
                unit=str(r["unit"]),
                warning=str(r["warning"]),
                rank=r["rank"],
            )
            for r in per_unit.to_dict(orient="records")
        ],
        by_source=_aggregate(items, Col.SOURCE, blank="（未填）"),
        by_category=_aggregate(items, Col.CATEGORY, blank="（未填）"),
        notes=notes,
    )


def classify_items(
    ledger: pd.DataFrame, as_of: date, settings: Settings, calendar: WorkCalendar
) -> pd.DataFrame:
    """Each item's state, effective deadline, overdue and due-soon flags, as new columns."""
    items = ledger.copy()
    state = items[Col.STATE].map(STATE_BY_LABEL).fillna(NOT_STARTED)
    # Plain lists, each distinct deadline worked out once: a ledger repeats a few dozen dates.
    raw = items[Col.DEADLINE].tolist()
    as_date = {v: _as_date(v) for v in set(raw)}
    deadlines = [as_date[v] for v in raw]
    effective_of = {d: calendar.next_workday(d) for d in set(deadlines) if d is not None}
    effective = [effective_of.get(d) for d in deadlines]  # type: ignore[arg-type]
    if settings.due_soon_workdays:
        left_of = {e: calendar.workdays_between(as_of, e) for e in set(effective_of.values()) if e >= as_of}
    else:
        left_of = {e: (e - as_of).days for e in set(effective_of.values()) if e >= as_of}
    open_ = (~state.isin([DONE, LONG_TERM])).tolist()
    overdue = [o and e is not None and e < as_of for o, e in zip(open_, effective, strict=True)]
    left = [left_of.get(e) for e in effective]  # type: ignore[arg-type]
    soon = settings.due_soon_days
    due_soon = [
        o and not late and n is not None and n <= soon
        for o, late, n in zip(open_, overdue, left, strict=True)
    ]
    items[Col.STATE_CODE] = state
    items[Col.DUE] = pd.Series(effective, index=items.index, dtype=object)
    items[Col.OVERDUE] = pd.Series(overdue, index=items.index, dtype=bool)
    items[Col.DAYS_OVERDUE] = [
        (as_of - e).days if o and e is not None else None for e, o in zip(effective, overdue, strict=True)
    ]
    items[Col.DUE_SOON] = pd.Series(due_soon, index=items.index, dtype=bool)
    items[Col.DAYS_LEFT] = [n if s else None for n, s in zip(left, due_soon, strict=True)]

    counted_done = (state == DONE) | ((state == LONG_TERM) & (settings.long_term == "done"))
    counted = pd.Series(True, index=items.index)
    if settings.long_term == "exclude":
        counted &= state != LONG_TERM
    if settings.denominator == "due":
        counted &= counted_done | pd.Series(
            [e is not None and e <= as_of for e in effective], index=items.index
        )
    items[Col.NUM] = counted_done & counted
    items[Col.DEN] = counted
    return items


def _aggregate(items: pd.DataFrame, by: str, blank: str | None = None) -> pd.DataFrame:
    keys = items[by].fillna("").astype(str)
    if blank is not None:
        keys = keys.where(keys.str.strip() != "", blank)
    state = items[Col.STATE_CODE]
    frame = pd.DataFrame(
        {
            "unit": keys,
            "items": 1,
            "done": state == DONE,
            "in_progress": state == IN_PROGRESS,
            "not_started": state == NOT_STARTED,
            "long_term": state == LONG_TERM,
            "overdue": items[Col.OVERDUE],
            "due_soon": items[Col.DUE_SOON],
            Col.NUM: items[Col.NUM],
            Col.DEN: items[Col.DEN],
        }
    )
    grouped = frame.groupby("unit", sort=False).sum().astype(int).reset_index()
    grouped["completion_rate"] = [
        n / d if d else None for n, d in zip(grouped[Col.NUM], grouped[Col.DEN], strict=True)
    ]
    return grouped.drop(columns=[Col.NUM, Col.DEN])


def _warning(overdue: int, due_soon: int, rate: float | None, settings: Settings) -> str:
    if overdue:
        return "red"
    if due_soon or (rate is not None and not pd.isna(rate) and rate < settings.yellow_rate):
        return "yellow"
    return "green"


def _as_date(value: object) -> date | None:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    if isinstance(value, date):
        return value
    return None


def _plain(value: object) -> object:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    if hasattr(value, "item"):
        return value.item()
    return value


def _rate(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) and value == value else None  # NaN is no rate


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return [{str(k): _plain(v) for k, v in row.items()} for row in frame.to_dict(orient="records")]


def format_rate(rate: float | None) -> str:
    """97.56% the way officials write it; — when there is nothing to count."""
    return "—" if rate is None or pd.isna(rate) else f"{rate * 100:.2f}%"


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

"""Snapshots of every run in SQLite, and what changed since the previous period.

One snapshot per as-of date: running the same period again replaces it, never doubles it. The
previous period is the latest snapshot with an earlier as-of date, so re-running an old period
compares it with the one before it, not with a later one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Final

from ..errors import LedgerdeskError
from ..model import Col
from ..reading.schema import DONE
from .metrics import Metrics

HISTORY_NAME = "台账历史.sqlite"
LOCK_TIMEOUT = 30.0  # seconds a run waits for another run that is writing the same history

SCHEMA = """
PRAGMA foreign_keys = ON;
CREATE TABLE IF NOT EXISTS snapshot (
    id INTEGER PRIMARY KEY,
    as_of TEXT NOT NULL UNIQUE,
    recorded_at TEXT NOT NULL,
    source TEXT NOT NULL,
    items INTEGER NOT NULL,
    done INTEGER NOT NULL,
    completion_rate REAL
);
CREATE TABLE IF NOT EXISTS item (
    snapshot_id INTEGER NOT NULL REFERENCES snapshot(id) ON DELETE CASCADE,
    item_key TEXT NOT NULL,
    unit TEXT NOT NULL,
    description TEXT NOT NULL,
    state TEXT NOT NULL,
    deadline TEXT,
    overdue INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS item_snapshot ON item(snapshot_id);
CREATE TABLE IF NOT EXISTS unit_rate (
    snapshot_id INTEGER NOT NULL REFERENCES snapshot(id) ON DELETE CASCADE,
    unit TEXT NOT NULL,
    items INTEGER NOT NULL,
    done INTEGER NOT NULL,
    completion_rate REAL
);
"""


def item_key(problem_id: object, unit: object, description: object) -> str:
    """An item's identity across periods: its 问题编号, else its unit and description."""
    pid = str(problem_id or "").strip()
    return pid if pid else f"{unit}｜{str(description or '').strip()}"


@dataclass(frozen=True)
class ItemChange:
    """One item that changed since the previous period (``id`` is 单位｜问题描述 without 问题编号);
    ``old`` and ``new`` are the deadlines of a deadline change."""

    id: str
    unit: str
    description: str
    old: str | None = None
    new: str | None = None

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "unit": self.unit, "description": self.description}
        if self.old is not None or self.new is not None:
            out |= {"old": self.old, "new": self.new}
        return out


@dataclass(frozen=True)
class RateChange:
    """A completion rate now and in the previous period, and the change in percentage points."""

    completion_rate: float | None
    previous_rate: float | None
    change_pp: float | None
    unit: str = ""  # empty for all units together


@dataclass(frozen=True)
class Delta:
    """What changed since the previous period (``stats --json``: ``delta``)."""

    previous_as_of: str
    newly_closed: list[ItemChange]
    reopened: list[ItemChange]
    new_items: list[ItemChange]
    removed_items: list[ItemChange]
    became_overdue: list[ItemChange]
    deadline_changes: list[ItemChange]
    units: list[RateChange]
    total: RateChange

    KINDS = ("newly_closed", "reopened", "new_items", "removed_items", "became_overdue", "deadline_changes")

    def changes(self, kind: str) -> list[ItemChange]:
        assert kind in self.KINDS, kind
        changes: list[ItemChange] = getattr(self, kind)
        return changes

    def as_dict(self) -> dict[str, Any]:
        rate = ("completion_rate", "previous_rate", "change_pp")
        return {
            "previous_as_of": self.previous_as_of,
            **{kind: [c.as_dict() for c in self.changes(kind)] for kind in self.KINDS},
            "units": [{"unit": u.unit, **{k: getattr(u, k) for k in rate}} for u in self.units],
            "total": {k: getattr(self.total, k) for k in rate},
        }


class HistoryError(LedgerdeskError):
    """The history database cannot be used; the message is Chinese and says what to do."""


def record_snapshot(
    db_path: str | Path,
    metrics: Metrics,
    source: str = "",
    then: Callable[[Delta | None], None] | None = None,
) -> Delta | None:
    """Store this period and return the changes since the previous one (None for the first).

    ``then(delta)`` runs inside the same transaction, before it is committed: the master is
    written there, so the period is stored only once its master is in place, and a second run at
    the same time waits for this one instead of mixing its master with this history.
    """
    path = Path(db_path)
    try:
        with closing(_connect(path)) as db:
            db.execute("BEGIN IMMEDIATE")
            try:
                delta = _store(db, metrics, source)
                if then is not None:
                    then(delta)
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")
            return delta
    except sqlite3.DatabaseError as exc:
        raise HistoryError(_history_message(path, exc)) from None


def _history_message(path: Path, exc: sqlite3.DatabaseError) -> str:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return f"「{path.name}」正被另一次统计使用，请等它结束后再试"
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return f"无法写入「{path}」（文件或文件夹是只读的，或没有权限）：请换一个输出文件夹，或让管理员开放写入权限"
    return (
        f"「{path}」已损坏，无法读取以前各期的数据（{exc}）：请把它改名或移走，"
        "再运行一次会新建一个（之前的各期快照在改名后的文件里）"
    )


def _store(db: sqlite3.Connection, metrics: Metrics, source: str) -> Delta | None:
    """Insert this period's snapshot (replacing one of the same as-of date); the delta to the last."""
    previous = db.execute(
        "SELECT id, as_of FROM snapshot WHERE as_of < ? ORDER BY as_of DESC LIMIT 1",
        (metrics.as_of.isoformat(),),
    ).fetchone()
    current = _items(metrics)
    delta = _delta(db, previous, current, metrics) if previous else None
    db.execute("DELETE FROM snapshot WHERE as_of = ?", (metrics.as_of.isoformat(),))
    cursor = db.execute(
        "INSERT INTO snapshot (as_of, recorded_at, source, items, done, completion_rate) VALUES (?, ?, ?, ?, ?, ?)",
        (
            metrics.as_of.isoformat(),
            datetime.now().isoformat(timespec="seconds"),
            source,
            metrics.total.items,
            metrics.total.done,
            metrics.total.completion_rate,
        ),
    )
    sid = cursor.lastrowid
    db.executemany(
        "INSERT INTO item VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(sid, k, *v) for k, v in current.items()],
    )
    db.executemany(
        "INSERT INTO unit_rate VALUES (?, ?, ?, ?, ?)",
        [(sid, u.unit, u.items, u.done, _float(u.completion_rate)) for u in metrics.units],
    )
    return delta


def periods(db_path: str | Path) -> list[date]:
    """The as-of dates stored, oldest first."""
    with closing(_connect(db_path)) as db:
        return [date.fromisoformat(r[0]) for r in db.execute("SELECT as_of FROM snapshot ORDER BY as_of")]


def _connect(db_path: str | Path) -> sqlite3.Connection:
    Path(db_path).parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(str(db_path), timeout=LOCK_TIMEOUT, isolation_level=None)  # transactions by hand
    db.executescript(SCHEMA)
    return db


# An item as a period stores it: the item table's columns after its key. A plain tuple, made in C
# by zip and read back from SQLite as one: a province has 500,000 items in each period.
Item = tuple[str, str, str, str | None, int]
UNIT: Final = 0
DESCRIPTION: Final = 1
STATE: Final = 2
DEADLINE: Final = 3
OVERDUE: Final = 4


def _items(metrics: Metrics) -> dict[str, Item]:
    """This period's items by ``item_key``; an item listed twice counts once (its first row)."""
    frame = metrics.items
    ids, units, descriptions = frame[Col.ID], frame[Col.UNIT], frame[Col.DESCRIPTION]
    keys = list(map(item_key, ids, units, descriptions))
    iso = {d: _iso(d) for d in set(frame[Col.DEADLINE])}  # each distinct deadline once
    values: list[Item] = list(
        zip(
            map(str, units),
            map(str, descriptions),
            map(str, frame[Col.STATE_CODE]),
            map(iso.__getitem__, frame[Col.DEADLINE]),
            map(int, frame[Col.OVERDUE]),
            strict=True,
        )
    )
    if len(set(keys)) == len(keys):
        return dict(zip(keys, values, strict=True))
    out: dict[str, Item] = {}
    for key, value in zip(keys, values, strict=True):
        out.setdefault(key, value)
    return out


def _delta(
    db: sqlite3.Connection, previous: tuple[Any, ...], current: dict[str, Item], metrics: Metrics
) -> Delta:
    pid, prev_as_of = previous
    before: dict[str, Item] = {
        row[0]: row[1:]
        for row in db.execute(
            "SELECT item_key, unit, description, state, deadline, overdue FROM item WHERE snapshot_id = ?",
            (pid,),
        )
    }
    gone = [k for k in before if k not in current]

    def brief(key: str, item: Item) -> ItemChange:
        return ItemChange(key, item[UNIT], item[DESCRIPTION])

    # Items in both periods, with what each period says of them: one lookup per item.
    both = [(k, now, was) for k, now in current.items() if (was := before.get(k)) is not None]
    prev_rates = {
        unit: rate
        for unit, rate in db.execute(
            "SELECT unit, completion_rate FROM unit_rate WHERE snapshot_id = ?", (pid,)
        )
    }
    prev_total = db.execute("SELECT completion_rate FROM snapshot WHERE id = ?", (pid,)).fetchone()[0]
    units = []
    for u in metrics.units:
        rate = _float(u.completion_rate)
        old = prev_rates.get(u.unit)
        units.append(RateChange(rate, old, _pp(rate, old), unit=u.unit))
    rate = _float(metrics.total.completion_rate)
    return Delta(
        previous_as_of=prev_as_of,
        newly_closed=[brief(k, now) for k, now, was in both if now[STATE] == DONE and was[STATE] != DONE],
        reopened=[brief(k, now) for k, now, was in both if now[STATE] != DONE and was[STATE] == DONE],
        new_items=[brief(k, v) for k, v in current.items() if k not in before],
        removed_items=[brief(k, before[k]) for k in gone],
        became_overdue=[brief(k, now) for k, now, was in both if now[OVERDUE] and not was[OVERDUE]]
        + [brief(k, v) for k, v in current.items() if k not in before and v[OVERDUE]],
        deadline_changes=[
            ItemChange(k, now[UNIT], now[DESCRIPTION], was[DEADLINE], now[DEADLINE])
            for k, now, was in both
            if now[DEADLINE] != was[DEADLINE]
        ],
        units=units,
        total=RateChange(rate, prev_total, _pp(rate, prev_total)),
    )


def _pp(now: float | None, before: float | None) -> float | None:
    if now is None or before is None:
        return None
    return round((now - before) * 100, 6)


def _float(value: object) -> float | None:
    if value is None or value != value:  # NaN is no rate
        return None
    return float(value)  # type: ignore[arg-type]


def _iso(value: object) -> str | None:
    if value is None or value != value:  # NaN, and pandas' NaT
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return None

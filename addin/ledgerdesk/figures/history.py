"""Snapshots of every run in SQLite, and what changed since the previous period.

One snapshot per as-of date: running the same period again replaces it, never doubles it. The
previous period is the latest snapshot with an earlier as-of date, so re-running an old period
compares it with the one before it, not with a later one.
"""

from __future__ import annotations

import json
import operator
import sqlite3
from collections.abc import Callable, Sequence
from contextlib import closing, suppress
from dataclasses import dataclass
from datetime import date, datetime
from itertools import compress, repeat
from pathlib import Path
from typing import Any, Final

from ..errors import LedgerdeskError
from ..files import version_path
from ..model import Col
from ..reading.schema import DONE
from .metrics import Metrics

HISTORY_NAME = "台账历史.sqlite"
LOCK_TIMEOUT = 30.0  # seconds a run waits for another run that is writing the same history

# The layout of the file (PRAGMA user_version). 0 is a new file, or the first layout, in which
# every item of every period was a row of a table ``item``: 40,000 rows a period at 200 units,
# half a million in a province, where all a run ever does with them is write one period's and
# read the previous one's. Since 1 a period's items are a row per column, each a JSON list.
VERSION: Final = 1
TABLES: Final = (
    """CREATE TABLE IF NOT EXISTS snapshot (
        id INTEGER PRIMARY KEY,
        as_of TEXT NOT NULL UNIQUE,
        recorded_at TEXT NOT NULL,
        source TEXT NOT NULL,
        items INTEGER NOT NULL,
        done INTEGER NOT NULL,
        completion_rate REAL
    )""",
    # One row per period and column (``ITEM_COLUMNS``): the column's values as a JSON list, the
    # n-th value of every list being the n-th item's (SQL reads them with json_each).
    """CREATE TABLE IF NOT EXISTS snapshot_items (
        snapshot_id INTEGER NOT NULL REFERENCES snapshot(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        items TEXT NOT NULL,
        PRIMARY KEY (snapshot_id, name)
    )""",
    """CREATE TABLE IF NOT EXISTS unit_rate (
        snapshot_id INTEGER NOT NULL REFERENCES snapshot(id) ON DELETE CASCADE,
        unit TEXT NOT NULL,
        items INTEGER NOT NULL,
        done INTEGER NOT NULL,
        completion_rate REAL
    )""",
)
ITEM_COLUMNS: Final = ("item_key", "unit", "description", "state", "deadline", "overdue")
PAGE_SIZE: Final = 65536


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
    if "full" in text:  # SQLITE_FULL: "database or disk is full"
        return f"磁盘已满，无法写入「{path}」：请清理磁盘空间后再试（以前各期的数据没有改动）"
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
    keys, columns = _columns(metrics)
    delta = _delta(db, previous, keys, columns, metrics) if previous else None
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
    assert sid is not None
    _store_items(db, sid, keys, columns)
    db.executemany(
        "INSERT INTO unit_rate VALUES (?, ?, ?, ?, ?)",
        [(sid, u.unit, u.items, u.done, _float(u.completion_rate)) for u in metrics.units],
    )
    return delta


def periods(db_path: str | Path) -> list[date]:
    """The as-of dates stored, oldest first. The file is only read: a file of the first layout is
    listed as it is, and a missing one is no period (nothing is created)."""
    path = Path(db_path)
    if not path.is_file():
        return []
    try:
        # Only SELECTs, so the file is not changed. (Not a "?mode=ro" URI: a folder on a network
        # share, \\server\share, makes a URI that SQLite refuses.)
        with closing(sqlite3.connect(str(path), timeout=LOCK_TIMEOUT)) as db:
            _version(db, path)
            if not _has_table(db, "snapshot"):
                return []
            return [date.fromisoformat(r[0]) for r in db.execute("SELECT as_of FROM snapshot ORDER BY as_of")]
    except sqlite3.DatabaseError as exc:
        raise HistoryError(_history_message(path, exc)) from None


def _connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(str(path), timeout=LOCK_TIMEOUT, isolation_level=None)  # transactions by hand
    try:
        db.execute("PRAGMA foreign_keys = ON")
        if _version(db, path) < VERSION:
            _upgrade(db, path)
    except BaseException:
        db.close()
        raise
    return db


def _version(db: sqlite3.Connection, path: Path) -> int:
    """The file's layout; one this version does not know (a newer ledgerdesk's) is refused."""
    version: int = db.execute("PRAGMA user_version").fetchone()[0]
    if version > VERSION:
        raise HistoryError(
            f"「{path.name}」是更新版本的督查台账助手写的，这个版本读不了：请升级督查台账助手后再统计"
        )
    return version


def _first_layout(db: sqlite3.Connection, path: Path) -> bool:
    return _version(db, path) == 0 and _has_table(db, "item")


def _has_table(db: sqlite3.Connection, name: str) -> bool:
    return (
        db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone()
        is not None
    )


def _upgrade(db: sqlite3.Connection, path: Path) -> None:
    """Make a new file's tables, or bring a file of the first layout to this one: a copy of the
    file as it is is kept in 历史版本 first, then every period's item rows become its columns, in
    one transaction (a run that stops half-way leaves the file as it was)."""
    if _first_layout(db, path):
        _keep_copy(db, path)  # outside the transaction: SQLite's backup copies a consistent file
    # A period's text is megabytes: in pages of 64 KB rather than 4 KB it is written with a
    # sixteenth of the calls (a new file only; an existing file keeps its page size).
    db.execute(f"PRAGMA page_size = {PAGE_SIZE}")
    db.execute("BEGIN IMMEDIATE")  # another run may be upgrading the same file: it waits here
    try:
        old = _first_layout(db, path)  # unless that other run has done it meanwhile
        for statement in TABLES:
            db.execute(statement)
        if old:
            for (sid,) in db.execute("SELECT id FROM snapshot").fetchall():
                rows = db.execute(
                    "SELECT item_key, unit, description, state, deadline, overdue FROM item"
                    " WHERE snapshot_id = ? ORDER BY rowid",
                    (sid,),
                ).fetchall()
                keys, *columns = [list(c) for c in zip(*rows, strict=True)] or [[] for _ in ITEM_COLUMNS]
                _store_items(db, sid, keys, columns)
            db.execute("DROP TABLE item")  # and its index
        if _version(db, path) < VERSION:
            db.execute(f"PRAGMA user_version = {VERSION}")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
    if old:
        # The item rows' pages are free now: VACUUM gives them back to the disk (and the file the
        # 64 KB pages of a new one). It only compacts: on a full disk the file stays as it is, and
        # the period's own write says so.
        with suppress(sqlite3.OperationalError):
            db.execute("VACUUM")


def _keep_copy(db: sqlite3.Connection, path: Path) -> Path:
    """A copy of the file as it is, where the masters it replaced are kept
    (``历史版本/台账历史_升级前_<time>.sqlite``)."""
    target = version_path(path, "升级前_")
    with closing(sqlite3.connect(str(target))) as copy:
        db.backup(copy)
    return target


def _columns(metrics: Metrics) -> tuple[list[str], list[list[Any]]]:
    """This period's item keys and its items column by column (``ITEM_COLUMNS`` after the key),
    an item listed twice once (its first row)."""
    frame = metrics.items
    keys = _keys(frame[Col.ID], frame[Col.UNIT], frame[Col.DESCRIPTION])
    iso = {d: _iso(d) for d in set(frame[Col.DEADLINE])}  # each distinct deadline once
    columns: list[list[Any]] = [
        list(map(str, frame[Col.UNIT])),
        list(map(str, frame[Col.DESCRIPTION])),
        list(map(str, frame[Col.STATE_CODE])),
        list(map(iso.__getitem__, frame[Col.DEADLINE])),
        list(map(int, frame[Col.OVERDUE])),
    ]
    if len(set(keys)) == len(keys):
        return keys, columns
    first: dict[str, int] = {}
    for i, key in enumerate(keys):
        first.setdefault(key, i)
    return list(first), [[column[i] for i in first.values()] for column in columns]


def _keys(ids: Sequence[object], units: Sequence[object], descriptions: Sequence[object]) -> list[str]:
    """``item_key`` of every item; made in C when no item has a 问题编号, or every one has."""
    if not any(ids) and set(map(type, descriptions)) <= {str}:
        return list(map("{}｜{}".format, units, map(str.strip, descriptions)))  # type: ignore[arg-type]
    if set(map(type, ids)) <= {str}:
        stripped = list(map(str.strip, ids))  # type: ignore[arg-type]
        if all(stripped):
            return stripped
    return list(map(item_key, ids, units, descriptions))


def _store_items(db: sqlite3.Connection, sid: int, keys: list[str], columns: list[list[Any]]) -> None:
    """A period's items, a row per column: one column's JSON text in memory at a time (a
    province's descriptions alone are tens of megabytes)."""
    db.executemany(
        "INSERT INTO snapshot_items VALUES (?, ?, ?)",
        (
            (sid, name, json.dumps(values, ensure_ascii=False, separators=(",", ":")))
            for name, values in zip(ITEM_COLUMNS, [keys, *columns], strict=True)
        ),
    )


def _stored(db: sqlite3.Connection, sid: int, name: str) -> list[Any]:
    """One column of a period's items (``_store_items``)."""
    (text,) = db.execute(
        "SELECT items FROM snapshot_items WHERE snapshot_id = ? AND name = ?", (sid, name)
    ).fetchone()
    values: list[Any] = json.loads(text)
    return values


def _delta(
    db: sqlite3.Connection,
    previous: tuple[Any, ...],
    keys: list[str],
    columns: list[list[Any]],
    metrics: Metrics,
) -> Delta:
    pid, prev_as_of = previous
    prev_rates = dict(db.execute("SELECT unit, completion_rate FROM unit_rate WHERE snapshot_id = ?", (pid,)))
    prev_total = db.execute("SELECT completion_rate FROM snapshot WHERE id = ?", (pid,)).fetchone()[0]
    units = []
    for u in metrics.units:
        rate = _float(u.completion_rate)
        old = prev_rates.get(u.unit)
        units.append(RateChange(rate, old, _pp(rate, old), unit=u.unit))
    rate = _float(metrics.total.completion_rate)

    before: list[str] = _stored(db, pid, "item_key")
    # Where each item was in the previous period (``absent``: it was not there) and what that
    # period said of it, lined up with this period's columns: all in C, no lookup per item.
    absent = len(before)
    same = before == keys  # the same items in the same order, as when the same returns come back
    at: Sequence[int] = (
        range(absent) if same else list(map({k: i for i, k in enumerate(before)}.get, keys, repeat(absent)))
    )

    def then(column: str) -> list[Any]:
        return list(map([*_stored(db, pid, column), None].__getitem__, at))

    # Only the items whose state, overdue flag or deadline differ from the previous period's (a few
    # in a hundred, found in C) are looked at one by one; a new item (nothing on record, None)
    # differs in its state and its flag.
    def differ(now: list[Any], was: list[Any]) -> list[int]:
        return list(compress(range(len(keys)), map(operator.ne, now, was)))

    unit, description, state, deadline, overdue = columns
    was_state, was_deadline, was_overdue = then("state"), then("deadline"), then("overdue")
    moved, late, moved_deadline = (
        differ(state, was_state),
        differ(overdue, was_overdue),
        differ(deadline, was_deadline),
    )
    new: list[int] = []
    removed: list[ItemChange] = []
    if not same:
        new = list(compress(range(len(keys)), map(operator.eq, at, repeat(absent))))
        here = set(keys)
        units_then, descriptions_then = _stored(db, pid, "unit"), _stored(db, pid, "description")
        removed = [
            ItemChange(k, u, d)
            for k, u, d in zip(before, units_then, descriptions_then, strict=True)
            if k not in here
        ]

    def brief(i: int) -> ItemChange:
        return ItemChange(keys[i], unit[i], description[i])

    return Delta(
        previous_as_of=prev_as_of,
        newly_closed=[brief(i) for i in moved if state[i] == DONE and was_state[i] is not None],
        reopened=[brief(i) for i in moved if was_state[i] == DONE],
        new_items=[brief(i) for i in new],
        removed_items=removed,
        became_overdue=[brief(i) for i in late if overdue[i] and was_overdue[i] is not None]
        + [brief(i) for i in new if overdue[i]],
        deadline_changes=[
            ItemChange(keys[i], unit[i], description[i], was_deadline[i], deadline[i])
            for i in moved_deadline
            if at[i] != absent
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

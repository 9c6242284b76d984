"""Snapshots in SQLite and the changes across three periods, including a re-run of one."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ledgers import item, ledger

from ledgerdesk.figures.history import Delta, HistoryError, _columns, periods, record_snapshot
from ledgerdesk.figures.metrics import compute_metrics

P1, P2, P3 = date(2024, 6, 30), date(2024, 7, 15), date(2024, 7, 31)


def snapshot(db, as_of, *rows):
    return record_snapshot(db, compute_metrics(ledger(*rows), as_of), source="test")


def by_key(metrics):
    """A period's items by key, as tuples of the stored columns after the key."""
    keys, columns = _columns(metrics)
    return dict(zip(keys, zip(*columns, strict=True), strict=True))


def ids(entries):
    return sorted(e.id for e in entries)


def test_three_periods_with_a_rerun(tmp_path):
    db = tmp_path / "台账历史.sqlite"
    first = snapshot(
        db,
        P1,
        item("甲", "in_progress", date(2024, 7, 10), pid="A1"),
        item("甲", "done", date(2024, 6, 1), pid="A2"),
        item("乙", "in_progress", date(2024, 8, 30), pid="B1"),
        item("乙", "not_started", date(2024, 7, 20), pid="B2"),
    )
    assert first is None  # nothing to compare the first period with

    # Period 2, first attempt: a unit's return was wrong; it is run again below.
    snapshot(db, P2, item("甲", "done", date(2024, 7, 10), pid="A1"))
    second = snapshot(
        db,
        P2,
        item("甲", "in_progress", date(2024, 7, 10), pid="A1"),  # now overdue
        item("甲", "done", date(2024, 6, 1), pid="A2"),
        item("乙", "done", date(2024, 8, 30), pid="B1"),  # closed
        item("乙", "not_started", date(2024, 8, 20), pid="B2"),  # deadline moved
        item("乙", "in_progress", date(2024, 9, 30), pid="B3"),  # new
    )
    assert periods(db) == [P1, P2]  # the re-run replaced period 2
    assert second.previous_as_of == "2024-06-30"
    assert ids(second.newly_closed) == ["B1"]
    assert ids(second.new_items) == ["B3"]
    assert ids(second.became_overdue) == ["A1"]
    assert [c.as_dict() for c in second.deadline_changes] == [
        {"id": "B2", "unit": "乙", "description": "乙的问题B2", "old": "2024-07-20", "new": "2024-08-20"}
    ]
    rates = {u.unit: u for u in second.units}
    assert rates["甲"].change_pp == pytest.approx(0.0)
    assert rates["乙"].previous_rate == pytest.approx(0.0)
    assert rates["乙"].change_pp == pytest.approx(100 / 3)

    third = snapshot(
        db,
        P3,
        item("甲", "done", date(2024, 7, 10), pid="A1"),
        item("甲", "in_progress", date(2024, 6, 1), pid="A2"),  # reopened, and so overdue
        item("乙", "done", date(2024, 8, 30), pid="B1"),
        item("乙", "not_started", date(2024, 8, 20), pid="B2"),
    )
    assert third.previous_as_of == "2024-07-15"  # compared with the re-run, not the first attempt
    assert ids(third.newly_closed) == ["A1"]
    assert ids(third.reopened) == ["A2"]
    assert [c.as_dict() for c in third.removed_items] == [
        {"id": "B3", "unit": "乙", "description": "乙的问题B3"}
    ]
    assert ids(third.became_overdue) == ["A2"] and third.new_items == []
    assert third.total.change_pp == pytest.approx((2 / 4 - 2 / 5) * 100)

    with sqlite3.connect(db) as con:
        assert con.execute("SELECT COUNT(*) FROM snapshot").fetchone()[0] == 3
        assert (
            con.execute(
                "SELECT COUNT(*) FROM snapshot_items, json_each(items) WHERE name = 'item_key'"
            ).fetchone()[0]
            == 4 + 5 + 4
        )  # no items of the first attempt
        assert con.execute("SELECT COUNT(*) FROM unit_rate").fetchone()[0] == 2 + 2 + 2


def test_items_without_an_id_are_followed_by_unit_and_description(tmp_path):
    db = tmp_path / "h.sqlite"
    snapshot(db, P1, item("甲", "in_progress", description="窗口排队长"))
    delta = snapshot(
        db, P2, item("甲", "done", description="窗口排队长"), item("甲", "done", description="新问题")
    )
    assert ids(delta.newly_closed) == ["甲｜窗口排队长"]
    assert ids(delta.new_items) == ["甲｜新问题"]


def test_rerunning_an_older_period_compares_with_the_one_before_it(tmp_path):
    db = tmp_path / "h.sqlite"
    snapshot(db, P1, item("甲", "in_progress", pid="A1"))
    snapshot(db, P3, item("甲", "done", pid="A1"))
    delta = snapshot(db, P2, item("甲", "done", pid="A1"))
    assert delta.previous_as_of == "2024-06-30"
    assert periods(db) == [P1, P2, P3]


@pytest.mark.parametrize("with_ids", [False, True])
def test_items_are_keyed_by_their_id_else_their_unit_and_description(tmp_path, with_ids):
    """Without any 问题编号 the keys are made all at once (unit｜description, the description
    trimmed); with some, item by item. Both are item_key's, and both are what a period stores."""
    from ledgerdesk.figures.history import item_key

    rows = [
        item("甲", "done", date(2024, 6, 1), description=" 窗口排队时间长 "),
        item("乙", "in_progress", date(2024, 8, 1), pid=" B1 " if with_ids else "", description="指引不清"),
        item("乙", "not_started", date(2024, 7, 1), description="指引不清\n"),  # the same item again
    ]
    metrics = compute_metrics(ledger(*rows), P3)
    expected = list(dict.fromkeys(item_key(r["问题编号"], r["责任单位"], r["问题描述"]) for r in rows))
    assert list(by_key(metrics)) == expected
    assert expected[0] == "甲｜窗口排队时间长" and (expected[1] == "B1") is with_ids
    db = tmp_path / "h.sqlite"
    snapshot(db, P3, *rows)
    with sqlite3.connect(db) as con:
        stored = [
            r[0]
            for r in con.execute(
                "SELECT j.value FROM snapshot_items, json_each(items) j WHERE name = 'item_key' ORDER BY j.key"
            )
        ]
    assert stored == expected


# The first layout of the file (ledgerdesk before the items of a period became one JSON text), as
# its SCHEMA created it: one row per item and period.
FIRST_LAYOUT = """
CREATE TABLE snapshot (id INTEGER PRIMARY KEY, as_of TEXT NOT NULL UNIQUE, recorded_at TEXT NOT NULL,
    source TEXT NOT NULL, items INTEGER NOT NULL, done INTEGER NOT NULL, completion_rate REAL);
CREATE TABLE item (snapshot_id INTEGER NOT NULL REFERENCES snapshot(id) ON DELETE CASCADE,
    item_key TEXT NOT NULL, unit TEXT NOT NULL, description TEXT NOT NULL, state TEXT NOT NULL,
    deadline TEXT, overdue INTEGER NOT NULL);
CREATE INDEX item_snapshot ON item(snapshot_id);
CREATE TABLE unit_rate (snapshot_id INTEGER NOT NULL REFERENCES snapshot(id) ON DELETE CASCADE,
    unit TEXT NOT NULL, items INTEGER NOT NULL, done INTEGER NOT NULL, completion_rate REAL);
INSERT INTO snapshot VALUES (3, '2024-06-15', '2024-06-15T18:00:00', 'inbox', 0, 0, NULL);
INSERT INTO snapshot VALUES (1, '2024-06-30', '2024-06-30T18:00:00', 'inbox', 2, 0, 0.0);
INSERT INTO snapshot VALUES (2, '2024-07-15', '2024-07-15T18:00:00', 'inbox', 3, 1, 0.3333);
INSERT INTO item VALUES (1, 'A1', '甲', '甲的问题A1', 'in_progress', '2024-07-10', 0);
INSERT INTO item VALUES (1, 'B1', '乙', '乙的问题B1', 'not_started', '2024-08-30', 0);
INSERT INTO item VALUES (2, 'A1', '甲', '甲的问题A1', 'done', '2024-07-10', 0);
INSERT INTO item VALUES (2, 'B1', '乙', '乙的问题B1', 'not_started', '2024-08-30', 0);
INSERT INTO item VALUES (2, '乙｜窗口排队长', '乙', '窗口排队长', 'in_progress', '2024-07-01', 1);
INSERT INTO unit_rate VALUES (1, '甲', 1, 0, 0.0), (1, '乙', 1, 0, 0.0);
INSERT INTO unit_rate VALUES (2, '甲', 1, 1, 1.0), (2, '乙', 2, 0, 0.0);
"""


def _first_layout(path):
    with closing(sqlite3.connect(path)) as con:
        con.executescript(FIRST_LAYOUT)


def test_a_history_of_the_first_layout_is_kept_and_carried_over(tmp_path):
    """Periods stored one row per item are carried over into this layout and compared with as
    before; the file as it was is kept in 历史版本, beside the master's earlier versions."""
    db = tmp_path / "台账历史.sqlite"
    _first_layout(db)
    before = db.read_bytes()

    delta = snapshot(
        db,
        P3,
        item("甲", "in_progress", date(2024, 7, 10), pid="A1"),  # reopened
        item("乙", "done", date(2024, 9, 30), pid="B1"),  # closed, deadline moved
        item("乙", "in_progress", date(2024, 7, 1), description="窗口排队长"),  # still overdue
    )

    assert delta.previous_as_of == "2024-07-15"
    assert ids(delta.reopened) == ["A1"] and ids(delta.newly_closed) == ["B1"]
    assert [(c.id, c.old, c.new) for c in delta.deadline_changes] == [("B1", "2024-08-30", "2024-09-30")]
    assert ids(delta.became_overdue) == ["A1"]  # 乙｜窗口排队长 was overdue already
    assert delta.new_items == [] and delta.removed_items == []
    assert delta.total.previous_rate == pytest.approx(0.3333)
    assert periods(db) == [date(2024, 6, 15), P1, P2, P3]  # a period without items too

    (kept,) = (tmp_path / "历史版本").glob("台账历史_升级前_*.sqlite")
    with closing(sqlite3.connect(kept)) as con:  # the old file, whole
        assert con.execute("SELECT COUNT(*) FROM item").fetchone()[0] == 5
        assert con.execute("SELECT COUNT(*) FROM snapshot").fetchone()[0] == 3
    assert kept.stat().st_size == len(before)
    with closing(sqlite3.connect(db)) as con:
        assert con.execute("PRAGMA user_version").fetchone()[0] == 1
        # the old rows' pages given back, in the pages of a new file
        assert con.execute("PRAGMA freelist_count").fetchone()[0] == 0
        assert con.execute("PRAGMA page_size").fetchone()[0] == 65536
        assert (
            con.execute("SELECT name FROM sqlite_master WHERE name IN ('item', 'item_snapshot')").fetchall()
            == []
        )
        first = con.execute(
            "SELECT j.value FROM snapshot_items, json_each(items) j"
            " WHERE snapshot_id = 1 AND name = 'state' ORDER BY j.key"
        ).fetchall()
        assert first == [("in_progress",), ("not_started",)]


def test_a_history_from_a_newer_version_is_left_alone(tmp_path):
    db = tmp_path / "台账历史.sqlite"
    _first_layout(db)
    with closing(sqlite3.connect(db)) as con:
        con.execute("PRAGMA user_version = 99")
    before = db.read_bytes()
    with pytest.raises(HistoryError, match="更新版本.*请升级督查台账助手"):
        snapshot(db, P3, item("甲", "done", pid="A1"))
    with pytest.raises(HistoryError, match="更新版本"):
        periods(db)
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["台账历史.sqlite"]


STATES = st.sampled_from(["done", "in_progress", "not_started", "long_term"])
DEADLINES = st.sampled_from([None, date(2024, 6, 1), date(2024, 7, 10), date(2024, 8, 30)])


@st.composite
def two_periods(draw):
    """Items of two periods: some in both (in any order, changed or not), some only in one; half
    of them without a 问题编号."""
    n = draw(st.integers(0, 12))
    items = [
        dict(
            unit=draw(st.sampled_from("甲乙")),
            pid=f"P{k}" if draw(st.booleans()) else "",
            description=f"问题{k}",
        )
        for k in range(n)
    ]

    def period():
        chosen = draw(st.lists(st.sampled_from(range(n)), unique=True)) if n else []
        return [item(state=draw(STATES), deadline=draw(DEADLINES), **items[k]) for k in chosen]

    return period(), period()


@settings(max_examples=150, deadline=None)
@given(two_periods())
def test_the_changes_are_those_of_the_items_compared_one_by_one(tmp_path_factory, periods_items):
    """The delta (found column by column) against the rule read item by item."""
    first, second = periods_items
    db = tmp_path_factory.mktemp("h") / "h.sqlite"
    snapshot(db, P1, *first)
    delta = snapshot(db, P2, *second)
    was = by_key(compute_metrics(ledger(*first), P1))
    now = by_key(compute_metrics(ledger(*second), P2))
    unit, desc, state, deadline, overdue = range(5)

    def both(test):
        return [k for k, v in now.items() if k in was and test(v, was[k])]

    expected = {
        "newly_closed": both(lambda n, w: n[state] == "done" and w[state] != "done"),
        "reopened": both(lambda n, w: n[state] != "done" and w[state] == "done"),
        "new_items": [k for k in now if k not in was],
        "removed_items": [k for k in was if k not in now],
        "became_overdue": both(lambda n, w: n[overdue] and not w[overdue])
        + [k for k, v in now.items() if k not in was and v[overdue]],
        "deadline_changes": both(lambda n, w: n[deadline] != w[deadline]),
    }
    assert {kind: [c.id for c in delta.changes(kind)] for kind in Delta.KINDS} == expected
    for c in delta.removed_items:
        assert (c.unit, c.description) == (was[c.id][unit], was[c.id][desc])
    for c in delta.deadline_changes:
        assert (c.old, c.new) == (was[c.id][deadline], now[c.id][deadline])


def test_the_query_in_the_docs_lists_the_items_of_each_period(tmp_path):
    """docs/statistics.md shows the clerk's maintainer how to read the items with SQL."""
    import re
    from pathlib import Path

    doc = (Path(__file__).parents[1] / "docs" / "statistics.md").read_text(encoding="utf-8")
    query = re.search(r"```sql\n(.*?)```", doc, re.S).group(1)  # type: ignore[union-attr]
    db = tmp_path / "h.sqlite"
    snapshot(db, P1, item("甲", "in_progress", pid="A1"), item("乙", "not_started", description="窗口"))
    snapshot(db, P2, item("甲", "done", pid="A1"))
    with closing(sqlite3.connect(db)) as con:
        assert sorted(con.execute(query).fetchall()) == [
            ("2024-06-30", "A1", "in_progress"),
            ("2024-06-30", "乙｜窗口", "not_started"),
            ("2024-07-15", "A1", "done"),
        ]


def test_a_full_disk_is_called_a_full_disk(tmp_path):
    """SQLite's own error for a full disk (made real here with a page limit) is not called a
    damaged file: the clerk is told to clear space, and that the earlier periods are intact."""
    from ledgerdesk.figures.history import _history_message

    with closing(sqlite3.connect(tmp_path / "small.sqlite")) as con:
        con.execute("CREATE TABLE t (x TEXT)")
        con.execute("PRAGMA max_page_count = 3")
        with pytest.raises(sqlite3.OperationalError) as full:
            con.execute("INSERT INTO t VALUES (?)", ("x" * 100_000,))
    message = _history_message(tmp_path / "台账历史.sqlite", full.value)
    assert message.startswith("磁盘已满") and "损坏" not in message and "台账历史.sqlite" in message


def test_listing_the_periods_only_reads(tmp_path):
    """periods() lists a file of the first layout as it is (no carry-over, no copy) and finds no
    period in a file that is not there, without making one."""
    db = tmp_path / "台账历史.sqlite"
    assert periods(db) == [] and not db.exists()
    _first_layout(db)
    before = db.read_bytes()
    assert periods(db) == [date(2024, 6, 15), P1, P2]
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["台账历史.sqlite"]

"""Snapshots in SQLite and the changes across three periods, including a re-run of one."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from ledgers import item, ledger

from ledgerdesk.figures.history import periods, record_snapshot
from ledgerdesk.figures.metrics import compute_metrics

P1, P2, P3 = date(2024, 6, 30), date(2024, 7, 15), date(2024, 7, 31)


def snapshot(db, as_of, *rows):
    return record_snapshot(db, compute_metrics(ledger(*rows), as_of), source="test")


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
            con.execute("SELECT COUNT(*) FROM item").fetchone()[0] == 4 + 5 + 4
        )  # no rows of the first attempt
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
    from ledgerdesk.figures.history import _items, item_key

    rows = [
        item("甲", "done", date(2024, 6, 1), description=" 窗口排队时间长 "),
        item("乙", "in_progress", date(2024, 8, 1), pid=" B1 " if with_ids else "", description="指引不清"),
        item("乙", "not_started", date(2024, 7, 1), description="指引不清\n"),  # the same item again
    ]
    metrics = compute_metrics(ledger(*rows), P3)
    expected = list(dict.fromkeys(item_key(r["问题编号"], r["责任单位"], r["问题描述"]) for r in rows))
    assert list(_items(metrics)) == expected
    assert expected[0] == "甲｜窗口排队时间长" and (expected[1] == "B1") is with_ids
    db = tmp_path / "h.sqlite"
    snapshot(db, P3, *rows)
    with sqlite3.connect(db) as con:
        stored = [r[0] for r in con.execute("SELECT item_key FROM item ORDER BY rowid")]
    assert stored == expected

"""Every definition pinned with small hand-checked ledgers."""

from __future__ import annotations

from datetime import date

import pytest
from ledgers import item, ledger

from conftest import AS_OF
from ledgerdesk.figures.metrics import compute_metrics, format_rate, summary_sentence
from ledgerdesk.reading.schema import Unit, UnitDirectory
from ledgerdesk.reading.settings import Settings

JULY = date(2024, 7, 31)


def unit_row(metrics, unit):
    (row,) = [u.as_dict() for u in metrics.units if u.unit == unit]
    return row


def test_the_campaign_figure_160_of_164_is_97_56_percent():
    rows = [item(f"单位{n % 37}", "done", date(2024, 6, 30)) for n in range(160)]
    rows += [item("单位1", "in_progress", date(2024, 9, 30)), item("单位2", "in_progress", date(2024, 7, 15))]
    rows += [item("单位3", "long_term"), item("单位4", "in_progress", date(2024, 6, 30))]
    m = compute_metrics(ledger(*rows), JULY)
    assert m.total.items == 164 and m.total.done == 160
    assert m.total.completion_rate == pytest.approx(160 / 164)
    assert format_rate(m.total.completion_rate) == "97.56%"
    assert (m.total.overdue, m.total.long_term, m.total.units) == (2, 1, 37)
    assert summary_sentence(m).startswith(
        "截至2024年7月31日，37家单位共有问题164个，已完成160个，整改完成率97.56%"
    )


def test_ties_share_a_rank_and_the_next_rank_skips():
    rows = [item("甲", "done")] * 2
    rows += [item("乙", "done"), item("乙", "in_progress")]
    rows += [item("丙", "done"), item("丙", "not_started")]
    rows += [item("丁", "done")] + [item("丁", "in_progress")] * 3
    m = compute_metrics(ledger(*rows), JULY)
    assert [(u.unit, u.rank) for u in m.units] == [
        ("甲", 1),
        ("丙", 2),
        ("乙", 2),
        ("丁", 4),
    ]


def test_a_deadline_on_a_holiday_moves_to_the_next_working_day():
    rows = [item("甲", "in_progress", date(2024, 10, 1))]  # National Day; next working day 2024-10-08
    on_holiday = compute_metrics(ledger(*rows), date(2024, 10, 7))
    assert on_holiday.total.overdue == 0
    assert on_holiday.items["有效时限"] == [date(2024, 10, 8)]
    after = compute_metrics(ledger(*rows), date(2024, 10, 9))
    assert after.total.overdue == 1
    assert after.items["超期天数"] == [1]


def test_a_make_up_working_sunday_counts_in_the_due_soon_window():
    # As of Friday 2024-09-27 a deadline on Monday 09-30 is 2 working days away: Sunday 09-29 was
    # a make-up working day (调休上班); the Saturday was not.
    rows = [item("甲", "in_progress", date(2024, 9, 30))]
    assert compute_metrics(ledger(*rows), date(2024, 9, 27), Settings(due_soon_days=1)).total.due_soon == 0
    two = compute_metrics(ledger(*rows), date(2024, 9, 27), Settings(due_soon_days=2))
    assert two.total.due_soon == 1 and two.items["剩余天数"] == [2]
    calendar_days = Settings(due_soon_days=2, due_soon_workdays=False)
    assert compute_metrics(ledger(*rows), date(2024, 9, 27), calendar_days).total.due_soon == 0


@pytest.mark.parametrize(
    ("deadline", "due_soon", "overdue"),
    [
        (date(2024, 7, 30), 0, 1),  # yesterday: overdue
        (date(2024, 7, 31), 1, 0),  # today: due soon, not yet overdue
        (date(2024, 8, 7), 1, 0),  # exactly 5 working days after Wed 07-31
        (date(2024, 8, 8), 0, 0),  # 6 working days
    ],
)
def test_due_soon_edges(deadline, due_soon, overdue):
    m = compute_metrics(ledger(item("甲", "in_progress", deadline)), JULY, Settings(due_soon_days=5))
    assert (m.total.due_soon, m.total.overdue) == (due_soon, overdue)


def test_done_items_are_never_overdue_or_due_soon():
    m = compute_metrics(ledger(item("甲", "done", date(2024, 1, 1)), item("甲", "done", JULY)), JULY)
    assert (m.total.overdue, m.total.due_soon) == (0, 0)


@pytest.mark.parametrize(
    ("treatment", "rate", "items"), [("open", 2 / 4, 4), ("done", 3 / 4, 4), ("exclude", 2 / 3, 4)]
)
def test_long_term_items_under_each_setting(treatment, rate, items):
    rows = [
        item("甲", "done"),
        item("甲", "done"),
        item("甲", "in_progress"),
        item("甲", "long_term", date(2024, 1, 1)),
    ]
    m = compute_metrics(ledger(*rows), JULY, Settings(long_term=treatment))
    assert unit_row(m, "甲")["completion_rate"] == pytest.approx(rate)
    assert unit_row(m, "甲")["items"] == items  # the count of items never changes, only the rate
    assert m.total.overdue == 0  # a long-term item is never overdue, whatever its deadline says


def test_denominator_of_items_due_by_the_as_of_date():
    rows = [
        item("甲", "done", date(2024, 6, 30)),
        item("甲", "in_progress", date(2024, 7, 15)),  # due, open
        item("甲", "in_progress", date(2024, 9, 30)),  # not due yet: left out
        item("甲", "done", date(2024, 9, 30)),  # done early: counts
    ]
    assert compute_metrics(ledger(*rows), JULY).total.completion_rate == pytest.approx(2 / 4)
    due = compute_metrics(ledger(*rows), JULY, Settings(denominator="due"))
    assert due.total.completion_rate == pytest.approx(2 / 3)


def test_warnings_red_yellow_green():
    rows = [
        item("红", "in_progress", date(2024, 7, 1)),
        item("黄临期", "done"),
        item("黄临期", "in_progress", date(2024, 8, 2)),
        item("黄低", "in_progress", date(2024, 12, 1)),
        item("绿", "done"),
    ]
    rows += [item("黄低", "done")] * 8  # 8 / 9 = 88.9% < 90%
    m = compute_metrics(ledger(*rows), JULY)
    assert {u: unit_row(m, u)["warning"] for u in ("红", "黄临期", "黄低", "绿")} == {
        "红": "red",
        "黄临期": "yellow",
        "黄低": "yellow",
        "绿": "green",
    }
    assert (
        unit_row(compute_metrics(ledger(*rows), JULY, Settings(yellow_rate=0.85)), "黄低")["warning"]
        == "green"
    )


def test_a_unit_with_zero_items_is_listed_without_a_rate_or_rank():
    directory = UnitDirectory([Unit("市甲局", "JJ"), Unit("市乙局", "YJ")])
    m = compute_metrics(ledger(item("市甲局", "done")), JULY, Settings(list_all_units=True), directory)
    assert unit_row(m, "市乙局") == {
        "unit": "市乙局",
        "items": 0,
        "done": 0,
        "in_progress": 0,
        "not_started": 0,
        "long_term": 0,
        "overdue": 0,
        "due_soon": 0,
        "completion_rate": None,
        "warning": "green",
        "rank": None,
    }
    assert [u.unit for u in m.units] == ["市甲局", "市乙局"]  # unranked units come last
    assert m.total.units == 1
    assert "市乙局" not in [
        u.unit for u in compute_metrics(ledger(item("市甲局", "done")), JULY, units=directory).units
    ]


def test_by_source_and_category():
    rows = [
        item("甲", "done", 问题来源="我陪群众走流程", 问题类别="窗口服务"),
        item("甲", "in_progress", 问题来源="我陪群众走流程", 问题类别=""),
        item("乙", "done", 问题来源="12345热线", 问题类别="窗口服务"),
    ]
    m = compute_metrics(ledger(*rows), JULY)
    assert {g.name: g.completion_rate for g in m.by_source} == {
        "我陪群众走流程": 0.5,
        "12345热线": 1.0,
    }
    assert {g.name: g.items for g in m.by_category} == {
        "窗口服务": 2,
        "（未填）": 1,
    }


def test_outside_the_official_calendar_a_note_says_weekends_only_and_overrides_apply():
    rows = [item("甲", "in_progress", date(2027, 1, 4))]  # Monday
    m = compute_metrics(ledger(*rows), date(2026, 12, 31))
    assert m.total.due_soon == 1  # 2026-12-31 Thu -> 2027-01-01 Fri, 01-04 Mon: 2 working days, weekends-only
    assert any("2027年超出官方节假日数据范围" in n for n in m.notes)
    holidays = Settings(holidays=(date(2027, 1, 1), date(2027, 1, 4)))
    shifted = compute_metrics(ledger(*rows), date(2026, 12, 31), holidays)
    assert shifted.items["有效时限"] == [date(2027, 1, 5)]


def test_an_empty_ledger_has_no_rate():
    m = compute_metrics(ledger(), AS_OF)
    assert m.total.items == 0 and m.total.completion_rate is None
    assert format_rate(m.total.completion_rate) == "—"

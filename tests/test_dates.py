"""Deadlines and dates in every form units write them (README: 日期的各种写法; docs/statistics.md)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from ledgerdesk.reading.dates import parse_date
from ledgerdesk.reading.workdays import OFFICIAL

FOUND = date(2024, 5, 24)  # a Friday


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("2024-06-30", date(2024, 6, 30), "date"),
        ("2024.6.30", date(2024, 6, 30), "date"),
        ("2024/6/30", date(2024, 6, 30), "date"),
        ("2024年6月30日", date(2024, 6, 30), "date"),
        ("2024年6月30日前", date(2024, 6, 30), "date"),
        ("２０２４．６．３０", date(2024, 6, 30), "date"),  # full-width digits
        ("20240630", date(2024, 6, 30), "date"),
        ("2024-06-30 00:00:00", date(2024, 6, 30), "date"),
        (45473, date(2024, 6, 30), "date"),  # an Excel serial number
        (45473.0, date(2024, 6, 30), "date"),
        ("45473", date(2024, 6, 30), "date"),
        (datetime(2024, 6, 30, 0, 0), date(2024, 6, 30), "date"),
        ("6月30日", date(2024, 6, 30), "date"),  # year from the return's 填报日期
        ("12月10日前", date(2024, 12, 10), "date"),
        ("6月底前", date(2024, 6, 30), "month"),
        ("六月底前", date(2024, 6, 30), "month"),
        ("2月底", date(2024, 2, 29), "month"),  # 2024 is a leap year
        ("2024年9月", date(2024, 9, 30), "month"),
        ("2024年底前", date(2024, 12, 31), "year"),
        ("年底前", date(2024, 12, 31), "year"),
        ("三季度末", date(2024, 9, 30), "quarter"),
        ("上半年", date(2024, 6, 30), "half"),
        ("2023-2025年", date(2025, 12, 31), "range"),
        ("5个工作日内", date(2024, 5, 31), "workdays"),
        ("反馈后1个月内", date(2024, 6, 24), "relative"),
        ("2个月内", date(2024, 7, 24), "relative"),
        ("10天内", date(2024, 6, 3), "relative"),
        ("立行立改", FOUND, "immediate"),
        ("长期坚持", None, "long_term"),
        ("持续推进", None, "long_term"),
        ("", None, "blank"),
        (None, None, "blank"),
        ("尽快", None, None),
        ("2024.13.5", None, None),
        ("2024/6/31", None, None),
        (3.5, None, None),
    ],
)
def test_parse_date(text, value, kind):
    parsed = parse_date(text, 2024, base=FOUND)
    assert (parsed.value, parsed.kind) == (value, kind)


def test_relative_deadline_without_a_start_date_has_no_date_but_is_understood():
    assert parse_date("2个月内", 2024).value is None
    assert parse_date("2个月内", 2024).kind == "relative"


def test_working_days_skip_the_national_holiday_and_count_make_up_saturdays():
    # 2024-09-29 (Sunday) was a make-up working day; 10-01..10-07 were the National Day holiday.
    assert OFFICIAL.add_workdays(date(2024, 9, 27), 1) == date(2024, 9, 29)
    assert OFFICIAL.add_workdays(date(2024, 9, 29), 2) == date(2024, 10, 8)


def test_working_days_outside_the_official_calendar_fall_back_to_weekends_only():
    assert OFFICIAL.add_workdays(date(2099, 1, 2), 3) == date(2099, 1, 7)  # Fri -> Mon, Tue, Wed


@pytest.mark.parametrize(
    ("text", "near", "ahead", "value"),
    [
        ("1月底前", date(2024, 12, 20), True, date(2025, 1, 31)),  # a deadline early next year
        ("3月底前", date(2024, 7, 30), True, date(2024, 3, 31)),  # overdue since March: stays
        ("12月5日", date(2025, 1, 10), False, date(2024, 12, 5)),  # finished last December
        ("6月30日", date(2024, 7, 30), False, date(2024, 6, 30)),
        ("2025年1月底前", date(2024, 12, 20), False, date(2025, 1, 31)),  # a written year is kept
    ],
)
def test_a_month_without_a_year_takes_the_year_the_return_means(text, near, ahead, value):
    assert parse_date(text, near.year, near=near, ahead=ahead).value == value


@pytest.mark.parametrize("text", ["9999个工作日内", "99999日内", "300个月内", "10000年1月1日", "1000周内"])
def test_a_relative_deadline_past_any_sane_horizon_is_unreadable_not_a_wrong_date(text):
    """Issue 30, point 6: the last digits of 9999个工作日内 were read as 999 and gave a 2027 date;
    now a time longer than three years is not read at all (it is reported as unparseable-date)."""
    assert parse_date(text, 2024, base=date(2024, 7, 1)) == (None, None)


def test_relative_deadlines_within_the_horizon_still_count():
    base = date(2024, 7, 1)
    assert parse_date("15个工作日内", 2024, base=base).value == date(2024, 7, 22)
    assert parse_date("36个月内", 2024, base=base).value == date(2027, 7, 1)
    assert parse_date("90日内", 2024, base=base).value == date(2024, 9, 29)

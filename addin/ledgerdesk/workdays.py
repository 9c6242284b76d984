"""Working days on the official Chinese calendar (chinesecalendar), weekends-only outside its years."""

from __future__ import annotations

from datetime import date, timedelta

import chinese_calendar


def is_workday(day: date) -> bool:
    """Official working day; 调休上班 weekends count, public holidays do not."""
    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:  # outside the package's years: weekends only
        return day.weekday() < 5


def add_workdays(start: date, count: int) -> date:
    """The day ``count`` working days after ``start`` (the start day itself is not counted)."""
    day = start
    done = 0
    while done < count:
        day += timedelta(days=1)
        if is_workday(day):
            done += 1
    return day

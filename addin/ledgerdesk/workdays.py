"""Working days on the official Chinese calendar (chinesecalendar), weekends-only outside its years.

Rules (DOMAIN.md): the start day is not counted; a deadline that falls on a holiday or weekend
moves to the next working day; make-up weekend days (调休上班) are working days. A local override
list (settings: 节假日补充 / 调休上班补充) wins over the official data, and covers years the
package does not know.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

import chinese_calendar


class WorkCalendar:
    def __init__(self, holidays: Iterable[date] = (), workdays: Iterable[date] = ()) -> None:
        self.holidays = frozenset(holidays)
        self.workdays = frozenset(workdays)
        self.fallback_years: set[int] = set()  # years answered weekends-only, for a warning

    def _known(self, day: date) -> bool | None:
        """Working day by the overrides, else by the official data; None outside both."""
        if day in self.holidays:
            return False
        if day in self.workdays:
            return True
        try:
            return bool(chinese_calendar.is_workday(day))
        except NotImplementedError:
            return None

    def is_workday(self, day: date) -> bool:
        """Working day: overrides first, then the official calendar, else Monday to Friday."""
        known = self._known(day)
        if known is None:
            self.fallback_years.add(day.year)
            return day.weekday() < 5
        return known

    def add_workdays(self, start: date, count: int) -> date:
        """The day ``count`` working days after ``start`` (the start day itself is not counted)."""
        day, done = start, 0
        while done < count:
            day += timedelta(days=1)
            if self.is_workday(day):
                done += 1
        return day

    def next_workday(self, day: date) -> date:
        """``day`` itself if it is a working day, else the first working day after it."""
        while not self.is_workday(day):
            day += timedelta(days=1)
        return day

    def workdays_between(self, start: date, end: date) -> int:
        """Working days after ``start`` up to and including ``end`` (0 when end <= start)."""
        count, day = 0, start
        while day < end:
            day += timedelta(days=1)
            if self.is_workday(day):
                count += 1
        return count

    def uses_fallback(self, day: date) -> bool:
        """Whether ``day`` lies outside the official data and the overrides do not cover it."""
        return self._known(day) is None


OFFICIAL = WorkCalendar()  # the official calendar without local overrides

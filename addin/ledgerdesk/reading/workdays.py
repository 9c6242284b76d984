"""Working days on the official Chinese calendar (chinesecalendar), weekends-only outside its years.

Rules (docs/statistics.md): the start day is not counted; a deadline that falls on a holiday or weekend
moves to the next working day; make-up weekend days (调休上班) are working days. A local override
list (settings: 节假日补充 / 调休上班补充) wins over the official data, and covers years the
package does not know.

Counting is arithmetic, not a walk: working days = Mondays to Fridays in the range, less the
holidays that fall on one, plus the make-up days that fall on a weekend (both found by bisection
in sorted lists). A deadline written as 2999年底 costs what 2024年底 costs.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from datetime import date, timedelta

import chinese_calendar
from chinese_calendar import constants

FIRST_YEAR = min(constants.holidays).year  # the years the official data covers
LAST_YEAR = max(constants.holidays).year


class WorkCalendar:
    def __init__(self, holidays: Iterable[date] = (), workdays: Iterable[date] = ()) -> None:
        self.holidays = frozenset(holidays)
        self.workdays = frozenset(workdays)
        self.fallback_years: set[int] = set()  # years answered weekends-only, for a warning
        official_off = {d for d in constants.holidays if d.weekday() < 5}  # weekdays off
        official_on = {d for d in constants.workdays if d.weekday() >= 5}  # weekends worked
        off = (official_off | {d for d in self.holidays if d.weekday() < 5}) - self.workdays
        on = (official_on | {d for d in self.workdays if d.weekday() >= 5}) - self.holidays
        self._off = sorted(off)
        self._on = sorted(on)

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

    def workdays_between(self, start: date, end: date) -> int:
        """Working days after ``start`` up to and including ``end`` (0 when end <= start)."""
        if end <= start:
            return 0
        self._note_fallback(start, end)
        off = bisect_right(self._off, end) - bisect_right(self._off, start)
        on = bisect_right(self._on, end) - bisect_right(self._on, start)
        return _weekdays_through(end) - _weekdays_through(start) - off + on

    def add_workdays(self, start: date, count: int) -> date:
        """The day ``count`` working days after ``start`` (the start day itself is not counted).

        The smallest day with ``count`` working days after ``start``, found by bisection."""
        if count <= 0:
            return start
        lo, hi = count, count * 2 + 60  # the longest run of days off (春节) is far shorter than 60
        hi = min(hi, (date.max - start).days)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.workdays_between(start, start + timedelta(days=mid)) >= count:
                hi = mid
            else:
                lo = mid + 1
        return start + timedelta(days=lo)

    def next_workday(self, day: date) -> date:
        """``day`` itself if it is a working day, else the first working day after it."""
        while not self.is_workday(day) and day < date.max:
            day += timedelta(days=1)
        return day

    def uses_fallback(self, day: date) -> bool:
        """Whether ``day`` lies outside the official data and the overrides do not cover it."""
        return self._known(day) is None

    def _note_fallback(self, start: date, end: date) -> None:
        """Years of (start, end] the official data does not cover (for the warning)."""
        first, last = (start + timedelta(days=1)).year, end.year
        if first < FIRST_YEAR:
            self.fallback_years.update(range(first, min(last, FIRST_YEAR - 1) + 1))
        if last > LAST_YEAR:
            self.fallback_years.update(range(max(first, LAST_YEAR + 1), min(last, LAST_YEAR + 200) + 1))


def _weekdays_through(day: date) -> int:
    """Mondays to Fridays from a fixed Monday up to and including ``day``."""
    days = day.toordinal()  # ordinal 1 (0001-01-01) is a Monday
    weeks, rest = divmod(days, 7)
    return weeks * 5 + min(rest, 5)


OFFICIAL = WorkCalendar()  # the official calendar without local overrides

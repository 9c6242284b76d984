"""A cell as the text a clerk sees: 序号 1.0 is "1", a date is ISO, text is trimmed."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

# One item told in parts, the parts joined by this (a column told in parts, 前期手续 ｜ 在建形象进度; the
# measures of one problem merged over several rows): what reads it reads each part (progress, dates).
FACET_JOIN = " ｜ "
# A cell that is only a date (a footer's date line, 2024年7月30日), not a text about something.
DATE_LINE = re.compile(r"^\s*\d{4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}\s*日?\s*$")


def as_text(value: object) -> str:
    """A cell value as the text a clerk would see (序号 1.0 -> "1", dates as ISO)."""
    if type(value) is str:
        return value.strip()
    if value is None:
        return ""
    try:
        return _shown(value)  # a date or a number: the same few hundred in every return
    except TypeError:  # unhashable
        return _show(value)


@lru_cache(maxsize=65536, typed=True)  # typed: 1, 1.0 and True are equal keys but read differently
def _shown(value: object) -> str:
    return _show(value)


def _show(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()

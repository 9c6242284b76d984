"""Dates as units write them: real dates, Excel serials, 2024.6.30, 6月底前, 5个工作日内, 长期坚持 …

``parse_date`` gives the date a cell stands for and the kind of deadline it is; the original text
always travels beside it in the ledger.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import NamedTuple

from .cells import FACET_JOIN, as_text
from .workdays import OFFICIAL, WorkCalendar

EXCEL_EPOCH = date(1899, 12, 30)
CN_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
NUM = r"((?<!\d)\d{1,3}|[〇零一二两三四五六七八九十]{1,3})"  # (never the last digits of 9999)
# The longest time a relative deadline can mean; more is a slip of the keyboard, reported, not counted.
HORIZON_DAYS, HORIZON_MONTHS, HORIZON_WORKDAYS = 1100, 36, 750

DEADLINE_KINDS = {
    "date": "具体日期",
    "month": "月底前",
    "quarter": "季度末前",
    "half": "半年前",
    "year": "年底前",
    "range": "年度区间",
    "relative": "期限内",
    "workdays": "工作日内",
    "immediate": "立行立改",
    "long_term": "长期坚持",
}


class ParsedDate(NamedTuple):
    """A date cell read (a tuple: hashed and compared in C, as each distinct one is looked up)."""

    value: date | None
    kind: str | None  # a DEADLINE_KINDS key, "blank", or None when the text is not understood


BLANK = ParsedDate(None, "blank")
UNKNOWN = ParsedDate(None, None)


def _date_shown(raw: object, value: date) -> str:
    """A date cell's 原值 as a clerk reads it: a date typed as a bare number (45431, shown so
    in a General cell) is given as the date it stands for, with the number it was written as."""
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        return f"{value.isoformat()}（单元格里填的是数字 {as_text(raw)}，没有设成日期格式）"
    return as_text(raw)


def _num(text: str) -> int:
    if text.isdigit():
        return int(text)
    if "十" in text:  # 十, 十二, 二十, 二十五
        tens, _, ones = text.partition("十")
        return (CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (CN_DIGITS.get(ones, 0) if ones else 0)
    return int("".join(str(CN_DIGITS[ch]) for ch in text))


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month_end(y: int, m: int) -> date | None:
    if not 1 <= m <= 12:
        return None
    return date(y, m, calendar.monthrange(y, m)[1])


def _add_months(start: date, months: int) -> date:
    m = start.month - 1 + months
    y, m = start.year + m // 12, m % 12 + 1
    return date(y, m, min(start.day, calendar.monthrange(y, m)[1]))


def parse_date(
    value: object,
    year: int | None,
    base: date | None = None,
    calendar: WorkCalendar = OFFICIAL,
    near: date | None = None,
    ahead: bool = True,
) -> ParsedDate:
    """A date cell as written by a unit: real dates, Excel serials, 2024.6.30, 6月底前, 长期坚持 …

    ``year`` fills in dates written without one (taken from the return's 填报日期); ``base`` is
    the start of relative deadlines (2个月内, 5个工作日内, 立行立改), usually the 发现时间.
    ``near`` (the 填报日期) and ``ahead`` settle the year of a month and day written alone: a
    deadline (ahead) lies at most half a year before the return, so "1月底前" in a December
    return is next January; a completion date (not ahead) at most half a year after it.
    Returns repeat a lot (a unit writes the same deadline many times), so answers are cached.
    """
    try:
        return _parse_date_cached(value, year, base, calendar, near, ahead)
    except TypeError:  # an unhashable value: not a date anyway
        return UNKNOWN


@lru_cache(maxsize=65536)
def _parse_date_cached(
    value: object, year: int | None, base: date | None, calendar: WorkCalendar, near: date | None, ahead: bool
) -> ParsedDate:
    try:
        parsed = _parse_date(value, year, base, calendar, near, ahead)
    except (OverflowError, ValueError):  # arithmetic past the calendar's end
        return UNKNOWN
    if parsed.value is not None and not FIRST_YEAR <= parsed.value.year <= LAST_YEAR:
        return UNKNOWN  # 9999-12-31 or 0024-06-30: a slip of the keyboard, reported, never counted
    return parsed


HALF_YEAR = timedelta(days=183)
FIRST_YEAR, LAST_YEAR = 1950, 2100  # the dates a ledger can mean; others are reported as unreadable


def _nearest(make, y: int, near: date | None, ahead: bool) -> date | None:
    """``make(year)`` for a date written without a year, moved a year where ``near`` says so."""
    d = make(y)
    if d is None or near is None:
        return d
    if ahead and d < near - HALF_YEAR:
        return make(y + 1)
    if not ahead and d > near + HALF_YEAR:
        return make(y - 1)
    return d


def _parse_date(
    value: object,
    year: int | None,
    base: date | None = None,
    calendar: WorkCalendar = OFFICIAL,
    near: date | None = None,
    ahead: bool = True,
) -> ParsedDate:
    if value is None or value == "":
        return BLANK
    if not isinstance(value, str):
        return _parse_value(value, year, base, calendar, near, ahead)
    if (
        FACET_JOIN in value
    ):  # one item's several measures, each with its time (立行立改 ｜ 2024年8月15日): the last
        parts = [parse_date(p, year, base, calendar, near, ahead) for p in value.split(FACET_JOIN)]
        dated = [p for p in parts if p.value is not None]
        return max(dated, key=lambda p: p.value) if dated else parts[-1]  # type: ignore[arg-type, return-value]
    text = unicodedata.normalize("NFKC", value).strip()
    text = CLOCK.sub("", text)  # 2024/7/18 9:05: the time of day, before the spaces go
    text = re.sub(r"\s+", "", text)
    if not text:
        return BLANK
    text = re.sub(r"(之前|以前|前|止|为止)$", "", text)
    text = text.replace("底", "末")
    at = _At(year, year or date.today().year, base, calendar, near, ahead)
    if (told := DATE_IN_BRACKETS.search(text)) and IMMEDIATE.match(text):
        # 立行立改（2024年4月30日前）: the date the brackets give is the deadline
        inner = _parse_date(told.group(1), year, base, calendar, near, ahead)
        if inner.value is not None:
            return inner
    if (counted := COUNTED_FROM_NOTE.match(text)) and (
        start := _parse_date(counted.group("day"), year, None, calendar, near, False)
    ).value is not None:
        # 3个月内（2024年5月10日交办）: the time counts from the day the brackets give
        return _parse_date(counted.group("within"), year, start.value, calendar, near, ahead)
    if (noted := NOTE_AFTER.match(text)) and IMMEDIATE.search(noted.group(2)):
        # 2024年7月3日（立行立改）: the date, put right on the day
        head = _parse_date(noted.group(1), year, base, calendar, near, ahead)
        if head.value is not None:
            return head
    for pattern, whole, read in TEXT_RULES:
        if m := (pattern.fullmatch(text) if whole else pattern.search(text)):
            return read(m, at)
    return _embedded(text, year, base, calendar, near, ahead)


NOTE_AFTER = re.compile(r"^(.+?)[（(]([^（）()]{1,12})[）)]$")
# A time within, then the day it counts from in brackets: 3个月内（2024年5月10日交办）, 15个工作日（7月1日受理）.
COUNTED_FROM_NOTE = re.compile(
    r"^(?P<within>" + NUM + r"个?(?:个月|工作日|星期|周|天|日)(?:内|以内)?)[（(](?P<day>[^（）()]{3,16}?)"
    r"(?:交办|受理|转办|签收|下达|起|起算)[）)]$"
)


def _parse_value(
    value: object, year: int | None, base: date | None, calendar: WorkCalendar, near: date | None, ahead: bool
) -> ParsedDate:
    """A cell that is no text: a date, or a number that is an Excel serial or 20240630."""
    if isinstance(value, datetime):
        return ParsedDate(value.date(), "date")
    if isinstance(value, date):
        return ParsedDate(value, "date")
    if isinstance(value, bool) or not isinstance(value, int | float):
        return UNKNOWN
    if 20000 <= value <= 80000:  # an Excel serial day number
        return ParsedDate(EXCEL_EPOCH + timedelta(days=int(value)), "date")
    if 19000101 <= value <= 21001231 and float(value).is_integer():
        return _parse_date(str(int(value)), year, base, calendar, near, ahead)
    return UNKNOWN


class _At(NamedTuple):
    """What a text rule reads a date with: the year written or the return's, the start of relative
    deadlines, the calendar, and the date a year-less date lies near."""

    year: int | None
    default_year: int
    base: date | None
    calendar: WorkCalendar
    near: date | None
    ahead: bool

    def nearest(self, make) -> date | None:  # type: ignore[no-untyped-def]
        return _nearest(make, self.default_year, self.near, self.ahead)


def _dated(d: date | None, kind: str) -> ParsedDate:
    return ParsedDate(d, kind) if d else UNKNOWN


def _serial(m: re.Match[str], at: _At) -> ParsedDate:
    return _parse_date(float(m[0]), at.year, at.base, at.calendar, at.near, at.ahead)


def _full_date(m: re.Match[str], at: _At) -> ParsedDate:
    return _dated(_safe_date(int(m[1]), int(m[2]), int(m[3])), "date")


def _month_day(m: re.Match[str], at: _At) -> ParsedDate:
    month, day = _num(m[2]), _num(m[3])
    if m[1]:
        return _dated(_safe_date(int(m[1]), month, day), "date")
    return _dated(at.nearest(lambda y: _safe_date(y, month, day)), "date")


def _month(m: re.Match[str], at: _At) -> ParsedDate:
    month = _num(m[2])
    if m[1]:
        return _dated(_month_end(int(m[1]), month), "month")
    return _dated(at.nearest(lambda y: _month_end(y, month)), "month")


def _quarter(m: re.Match[str], at: _At) -> ParsedDate:
    return ParsedDate(_month_end(int(m[1]) if m[1] else at.default_year, 3 * _num(m[2])), "quarter")


def _half(m: re.Match[str], at: _At) -> ParsedDate:
    end = 6 if m[2] == "上" else 12
    return ParsedDate(_month_end(int(m[1]) if m[1] else at.default_year, end), "half")


def _year_end(m: re.Match[str], at: _At) -> ParsedDate:
    return ParsedDate(date(int(m[1]) if m[1] else at.default_year, 12, 31), "year")


def _years(m: re.Match[str], at: _At) -> ParsedDate:
    return ParsedDate(date(int(m[2]), 12, 31), "range")


def _months(m: re.Match[str], at: _At) -> ParsedDate:
    """2024年3-6月, 6月至9月末: the end of the last month."""
    written = m[3] or m[1]
    end = _num(m[4])
    if written:
        return _dated(_month_end(int(written), end), "month")
    return _dated(at.nearest(lambda y: _month_end(y, end)), "month")


def _long_term(m: re.Match[str], at: _At) -> ParsedDate:
    """长期坚持 — unless the text names dates too ("…7月至12月 开展常态化服务"): its last date."""
    dated = _embedded(m.string, at.year, at.base, at.calendar, at.near, at.ahead)
    return dated if dated.value is not None else ParsedDate(None, "long_term")


def _ten_days(m: re.Match[str], at: _At) -> ParsedDate:
    """8月上旬: by the 10th; 中旬 the 20th; 下旬 the month's end."""
    month = _num(m[2])
    if not 1 <= month <= 12:
        return UNKNOWN
    if m[3] == "下":
        return _dated(
            _month_end(int(m[1]), month) if m[1] else at.nearest(lambda y: _month_end(y, month)), "month"
        )
    day = 10 if m[3] == "上" else 20
    when = date(int(m[1]), month, day) if m[1] else at.nearest(lambda y: date(y, month, day))
    return _dated(when, "date")


def _this_month(at: _At) -> ParsedDate:
    """本月底前: the end of the month the return was written in (its 填报日期, else the day the item
    was found or handed over)."""
    day = at.near or at.base
    if day is None:
        return ParsedDate(None, "relative")  # (月底前 of a row: the month of the day the row gives)
    return _dated(_month_end(day.year, day.month), "month")


def _immediate(m: re.Match[str], at: _At) -> ParsedDate:
    """立即 — unless the text sets a date for a later step too ("立即更换蒸笼布，7月25日前完成制度修订"):
    that date."""
    if len(m.string) > IMMEDIATE_ONLY:
        dated = _embedded(m.string, at.year, at.base, at.calendar, at.near, at.ahead)
        if dated.value is not None and dated.kind != "immediate":
            return dated
    return ParsedDate(at.base, "immediate")


IMMEDIATE_ONLY = 12  # characters of a text that is nothing but "立即整改" and its like, at most


def _workdays(m: re.Match[str], at: _At) -> ParsedDate:
    if _num(m[1]) > HORIZON_WORKDAYS:
        return UNKNOWN
    return ParsedDate(at.calendar.add_workdays(at.base, _num(m[1])) if at.base else None, "workdays")


def _within(m: re.Match[str], at: _At) -> ParsedDate:
    """3个月内, 15日内, 2周: counted from the start."""
    n, unit = _num(m[1]), m[2]
    if n > (
        HORIZON_MONTHS if unit == "个月" else HORIZON_DAYS // 7 if unit in ("个星期", "周") else HORIZON_DAYS
    ):
        return UNKNOWN
    if at.base is None:
        return ParsedDate(None, "relative")
    if unit == "个月":
        return ParsedDate(_add_months(at.base, n), "relative")
    days = (
        n * 7 if unit in ("个星期", "周") else -(-n // 24) if unit.endswith("小时") else n
    )  # (48小时: 2 days)
    return ParsedDate(at.base + timedelta(days=days), "relative")


# A deadline moved: "7个工作日（已申请延期至2024年7月31日）" is due on the 31st.
EXTENDED = re.compile(
    r"(?:延期|延长|顺延|推迟|调整|放宽)(?:至|到)\s*((?:\d{4}\s*[年./-]\s*)?\d{1,2}\s*[月./-]\s*(?:\d{1,2}\s*[日号]?|底|末))"
)
MONTH_RANGE = re.compile(
    r"(?:(\d{4})[年.-])?"
    + NUM
    + r"月?(?:份|初|中|中旬|上旬)?[-—–~至到](?:(\d{4})[年.-])?"
    + NUM
    + r"月(?:末|份)?"
)

CLOCK = re.compile(r"(?<=\d)[日号]?\s+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")  # a time after a date
DATE_IN_BRACKETS = re.compile(r"[（(]([^（）()]*\d{1,2}[月.][^（）()]*)[）)]")
IMMEDIATE = re.compile(r"立行立改|立即|即知即改|立改|^现场(整改|改正|纠正|处置)")


# Each written form of a date or deadline, tried in order on the text (spaces and 前/止 taken off,
# 底 read as 末): (pattern, whole text or inside it, how to read it).
TEXT_RULES: tuple[tuple[re.Pattern[str], bool, Callable[[re.Match[str], _At], ParsedDate]], ...] = (
    (
        EXTENDED,
        False,
        lambda m, at: _parse_date(m.group(1), at.year, at.base, at.calendar, at.near, at.ahead),
    ),
    (re.compile(r"\d{5}(\.0+)?"), True, _serial),
    (
        re.compile(r"(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})日?(?:\d{1,2}:\d{2}(?::\d{2})?)?"),
        True,
        _full_date,
    ),
    (re.compile(r"(\d{4})(\d{2})(\d{2})"), True, _full_date),
    (re.compile(r"(?:(\d{4})[-./年])?" + NUM + r"[月.]" + NUM + r"[日号]?"), True, _month_day),
    (re.compile(r"(?:(\d{4})[-./年])?" + NUM + r"月([上中下])旬"), True, _ten_days),
    (re.compile(r"(?:(\d{4})[-./年])?" + NUM + r"月(?:末|份|内)?"), True, _month),
    (re.compile(r"(\d{4})[-./](\d{1,2})"), True, _month),
    (re.compile(r"(?:(\d{4})年)?(?:第)?([一二三四1-4])季度(?:末)?"), True, _quarter),
    (re.compile(r"(?:(\d{4})年)?([上下])半年(?:末)?"), True, _half),
    (re.compile(r"(?:(\d{4})年)?(?:年末|末|年内|全年|本年末|年度内)"), True, _year_end),
    (re.compile(r"(\d{4})年"), True, _year_end),
    (re.compile(r"(\d{4})年?[-—–~至到](\d{4})年?(?:末)?"), True, _years),
    (MONTH_RANGE, True, _months),
    (
        re.compile(r"(?:本|当|^)月(?:底|末|内)"),
        False,
        lambda m, at: _this_month(at),
    ),  # (月底前: this month's)
    (re.compile(r"长期|持续|常态|久久为功"), False, lambda m, at: _long_term(m, at)),
    (
        re.compile(
            r"立行立改|立即|即知即改|马上|当即|立改|当天|当日|当场|即时|即办|日清日结|即查即改|随查随改"
            r"|^现场(整改|改正|纠正|处置)"  # 现场整改 under 整改时限: on the day of the check
        ),
        False,
        lambda m, at: _immediate(m, at),
    ),
    (re.compile(NUM + r"个?工作日"), False, _workdays),
    (
        re.compile(r"(?<![月\d])" + NUM + r"(个月|个星期|周|天|日|个?自然日|个?日历日|个?小时)(?:内|以内)?$"),
        False,
        _within,
    ),
)
# A deadline written inside other words: "短期攻坚（2024年3月底前）", "2个月内完成", "按省定2024年6月30日".
EMBEDDED = re.compile(
    r"\d{4}年?[-—–~至到]\d{4}年(?:末|底)?"  # 2024-2025年建成: the end of the last year
    r"|\d{4}[-./年]\d{1,2}[-./月]\d{1,2}(?![\d月])日?"  # (2024年6-10月 is a range of months)
    r"|\d{4}年\d{1,2}月(?:末|份)?"
    r"|\d{4}年末"
    r"|\d{1,2}月\d{1,2}[日号]"
    r"|\d{1,2}月末"
    r"|(?:\d{4}年)?\d{1,2}月?(?:份|初|中旬|上旬)?[-—–~至到]\d{1,2}月(?:末|份)?"  # 4月至5月, 8月-10月
    r"|(?<![\d年.-])\d{1,2}月(?:份|末)?(?![\d日号上中下])"  # 6月 in a schedule: the month's end
    r"|(?<![\d年.-])\d{1,2}月[上中]旬"  # 8月上旬: the 10th, 中旬 the 20th
    r"|(?:\d{4}年)?第?[一二三四1-4]季度末?"
    r"|(?:\d{4}年)?[上下]半年"
    r"|(?:\d{4}年)?年[末内]"
    r"|" + NUM + r"个?工作日"
    r"|" + NUM + r"(?:个月|个星期|周|天|日|个?自然日|个?日历日|个?小时)(?:内|以内)"
    r"|(?<=限期)" + NUM + r"(?:个月|个星期|周|天|日)"  # 严重警告，限期6个月整改: within 6 months
)


def _embedded(
    text: str, year: int | None, base: date | None, calendar: WorkCalendar, near: date | None, ahead: bool
) -> ParsedDate:
    """The date a longer text gives: the latest of the dates written in it (brackets included), or
    a kind of deadline without a date (3个月内 with no start); UNKNOWN when there is none."""
    candidates = re.findall(r"[（(【\[]([^）)】\]]+)[）)】\]]", text)
    candidates += [m.group(0) for m in EMBEDDED.finditer(text)]
    found = [
        parsed
        for candidate in candidates
        if candidate != text
        and (parsed := _parse_date(candidate, year, base, calendar, near, ahead)).kind not in (None, "blank")
    ]
    dated = [p for p in found if p.value is not None]
    if dated:  # "3月底前完成方案，6月底前全部完成": the item is done by the last date it names
        return max(dated, key=lambda p: p.value)  # type: ignore[arg-type, return-value]
    return found[0] if found else UNKNOWN

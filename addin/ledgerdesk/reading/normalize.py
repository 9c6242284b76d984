"""Raw cells -> canonical values: dates in every written form, status words, unit names.

The original text always travels with the parsed value; what cannot be parsed becomes a Problem
naming the file, sheet, Excel row and column.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache, partial
from itertools import compress, repeat
from operator import itemgetter
from typing import TYPE_CHECKING, Any, NamedTuple

from ..model import COLUMNS, LEDGER_COLUMNS, Col
from .problems import REJECTED, Problem, RejectedRow, make_problem
from .schema import (
    DONE,
    EXTENSION_WORDS,
    IN_PROGRESS,
    LONG_TERM,
    NOT_STARTED,
    REQUIRED,
    STATE_LABELS,
    STATUS_WORDS,
    UNREPORTED_LABEL,
    VERIFIED_WORDS,
    UnitDirectory,
    Vocabulary,
)
from .workdays import OFFICIAL, WorkCalendar

if TYPE_CHECKING:
    from .intake import RawTable

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
NUM = r"(\d{1,3}|[〇零一二两三四五六七八九十]{1,3})"

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


def _date_shown(raw: object, value: date) -> str:
    """A date cell's 原值 as a clerk reads it: a date typed as a bare number (45431, shown so
    in a General cell) is given as the date it stands for, with the number it was written as."""
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        return f"{value.isoformat()}（单元格中为数字{as_text(raw)}）"
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
    if isinstance(value, datetime):
        return ParsedDate(value.date(), "date")
    if isinstance(value, date):
        return ParsedDate(value, "date")
    if isinstance(value, bool):
        return UNKNOWN
    if isinstance(value, int | float):
        if 20000 <= value <= 80000:  # an Excel serial day number
            return ParsedDate(EXCEL_EPOCH + timedelta(days=int(value)), "date")
        if 19000101 <= value <= 21001231 and float(value).is_integer():
            return _parse_date(str(int(value)), year, base, calendar, near, ahead)
        return UNKNOWN
    text = unicodedata.normalize("NFKC", str(value)).strip()
    text = re.sub(r"\s+", "", text)
    if not text:
        return BLANK
    text = re.sub(r"(之前|以前|前|止|为止)$", "", text)
    text = text.replace("底", "末")
    y_default = year or date.today().year

    if re.fullmatch(r"\d{5}(\.0+)?", text):
        return _parse_date(float(text), year, base, calendar, near, ahead)
    if m := re.fullmatch(r"(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})日?(?:\d{1,2}:\d{2}(?::\d{2})?)?", text):
        d = _safe_date(int(m[1]), int(m[2]), int(m[3]))
        return ParsedDate(d, "date") if d else UNKNOWN
    if m := re.fullmatch(r"(\d{4})(\d{2})(\d{2})", text):
        d = _safe_date(int(m[1]), int(m[2]), int(m[3]))
        return ParsedDate(d, "date") if d else UNKNOWN
    if m := re.fullmatch(r"(?:(\d{4})[-./年])?" + NUM + r"[月.]" + NUM + r"[日号]?", text):
        month, day = _num(m[2]), _num(m[3])
        if m[1]:
            d = _safe_date(int(m[1]), month, day)
        else:
            d = _nearest(lambda y: _safe_date(y, month, day), y_default, near, ahead)
        return ParsedDate(d, "date") if d else UNKNOWN
    if m := re.fullmatch(r"(?:(\d{4})[-./年])?" + NUM + r"月(?:末|份|内)?", text) or re.fullmatch(
        r"(\d{4})[-./](\d{1,2})", text
    ):
        month = _num(m[2])
        if m[1]:
            d = _month_end(int(m[1]), month)
        else:
            d = _nearest(lambda y: _month_end(y, month), y_default, near, ahead)
        return ParsedDate(d, "month") if d else UNKNOWN
    if m := re.fullmatch(r"(?:(\d{4})年)?(?:第)?([一二三四1-4])季度(?:末)?", text):
        q = _num(m[2])
        return ParsedDate(_month_end(int(m[1]) if m[1] else y_default, 3 * q), "quarter")
    if m := re.fullmatch(r"(?:(\d{4})年)?([上下])半年(?:末)?", text):
        return ParsedDate(_month_end(int(m[1]) if m[1] else y_default, 6 if m[2] == "上" else 12), "half")
    if m := re.fullmatch(r"(?:(\d{4})年)?(?:年末|末|年内|全年|本年末|年度内)", text) or re.fullmatch(
        r"(\d{4})年", text
    ):
        return ParsedDate(date(int(m[1]) if m[1] else y_default, 12, 31), "year")
    if m := re.fullmatch(r"(\d{4})年?[-—–~至到](\d{4})年?(?:末)?", text):
        return ParsedDate(date(int(m[2]), 12, 31), "range")
    if re.search(r"长期|持续|常态|久久为功", text):
        return ParsedDate(None, "long_term")
    if re.search(r"立行立改|立即|即知即改|马上|当即|立改", text):
        return ParsedDate(base, "immediate")
    if m := re.search(NUM + r"个?工作日", text):
        return ParsedDate(calendar.add_workdays(base, _num(m[1])) if base else None, "workdays")
    if m := re.search(NUM + r"(个月|个星期|周|天|日)(?:内|以内)?$", text):
        n, unit = _num(m[1]), m[2]
        if base is None:
            return ParsedDate(None, "relative")
        if unit == "个月":
            return ParsedDate(_add_months(base, n), "relative")
        days = n * 7 if unit in ("个星期", "周") else n
        return ParsedDate(base + timedelta(days=days), "relative")
    return _embedded(text, year, base, calendar, near, ahead)


# A deadline written inside other words: "短期攻坚（2024年3月底前）", "2个月内完成", "按省定2024年6月30日".
EMBEDDED = re.compile(
    r"\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?"
    r"|\d{4}年\d{1,2}月(?:末|份)?"
    r"|\d{4}年末"
    r"|\d{1,2}月\d{1,2}[日号]"
    r"|\d{1,2}月末"
    r"|" + NUM + r"个?工作日"
    r"|" + NUM + r"(?:个月|个星期|周|天|日)(?:内|以内)"
)


def _embedded(
    text: str, year: int | None, base: date | None, calendar: WorkCalendar, near: date | None, ahead: bool
) -> ParsedDate:
    """The first date written inside a longer text, brackets first; UNKNOWN when there is none."""
    candidates = re.findall(r"[（(【\[]([^）)】\]]+)[）)】\]]", text)
    candidates += [m.group(0) for m in EMBEDDED.finditer(text)]
    for candidate in candidates:
        if candidate != text:
            parsed = _parse_date(candidate, year, base, calendar, near, ahead)
            if parsed.kind not in (None, "blank"):
                return parsed
    return UNKNOWN


@lru_cache(maxsize=8192)
def _status_key(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"[（(][^）)]*[）)]", "", text)  # 已完成（2024.6.15）
    return re.sub(r"[\s、，,。；;：:!！]+", "", text)


def parse_status(text: object, words: tuple[tuple[str, str], ...] = ()) -> str | None:
    """The canonical state (done/in_progress/not_started/long_term) of a status word or a status
    written as a sentence, or None. ``words`` are the office's own (word, state) pairs, tried first.
    """
    return _parse_status(as_text(text), words)


# Reading a status sentence the way a person does. The sentence is cut into clauses; in each, what
# a negation or a time word says about something else is taken out first ("未发现反弹" says
# nothing about the item, "长效机制持续推进" is not the item's own progress, "预计9月底整改到位"
# is a plan). A clause that starts "目前/现已/截至…" gives the verdict; otherwise the first clause
# that says something about the item does, and a step done ("已完成设备采购") only when nothing
# else is said.
CLAUSES = re.compile(r"[，,。；;！!？?\n]+")
VERDICT = re.compile(
    r"^(目前|现已|现在|现|截至目前|截止目前|截至\S{0,12}?日|截止\S{0,12}?日|当前|现阶段|至今|经复核|经核查)"
)
NOT_ABOUT_ITEM = re.compile(
    r"(未发现|没有发现|未见|未再|未出现|未发生|无|杜绝|防止|避免)\S{0,6}?(反弹|复发|回潮|反复|新增|类似|同类|违规|投诉|问题)"
)
SCOPE = re.compile(r"长效机制|长效管理|常态化|巩固|举一反三|持续抓好|久久为功|建章立制|成果")
FUTURE = re.compile(r"预计|计划|力争|争取|将于|拟于|拟在|确保|下一步|待\S{0,8}后")
PARTIAL = re.compile(r"基本完成|基本整改|部分|阶段性|初步|大部分|过半|(?<![\d.])\d{1,2}(\.\d+)?%")
NEGATED_DONE = re.compile(
    r"(未|尚未|没有|暂未|仍未|还未|未能|无法|不能|未按期|逾期未)(全部|完全|按期|如期)?(完成|整改|办结|到位|解决|销号|落实|结案)"
)
WHOLE_DONE = re.compile(
    r"(已|均已|全部|已经|业已|已于\S{0,14}?)(全部)?(完成整改|整改完成|整改到位|整改完毕|整改|办结|销号|结案|完结|解决|落实到位|处理完毕|办理完毕)"
    r"|^(已)?(完成|办结|销号|解决|整改到位|整改完毕|整改完成|已完成)$"
    r"|(完成整改|整改完成|整改到位|整改完毕|已办结|已销号|已解决|已完成)$"
)
STEP_DONE = re.compile(
    r"(已|已经|均已)\S{0,4}?(完成|建立|出台|制定|修订|开展|拆除|清理|关停|取缔|修复|更换|完善|安装|设立|开通|印发|落实"
    r"|起草|召开|约谈|部署|协调|对接|调研|督促|启动|排查|梳理|核查|责令|立案)"
)
IN_PROGRESS_WORDS = re.compile(
    r"正在|整改中|推进中|办理中|进行中|实施中|序时|推进|持续整改|加快|跟踪|延期|办理|处理中|协调中|调查中|核查中"
)
LONG_TERM_WORDS = re.compile(r"长期坚持|长期|常态化推进|常态推进|持续推进长期")
NOT_STARTED_WORDS = re.compile(r"未启动|未开始|未开展|滞后|未整改|尚未|未落实|未办结|未完成|暂无进展|无进展")


@lru_cache(maxsize=16384)
def _parse_status(text: str, words: tuple[tuple[str, str], ...] = ()) -> str | None:
    key = _status_key(text)
    if not key:
        return None
    for word, state in words:
        if key == _status_key(word):
            return state
    if key in STATUS_WORDS:
        return STATUS_WORDS[key]
    clauses = [c.strip() for c in CLAUSES.split(unicodedata.normalize("NFKC", text)) if c.strip()]
    verdict: str | None = None
    first: str | None = None
    step: str | None = None
    for clause in clauses:
        said, weak = _clause_state(clause, words)
        if said is None:
            continue
        if VERDICT.match(clause) and not weak:
            verdict = verdict or said
        if weak:
            step = step or said
        elif first is None:
            first = said
    if verdict is None and first == NOT_STARTED and step is not None:
        return IN_PROGRESS  # "尚未完成，已约谈企业": not finished, but work has begun
    return verdict or first or step


def _clause_state(clause: str, words: tuple[tuple[str, str], ...]) -> tuple[str | None, bool]:
    """(state, weak) that one clause says of the item; weak for a step done or a plan."""
    text = re.sub(r"\s+", "", clause)
    for word, state in words:
        if _status_key(word) in text:
            return state, False
    text = NOT_ABOUT_ITEM.sub("", text)
    if not text:
        return None, False
    key = _status_key(text)
    if key in STATUS_WORDS:
        return STATUS_WORDS[key], False
    if FUTURE.search(text):
        return IN_PROGRESS, True  # a plan: the item is not done yet
    if LONG_TERM_WORDS.search(text) and not WHOLE_DONE.search(text):
        return LONG_TERM, False
    if SCOPE.search(text):
        return None, False  # about the mechanism, not the item
    if PARTIAL.search(text):
        return IN_PROGRESS, False
    if m := NEGATED_DONE.search(text):
        return (IN_PROGRESS if m.group(2) in ("全部", "完全") else NOT_STARTED), False
    if WHOLE_DONE.search(text):
        return DONE, False
    if IN_PROGRESS_WORDS.search(text):
        return IN_PROGRESS, False
    if NOT_STARTED_WORDS.search(text):
        return NOT_STARTED, False
    if STEP_DONE.search(text):
        return DONE, True
    if re.search(r"完成|办结|到位|销号|解决", text):
        return DONE, False
    return None, False


def _shows_work(text: str, words: tuple[tuple[str, str], ...]) -> bool:
    """Whether a progress text tells of work on an item that is not closed: something under way,
    or a step taken ("已召开协调会，双方未达成一致")."""
    if _parse_status(text, words) == IN_PROGRESS:
        return True
    clauses = [c for c in CLAUSES.split(unicodedata.normalize("NFKC", text)) if c.strip()]
    return any(_clause_state(c, words) == (DONE, True) for c in clauses)


EXPECTED = re.compile(
    r"(预计|计划|力争|争取|将于|拟于|拟在|确保)(于|在)?\s*(\d{4}\s*[年./-]\s*)?(\d{1,2}\s*[月./-]\s*(\d{1,2}\s*[日号]?|底|末|中旬|上旬|下旬)?|年底|年末|\d{4}\s*年底)"
)


@lru_cache(maxsize=4096)
def expected_date(text: str, year: int, near: date | None) -> date | None:
    """The date a progress text says the item will be finished by ("预计9月30日整改到位")."""
    m = EXPECTED.search(unicodedata.normalize("NFKC", text or ""))
    if not m:
        return None
    written = re.sub(r"(中旬|上旬|下旬)$", "末", m.group(0)[len(m.group(1)) + len(m.group(2) or "") :])
    return parse_date(written.strip(), year, near=near, ahead=True).value


@lru_cache(maxsize=4096)
def is_verified(status_text: str, closeout_text: str) -> bool:
    """销号: done and checked off by the supervising office."""
    key = _status_key(status_text)
    close = _status_key(closeout_text)
    return any(w == key or key.endswith(w) for w in VERIFIED_WORDS) or (
        bool(close) and ("已销号" in close or close in ("是", "已", "销号")) and "未" not in close
    )


@dataclass
class Normalized:
    """One table after normalisation: kept rows as columns, rejected rows, problems."""

    columns: dict[str, list[Any]]  # LEDGER_COLUMNS -> values of the kept rows
    rejected: list[RejectedRow]
    problems: list[Problem]
    extras: dict[str, list[Any]]  # columns the ledger model does not know: header as written -> texts

    def __len__(self) -> int:
        return len(self.columns[Col.ROW])


def normalize_table(
    table: RawTable,
    units: UnitDirectory,
    as_of: date,
    calendar: WorkCalendar = OFFICIAL,
    vocabulary: Vocabulary | None = None,
    status_required: bool = True,
) -> Normalized:
    """Canonical values for the rows of one table, the rows it rejects, and the problems found.

    ``status_required=False`` (returns merged back by 问题编号): a row with an ID and no status is an
    item whose status the unit did not change, not an error.

    Works column by column: a return repeats the same words and dates many times, so each distinct
    value is parsed once; only the checks that name a row run row by row.
    """
    problems: list[Problem] = []
    rejected: list[RejectedRow] = []
    file, sheet = table.file, table.sheet
    present = table.canonical
    year = (table.report_date or as_of).year
    rows = [excel_row for excel_row, _ in table.rows]
    n = len(rows)
    words = vocabulary.statuses if vocabulary else ()

    def table_problem(code: str, column: str | None = None, value: object = None, detail: str = "") -> None:
        problems.append(
            make_problem(
                code, file, sheet=sheet, row=table.header_row, column=column, value=value, detail=detail
            )
        )

    missing = [c for c in REQUIRED if c not in present]
    if missing:
        for column in missing:
            table_problem("missing-column", column, detail=str(n))
        for excel_row, values in table.rows:
            rejected.append(_rejected(table, excel_row, values, f"缺少必填列「{'、'.join(missing)}」"))
        return Normalized({c: [] for c in LEDGER_COLUMNS}, rejected, problems, {})

    for f in table.fields:
        if f.how in ("role", "content"):
            how = "按表头用词推断" if f.how == "role" else "按列中内容推断"
            table_problem("column-guessed", "、".join(f.targets), f.header.replace("\n", ""), how)
    if table.extras and n:
        table_problem("columns-kept", value="、".join(f.header.replace("\n", "") for f in table.extras))

    raw, filled = _columns(table)
    blank = [""] * n  # shared by the columns the table does not have; never changed in place
    # 发现时间 and 完成时间 as text only name a value in a problem: made for those rows alone.
    lazy = {Col.FOUND, Col.DONE_ON}
    text = {c: _texts(raw[c]) if c in filled else blank for c in (*COLUMNS, "_填报单位") if c not in lazy}
    for column in filled & text.keys():  # Excel keeps 32,767 characters of a cell: say what is cut
        # the reader stops there too; the column's length in all first (one C call, no call per cell)
        if len("".join(text[column])) >= CELL_LIMIT and max(map(len, text[column])) >= CELL_LIMIT:
            for i, t in enumerate(text[column]):
                if len(t) >= CELL_LIMIT:
                    problems.append(
                        make_problem(
                            "cell-too-long", file, sheet=sheet, row=rows[i], column=column, detail=str(len(t))
                        )
                    )
    unit_text = [a or b for a, b in zip(text[Col.UNIT], text["_填报单位"], strict=True)]
    dept_text = text[Col.DEPARTMENT]
    if Col.DEPARTMENT in filled:  # a 责任部门 column of a city-wide list names units, not departments
        unit_text = [
            u or (d if _names_unit(d, units) else "") for u, d in zip(unit_text, dept_text, strict=True)
        ]
        dept_text = [d if d != u else "" for u, d in zip(unit_text, dept_text, strict=True)]
    unit_of = {t: _resolve_unit(t, table, units) for t in set(unit_text)}
    if (
        table.unit is None
        and table.unit_text
        and any(u == table.unit_text and not p for u, p, _ in unit_of.values())
    ):
        table_problem("unknown-unit", "填报单位", table.unit_text, "，已按此名称单独统计，请在单位名录中补充")
    near = table.report_date
    found_read = _read(
        lambda v: parse_date(v, year, near=near, ahead=False), raw[Col.FOUND], ("date", year, near, False)
    )
    found = found_read.values
    base = table.base_date[0] if table.base_date else None
    # A deadline is read without its start first; only one that counts from a start (2个月内,
    # 5个工作日内, 立行立改) is read again from each row's 发现时间 (or the table's base date).
    deadline_read = _read(
        lambda v: parse_date(v, year, None, calendar, near=near, ahead=True),
        raw[Col.DEADLINE],
        ("deadline", year, calendar, near),
    )
    counts_from_start = any(d.kind in RELATIVE_KINDS for d in deadline_read.distinct())
    if counts_from_start:
        deadline_read = _Read(
            [
                parse_date(v, year, f.value or base, calendar, near=near, ahead=True)
                if d.kind in RELATIVE_KINDS
                else d
                for v, f, d in zip(raw[Col.DEADLINE], found, deadline_read.values, strict=True)
            ],
            raw[Col.DEADLINE],
        )
    deadline = deadline_read.values
    if (
        table.base_date
        and counts_from_start
        and any(
            d.kind in RELATIVE_KINDS and d.value is not None and not f.value
            for d, f in zip(deadline, found, strict=True)
        )
    ):
        example = next(
            t
            for t, d, f in zip(text[Col.DEADLINE], deadline, found, strict=True)
            if d.kind in RELATIVE_KINDS and not f.value
        )
        table_problem("deadline-base", Col.DEADLINE, example, f"{table.base_date[1]} {table.base_date[0]}")
    finish_read = _read(
        lambda v: parse_date(v, year, near=near, ahead=False), raw[Col.DONE_ON], ("date", year, near, False)
    )
    finish = finish_read.values
    status_text = text[Col.STATUS]
    reported = True
    if Col.STATUS not in filled:
        progress = next((f for f in table.fields if Col.PROGRESS in f.targets), None)
        if progress is not None:
            status_text = text[Col.PROGRESS]
            table_problem("status-from-progress", Col.STATUS, progress.header.replace("\n", ""))
        else:
            reported = False
            table_problem("no-status-column", Col.STATUS, detail=str(n))
    state_read = (
        _read(lambda t: _parse_status(t, words), status_text, ("status", words))
        if reported
        else _Read([NOT_STARTED] * n, status_text)
    )
    state = state_read.values
    if status_text is not text[Col.PROGRESS] and Col.PROGRESS in filled:
        # "否"/"未办结" answers only whether the item is closed; the progress says whether work is under way
        for i, (st, said, story) in enumerate(zip(state, status_text, text[Col.PROGRESS], strict=True)):
            if st == NOT_STARTED and _status_key(said) in CLOSED_NO and story and _shows_work(story, words):
                state[i] = IN_PROGRESS
    has_finish_column = Col.DONE_ON in present

    # The row checks. Each is written once, as the rows it flags (one pass over the columns: most
    # rows have nothing to report); a row's flags are made in the order of the checks.
    flags: dict[int, list[tuple[Any, ...]]] = {}  # row -> [(code, column, value, detail)]

    def flag(rows_flagged: Iterable[int], make: Callable[[int], tuple[Any, ...] | None]) -> None:
        for i in rows_flagged:
            if (made := make(i)) is not None:
                flags.setdefault(i, []).append(made)

    flag(
        _rows_where(unit_text, unit_of, lambda t, unit: unit[1] is not None),
        lambda i: unit_of[unit_text[i]][1],
    )
    flag(
        (i for i, d in enumerate(text[Col.DESCRIPTION]) if not d) if "" in text[Col.DESCRIPTION] else (),
        lambda i: ("blank-description", Col.DESCRIPTION, None, ""),
    )
    flag(
        found_read.rows(lambda _, f: f.kind is None),
        lambda i: ("unparseable-date", Col.FOUND, as_text(raw[Col.FOUND][i]), ""),
    )
    flag(
        deadline_read.rows(lambda _, d: d.kind is None),
        lambda i: ("unparseable-date", Col.DEADLINE, text[Col.DEADLINE][i], ""),
    )

    def outside_calendar(i: int) -> tuple[Any, ...] | None:
        d = deadline[i].value
        assert d is not None
        start = found[i].value or base or d
        outside = sorted({x.year for x in (start, d) if calendar.uses_fallback(x)})
        detail = "、".join(map(str, outside))
        return ("calendar-fallback", Col.DEADLINE, text[Col.DEADLINE][i], detail) if outside else None

    flag(deadline_read.rows(lambda _, d: d.kind == "workdays" and d.value is not None), outside_calendar)
    flag(
        finish_read.rows(lambda _, e: e.kind is None),
        lambda i: ("unparseable-date", Col.DONE_ON, as_text(raw[Col.DONE_ON][i]), ""),
    )
    if reported:

        def blank_status(i: int) -> tuple[Any, ...] | None:
            told = _parse_status(text[Col.PROGRESS][i], words) if text[Col.PROGRESS][i] else None
            if finish[i].value is not None:
                state[i] = DONE
                return ("status-inferred", Col.STATUS, None, "")
            if told is not None:  # the status left blank, the progress says it
                state[i] = told
                return ("status-read-from-progress", Col.STATUS, text[Col.PROGRESS][i], STATE_LABELS[told])
            if status_required or not text[Col.ID][i]:
                return ("missing-status", Col.STATUS, None, "")
            return None  # a returned item left without a status says nothing new about it (merge-back)

        # blank_status fills in the state of rows with a blank status only; the next two read rows
        # with one, so they see what the status column said.
        # (a status written is never changed to or from None before these checks)
        flag(state_read.rows(lambda t, _: not t), blank_status)
        flag(
            state_read.rows(lambda t, st: bool(t) and st is None),
            lambda i: ("unknown-status", Col.STATUS, status_text[i], ""),
        )
        if has_finish_column and BLANK in finish_read.distinct():
            flag(
                (
                    i
                    for i, (t, st, e) in enumerate(zip(status_text, state, finish, strict=True))
                    if t and st == DONE and e == BLANK
                ),
                lambda i: ("done-without-finish-date", Col.DONE_ON, None, ""),
            )
    flag(
        (
            i
            for i, (e, f) in enumerate(zip(finish, found, strict=True))
            if e.value and f.value and e.value < f.value
        )
        if Col.FOUND in filled and Col.DONE_ON in filled
        else (),
        lambda i: (
            "finish-before-found",
            Col.DONE_ON,
            _date_shown(raw[Col.DONE_ON][i], finish[i].value),
            f"{finish[i].value} < {found[i].value}",
        ),
    )
    flag(
        finish_read.rows(lambda _, e: e.value is not None and e.value > as_of),
        lambda i: (
            "finish-after-as-of",
            Col.DONE_ON,
            _date_shown(raw[Col.DONE_ON][i], finish[i].value),
            f"{finish[i].value} > {as_of}",
        ),
    )
    dropped: set[int] = set()
    for i in sorted(flags):
        row_problems = [
            make_problem(code, file, sheet=sheet, row=rows[i], column=col, value=val, detail=det)
            for code, col, val, det in flags[i]
        ]
        problems.extend(row_problems)
        errors = [p.message for p in row_problems if p.severity == "error"]
        if errors:
            rejected.append(_rejected(table, rows[i], table.rows[i][1], "；".join(errors)))
            dropped.add(i)

    keep = [i for i in range(n) if i not in dropped] if dropped else range(n)

    def kept(values: list[Any]) -> list[Any]:
        return [values[i] for i in keep] if dropped else values

    out: dict[str, list[Any]] = {}
    # Each output column in C where it can be: a lookup of each row's distinct value, and the
    # rare rows a rule changes (a 销号, an extension, a date the unit expects) found first.
    m = len(keep)
    names = {t: unit[0] for t, unit in unit_of.items()}
    out[Col.UNIT] = list(map(names.__getitem__, kept(unit_text)))
    sections = {t: unit[2] for t, unit in unit_of.items() if unit[2]}
    out[Col.DEPARTMENT] = (
        [d or sections.get(t, "") for t, d in zip(kept(unit_text), kept(dept_text), strict=True)]
        if sections
        else kept(dept_text)
    )
    out[Col.FOUND] = list(map(VALUE, kept(found)))
    out[Col.DEADLINE] = list(map(VALUE, kept(deadline)))
    kinds = {d: DEADLINE_KINDS.get(d.kind or "", "") for d in deadline_read.distinct()}
    out[Col.DEADLINE_KIND] = list(map(kinds.__getitem__, kept(deadline)))
    out[Col.DONE_ON] = list(map(VALUE, kept(finish)))
    out[Col.STATE] = (
        list(map(STATE_LABELS.get, kept(state), repeat(""))) if reported else [UNREPORTED_LABEL] * m
    )
    closeout = text[Col.CLOSEOUT]
    signed_off = {pair for pair in set(zip(status_text, closeout, strict=True)) if is_verified(*pair)}
    out[Col.VERIFIED] = (
        ["是" if state[i] == DONE and (status_text[i], closeout[i]) in signed_off else "" for i in keep]
        if signed_off
        else [""] * m
    )
    notes = text[Col.REMARK]
    extended = {t for t in set(status_text) if any(w in t for w in EXTENSION_WORDS)}  # each status once
    out[Col.REMARK] = (
        [
            "；".join(filter(None, [notes[i], "已申请延期"]))
            if state[i] == IN_PROGRESS and status_text[i] in extended
            else notes[i]
            for i in keep
        ]
        if extended
        else kept(notes)
    )
    for c in (
        Col.ID,
        Col.SOURCE,
        Col.CATEGORY,
        Col.DESCRIPTION,
        Col.MEASURES,
        Col.STATUS,
        Col.OWNER,
        Col.LEADER,
        Col.PROGRESS,
        Col.CLOSEOUT,
    ):
        out[c] = kept(text[c])
    progress_text = text[Col.PROGRESS]
    planned = _map(lambda t: expected_date(t, year, near), status_text, ("expected", year, near))
    planned_in_progress = _map(
        lambda t: expected_date(t, year, near), progress_text, ("expected", year, near)
    )
    out[Col.EXPECTED] = (
        [None if state[i] == DONE else planned[i] or planned_in_progress[i] for i in keep]
        if any(planned) or any(planned_in_progress)
        else [None] * m
    )
    out[Col.DEADLINE_TEXT] = kept(text[Col.DEADLINE])
    out[Col.UNIT_TEXT] = kept(unit_text)
    out[Col.REPORTED_ON] = [table.report_date] * m
    out[Col.FILE] = [file] * m
    out[Col.SHEET] = [sheet] * m
    out[Col.ROW] = kept(rows)
    out[Col.MERGED_CELLS] = (
        ["、".join(h for h in table.filled.get(r, []) if h) for r in out[Col.ROW]]
        if table.filled
        else [""] * m
    )
    extras = {f.header: kept(_texts(_column(table, f.index))) for f in table.extras}
    return Normalized(out, rejected, problems, extras)


RELATIVE_KINDS = ("relative", "workdays", "immediate")
CELL_LIMIT = 32767  # characters Excel keeps in a cell
CLOSED_NO = {"否", "未办结", "未完成", "未结案", "未销号"}
DEPARTMENT = re.compile(r"^[^\s，。；,;]{1,12}?(科|股|室|处|办公室|办|队|所|组|中心|部)$")


def _names_unit(text: str, units: UnitDirectory) -> bool:
    """Whether a 责任部门 cell names a unit of the directory (or an office, not a section in one)."""
    if not text:
        return False
    if units.resolve(text) or units.find_in(text):
        return True
    return bool(re.search(r"(局|委员会|委|人民政府|政府|镇|乡|街道|县|区|公司|集团|厅)$", text))


VALUE = itemgetter(0)  # a ParsedDate's value


def _column(table: RawTable, index: int) -> list[Any]:
    return ["" if index >= len(row) or row[index] is None else row[index] for _, row in table.rows]


def _texts(values: Sequence[Any]) -> list[str]:
    """Cell values as text; text cells (most of them) only need their spaces trimmed."""
    try:
        return list(map(str.strip, values))  # in C: a column of text (stops at the first other value)
    except TypeError:
        kinds = set(map(type, values))
    if bool in kinds:  # True == 1 would share a memo entry with 1
        return [v.strip() if type(v) is str else as_text(v) for v in values]
    return _map(as_text, values, ("text",))  # dates and numbers (no True: that is not 1 here)


MEMO_LIMIT = 65536  # answers kept per kind of reading (a province's distinct dates fit many times)
_MEMOS: dict[tuple[object, ...], dict[Any, Any]] = {}


class _Read(NamedTuple):
    """A column read cell by cell: each row's answer, and each distinct cell's answer (None when
    the cells cannot be hashed), so that a check tests each distinct answer once."""

    values: list[Any]
    cells: Sequence[Any]
    answers: dict[Any, Any] | None = None

    def distinct(self) -> Iterable[Any]:
        return self.answers.values() if self.answers is not None else set(self.values)

    def rows(self, test: Callable[[Any, Any], bool]) -> Iterable[int]:
        """The rows whose (cell, answer) passes ``test``, in order; the rows are walked only when
        a distinct cell does (these are the rows a check flags: nearly always none)."""
        if self.answers is None:
            return [i for i, (c, a) in enumerate(zip(self.cells, self.values, strict=True)) if test(c, a)]
        return _rows_where(self.cells, self.answers, test)


def _rows_where(
    cells: Sequence[Any], answers: dict[Any, Any], test: Callable[[Any, Any], bool]
) -> Iterable[int]:
    """The rows whose cell, with its answer, passes ``test``: each distinct cell tested once, the
    rows walked (in C) only when one passes."""
    hits = {c for c, a in answers.items() if test(c, a)}
    if not hits:
        return ()
    return compress(range(len(cells)), map(hits.__contains__, cells))


def _map(func, values: Sequence[Any], memo_key: tuple[object, ...] | None = None) -> list[Any]:
    """``[func(v) for v in values]``, computing each distinct value once (see ``_read``)."""
    return _read(func, values, memo_key, answers=False).values


def _read(
    func, values: Sequence[Any], memo_key: tuple[object, ...] | None = None, answers: bool = True
) -> _Read:
    """``[func(v) for v in values]``, computing each distinct value once, with each distinct
    value's answer unless ``answers`` is False.

    With ``memo_key`` — what ``func`` reads, with every parameter it reads with — the answers are
    kept for the next table too: returns repeat the same dates and words, so most of a table is
    looked up in C instead of calling ``func`` (and its cache) for each of its distinct values.
    Values equal in Python share an answer (1 and 1.0), as they do in ``func``'s own caches."""
    memo: dict[Any, Any] = {}
    if memo_key is not None:
        memo = _MEMOS.get(memo_key, memo)
        if not memo or len(memo) > MEMO_LIMIT:
            memo = _MEMOS[memo_key] = {}  # a fresh memo; a table still reading the old one keeps it
    try:
        distinct = set(values)
    except TypeError:  # an unhashable cell value
        return _Read([func(v) for v in values], values)
    for v in distinct.difference(memo) if memo else distinct:
        memo[v] = func(v)
    found = list(map(memo.__getitem__, values))  # in C
    return _Read(found, values, {v: memo[v] for v in distinct} if answers else None)


def _resolve_unit(
    text: str, table: RawTable, units: UnitDirectory
) -> tuple[str, tuple[Any, ...] | None, str]:
    """(unit name for the ledger, the problem to report or None, 责任部门) for one 责任单位 text.

    A section inside the reporting unit (办公室, 财务科) is its 责任部门, never a unit of its own;
    a unit missing from the directory keeps its rows under its own name, with a warning."""
    owner = table.unit.name if table.unit is not None else table.unit_text
    if text:
        unit = (
            units.resolve(text) or units.resolve(re.split(r"[、,，/／;；\n]", text)[0]) or units.find_in(text)
        )
        if unit is not None:
            return unit.name, None, ""
        if owner and DEPARTMENT.match(text) and not _names_unit(text, units):
            return owner, None, text
        if table.unit is not None:
            return (
                table.unit.name,
                (
                    "unknown-unit",
                    Col.UNIT,
                    text,
                    f"，已按填报单位「{table.unit.name}」统计",
                ),
                "",
            )
        return text, ("unknown-unit", Col.UNIT, text, "，已按原文单独统计，请在单位名录中补充"), ""
    if table.unit is not None:
        return table.unit.name, None, ""
    if table.unit_text:
        return table.unit_text, None, ""
    return "", ("unit-missing", Col.UNIT, None, ""), ""


def _columns(table: RawTable) -> tuple[dict[str, Sequence[Any]], set[str]]:
    """Canonical column -> raw values, one per row. Several 责任单位 columns are joined with 、;
    a header like 责任单位\\n责任人 splits each value on its line break."""
    n = len(table.rows)
    cols: dict[str, Sequence[Any]] = {c: [""] * n for c in (*COLUMNS, "_填报单位")}
    filled: set[str] = set()
    transposed = table.columns()  # made by intake's row filter, most of the time (no None in them)
    clean = transposed is not None
    if transposed is None:
        lines = [row for _, row in table.rows]
        if n and len(set(map(len, lines))) == 1:
            transposed = list(zip(*lines, strict=True))
        else:
            transposed = [
                [row[c] if c < len(row) else "" for row in lines]
                for c in range(max(map(len, lines), default=0))
            ]
    for f in table.fields:
        source = transposed[f.index] if f.index < len(transposed) else [""] * n
        values = source if clean or None not in source else ["" if v is None else v for v in source]
        if len(f.targets) > 1:
            parts = _map(partial(_split, count=len(f.targets)), values)
            for k, target in enumerate(f.targets):
                column = [p[k] if k < len(p) else "" for p in parts]
                cols[target] = column if target not in filled else _first(cols[target], column)
                filled.add(target)
            continue
        target = f.targets[0]
        if target == Col.UNIT and target in filled:
            cols[target] = [
                f"{as_text(a)}、{as_text(b)}" if a != "" and b != "" else (a if a != "" else b)
                for a, b in zip(cols[target], values, strict=True)
            ]
        elif target in filled:
            cols[target] = _first(cols[target], values)
        else:
            cols[target] = values
        filled.add(target)
    return cols, filled


def _split(value: object, count: int) -> list[object]:
    if value == "":
        return []
    parts = [p.strip() for p in re.split(r"[\n/／]+", as_text(value)) if p.strip()]
    return parts if len(parts) >= count else [as_text(value)]


def _first(a: Sequence[Any], b: Sequence[Any]) -> list[Any]:
    return [x if x != "" else y for x, y in zip(a, b, strict=True)]


def _rejected(table: RawTable, excel_row: int, values: Sequence[object], reason: str) -> RejectedRow:
    """A row that is not merged, with everything the unit wrote in it."""
    original = "；".join(
        f"{f.header.replace(chr(10), '')}={as_text(values[f.index])}"
        for f in (*table.fields, *table.extras)
        if f.index < len(values) and values[f.index] not in ("", None)
    )
    if len(original) > CELL_LIMIT:  # one Excel cell holds this much; the rest is in the return itself
        original = original[: CELL_LIMIT - 20] + "……（过长，其余见原文件）"
    return RejectedRow(table.file, table.sheet, excel_row, REJECTED, reason, original)

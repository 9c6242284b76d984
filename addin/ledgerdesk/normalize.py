"""Raw cells -> canonical values: dates in every written form, status words, unit names.

The original text always travels with the parsed value; what cannot be parsed becomes a Problem
naming the file, sheet, Excel row and column.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache, partial
from typing import TYPE_CHECKING

from .problems import Problem, make_problem
from .schema import (
    COLUMNS,
    DONE,
    EXTENSION_WORDS,
    IN_PROGRESS,
    LONG_TERM,
    NOT_STARTED,
    REQUIRED,
    STATE_LABELS,
    STATUS_WORDS,
    VERIFIED_WORDS,
    UnitDirectory,
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

# Provenance and derived columns of the merged ledger, after the canonical ones.
PROVENANCE = ("来源文件", "来源工作表", "来源行")
DERIVED = ("整改时限原文", "时限类型", "状态归类", "是否销号", "单位原文", "填报日期")
LEDGER_COLUMNS = (*COLUMNS, *DERIVED, *PROVENANCE)

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


@dataclass(frozen=True)
class ParsedDate:
    value: date | None
    kind: str | None  # a DEADLINE_KINDS key, "blank", or None when the text is not understood


BLANK = ParsedDate(None, "blank")
UNKNOWN = ParsedDate(None, None)


def as_text(value: object) -> str:
    """A cell value as the text a clerk would see (序号 1.0 -> "1", dates as ISO)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


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
    return _parse_date(value, year, base, calendar, near, ahead)


HALF_YEAR = timedelta(days=183)


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
    return UNKNOWN


@lru_cache(maxsize=8192)
def _status_key(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"[（(][^）)]*[）)]", "", text)  # 已完成（2024.6.15）
    return re.sub(r"[\s、，,。；;：:!！]+", "", text)


def parse_status(text: object) -> str | None:
    """The canonical state for a status word (done/in_progress/not_started/long_term), or None."""
    return _parse_status(as_text(text))


@lru_cache(maxsize=8192)
def _parse_status(text: str) -> str | None:
    key = _status_key(text)
    if not key:
        return None
    if key in STATUS_WORDS:
        return STATUS_WORDS[key]
    if "长期" in key or "常态" in key:
        return LONG_TERM
    if re.search(r"基本完成|部分|正在|整改中|办理中|推进|持续|延期|序时", key):
        return IN_PROGRESS
    if key.startswith("已") and re.search(r"完成|整改|办结|解决|销号|到位", key):
        return DONE
    if re.search(r"未|滞后|尚未|没有|暂无", key):
        return NOT_STARTED
    if re.search(r"完成|办结|到位|销号|解决", key):
        return DONE
    return None


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

    columns: dict[str, list]  # LEDGER_COLUMNS -> values of the kept rows
    rejected: list[dict]
    problems: list[Problem]

    def __len__(self) -> int:
        return len(self.columns["来源行"])


def normalize_table(
    table: RawTable, units: UnitDirectory, as_of: date, calendar: WorkCalendar = OFFICIAL
) -> Normalized:
    """Canonical values for the rows of one table, the rows it rejects, and the problems found.

    Works column by column: a return repeats the same words and dates many times, so each distinct
    value is parsed once; only the checks that name a row run row by row.
    """
    problems: list[Problem] = []
    rejected: list[dict] = []
    file, sheet = table.file, table.sheet
    present = table.canonical
    year = (table.report_date or as_of).year
    rows = [excel_row for excel_row, _ in table.rows]
    n = len(rows)

    missing = [c for c in REQUIRED if c not in present]
    if missing:
        for column in missing:
            problems.append(
                make_problem(
                    "missing-column", file, sheet=sheet, row=table.header_row, column=column, detail=str(n)
                )
            )
        for excel_row, values in table.rows:
            rejected.append(_rejected(table, excel_row, values, f"缺少必填列「{'、'.join(missing)}」"))
        return Normalized({c: [] for c in LEDGER_COLUMNS}, rejected, problems)

    if table.unit is None and table.unit_text and "责任单位" not in present:
        problems.append(
            make_problem(
                "unknown-unit",
                file,
                sheet=sheet,
                row=table.header_row,
                column="填报单位",
                value=table.unit_text,
                detail="，请在单位名录中补充",
            )
        )

    raw, filled = _columns(table)
    blank = [""] * n  # shared by the columns the table does not have; never changed in place
    # 发现时间 and 完成时间 as text only name a value in a problem: made for those rows alone.
    lazy = {"发现时间", "完成时间"}
    text = {c: _texts(raw[c]) if c in filled else blank for c in raw if c not in lazy}
    unit_text = [a or b for a, b in zip(text["责任单位"], text["_填报单位"], strict=True)]
    unit_of = {t: _resolve_unit(t, table, units) for t in set(unit_text)}
    near = table.report_date
    found = _map(lambda v: parse_date(v, year, near=near, ahead=False), raw["发现时间"])
    deadline = _map(
        lambda pair: parse_date(pair[0], year, pair[1], calendar, near=near, ahead=True),
        list(zip(raw["整改时限"], [f.value for f in found], strict=True)),
    )
    finish = _map(lambda v: parse_date(v, year, near=near, ahead=False), raw["完成时间"])
    status_text = text["整改状态"]
    state = _map(_parse_status, status_text)
    has_finish_column = "完成时间" in present

    # Cheap test first: most rows have nothing to report and take the fast path.
    unit_flags = [unit_of[t][1] for t in unit_text]
    doubtful = [
        i
        for i, (uf, desc, f, d, e, st, stt) in enumerate(
            zip(unit_flags, text["问题描述"], found, deadline, finish, state, status_text, strict=True)
        )
        if uf
        or not desc
        or f.kind is None
        or d.kind is None
        or d.kind == "workdays"
        or e.kind is None
        or not stt
        or st is None
        or (st == DONE and e.value is None and has_finish_column and e.kind == "blank")
        or (e.value is not None and f.value is not None and e.value < f.value)
        or (e.value is not None and e.value > as_of)
    ]
    dropped: set[int] = set()
    for i in doubtful:
        flags: list[tuple] = []  # (code, column, value, detail)
        unit_flag = unit_flags[i]
        if unit_flag is not None:
            flags.append(unit_flag)
        if not text["问题描述"][i]:
            flags.append(("blank-description", "问题描述", None, ""))
        f, d, e = found[i], deadline[i], finish[i]
        if f.kind is None:
            flags.append(("unparseable-date", "发现时间", as_text(raw["发现时间"][i]), ""))
        if d.kind is None:
            flags.append(("unparseable-date", "整改时限", text["整改时限"][i], ""))
        elif d.kind == "workdays" and f.value and d.value:
            outside = sorted({x.year for x in (f.value, d.value) if calendar.uses_fallback(x)})
            if outside:
                flags.append(
                    ("calendar-fallback", "整改时限", text["整改时限"][i], "、".join(map(str, outside)))
                )
        if e.kind is None:
            flags.append(("unparseable-date", "完成时间", as_text(raw["完成时间"][i]), ""))
        st = state[i]
        if not status_text[i]:
            if e.value is not None:
                state[i] = DONE
                flags.append(("status-inferred", "整改状态", None, ""))
            else:
                flags.append(("missing-status", "整改状态", None, ""))
        elif st is None:
            flags.append(("unknown-status", "整改状态", status_text[i], ""))
        elif st == DONE and e.value is None and has_finish_column and e.kind == "blank":
            flags.append(("done-without-finish-date", "完成时间", None, ""))
        if e.value and f.value and e.value < f.value:
            flags.append(
                ("finish-before-found", "完成时间", as_text(raw["完成时间"][i]), f"{e.value} < {f.value}")
            )
        if e.value and e.value > as_of:
            flags.append(
                ("finish-after-as-of", "完成时间", as_text(raw["完成时间"][i]), f"{e.value} > {as_of}")
            )
        row_problems = [
            make_problem(code, file, sheet=sheet, row=rows[i], column=col, value=val, detail=det)
            for code, col, val, det in flags
        ]
        problems.extend(row_problems)
        errors = [p.message for p in row_problems if p.severity == "error"]
        if errors:
            rejected.append(_rejected(table, rows[i], table.rows[i][1], "；".join(errors)))
            dropped.add(i)

    keep = [i for i in range(n) if i not in dropped] if dropped else range(n)

    def kept(values: list) -> list:
        return [values[i] for i in keep] if dropped else values

    out: dict[str, list] = {}
    out["责任单位"] = [unit_of[t][0] for t in kept(unit_text)]
    out["发现时间"] = [d.value for d in kept(found)]
    out["整改时限"] = [d.value for d in kept(deadline)]
    out["时限类型"] = [DEADLINE_KINDS.get(d.kind or "", "") for d in kept(deadline)]
    out["完成时间"] = [d.value for d in kept(finish)]
    out["状态归类"] = [STATE_LABELS.get(st or "", "") for st in kept(state)]
    out["是否销号"] = [
        "是" if state[i] == DONE and is_verified(status_text[i], text["销号情况"][i]) else "" for i in keep
    ]
    notes = text["备注"]
    out["备注"] = [
        "；".join(filter(None, [notes[i], "已申请延期"]))
        if state[i] == IN_PROGRESS and any(w in status_text[i] for w in EXTENSION_WORDS)
        else notes[i]
        for i in keep
    ]
    for c in (
        "问题编号",
        "问题来源",
        "问题类别",
        "问题描述",
        "整改措施",
        "整改状态",
        "责任人",
        "责任领导",
        "整改进展",
        "销号情况",
    ):
        out[c] = kept(text[c])
    out["整改时限原文"] = kept(text["整改时限"])
    out["单位原文"] = kept(unit_text)
    m = len(keep)
    out["填报日期"] = [table.report_date] * m
    out["来源文件"] = [file] * m
    out["来源工作表"] = [sheet] * m
    out["来源行"] = kept(rows)
    return Normalized(out, rejected, problems)


def _texts(values: list) -> list[str]:
    """Cell values as text; text cells (most of them) only need their spaces trimmed."""
    kinds = set(map(type, values))
    if kinds <= {str}:
        return [v.strip() for v in values]
    if bool in kinds:  # True == 1 would share a memo entry with 1
        return [v.strip() if type(v) is str else as_text(v) for v in values]
    return _map(as_text, values)  # dates and numbers: each distinct value once


def _map(func, values: list) -> list:
    """``[func(v) for v in values]``, computing each distinct value once."""
    try:
        memo = {v: func(v) for v in set(values)}
    except TypeError:  # an unhashable cell value
        return [func(v) for v in values]
    return [memo[v] for v in values]


def _resolve_unit(text: str, table: RawTable, units: UnitDirectory) -> tuple[str, tuple | None]:
    """(unit name for the ledger, the problem to report or None) for one 责任单位 text."""
    if text:
        unit = (
            units.resolve(text) or units.resolve(re.split(r"[、,，/／;；\n]", text)[0]) or units.find_in(text)
        )
        if unit is not None:
            return unit.name, None
        if table.unit is not None:
            return table.unit.name, (
                "unknown-unit",
                "责任单位",
                text,
                f"，已按填报单位「{table.unit.name}」统计",
            )
        return text, ("unknown-unit", "责任单位", text, "，请在单位名录中补充")
    if table.unit is not None:
        return table.unit.name, None
    if table.unit_text:
        return table.unit_text, None
    return "", ("unit-missing", "责任单位", None, "")


def _columns(table: RawTable) -> tuple[dict[str, list], set[str]]:
    """Canonical column -> raw values, one per row. Several 责任单位 columns are joined with 、;
    a header like 责任单位\\n责任人 splits each value on its line break."""
    n = len(table.rows)
    cols: dict[str, list] = {c: [""] * n for c in (*COLUMNS, "_填报单位")}
    filled: set[str] = set()
    lines = [row for _, row in table.rows]
    if n and len(set(map(len, lines))) == 1:
        transposed: list[Sequence[object]] = list(zip(*lines, strict=True))
    else:
        transposed = [
            [row[c] if c < len(row) else "" for _, row in table.rows]
            for c in range(max((len(row) for _, row in table.rows), default=0))
        ]
    for f in table.fields:
        source = transposed[f.index] if f.index < len(transposed) else [""] * n
        values = ["" if v is None else v for v in source] if None in source else list(source)
        if len(f.targets) > 1:
            parts = _map(partial(_split, count=len(f.targets)), values)
            for k, target in enumerate(f.targets):
                column = [p[k] if k < len(p) else "" for p in parts]
                cols[target] = column if target not in filled else _first(cols[target], column)
                filled.add(target)
            continue
        target = f.targets[0]
        if target == "责任单位" and target in filled:
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


def _first(a: list, b: list) -> list:
    return [x if x != "" else y for x, y in zip(a, b, strict=True)]


def _rejected(table: RawTable, excel_row: int, values: Sequence[object], reason: str) -> dict:
    """A row that is not merged, with everything the unit wrote in it."""
    original = "；".join(
        f"{f.header.replace(chr(10), '')}={as_text(values[f.index])}"
        for f in table.fields
        if f.index < len(values) and values[f.index] not in ("", None)
    )
    return {
        "来源文件": table.file,
        "来源工作表": table.sheet,
        "来源行": excel_row,
        "处理": "退回",
        "原因": reason,
        "原始内容": original,
    }

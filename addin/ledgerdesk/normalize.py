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
from typing import TYPE_CHECKING

from .problems import Problem, make_problem
from .schema import (
    COLUMNS,
    DATE_COLUMNS,
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
    value: object, year: int | None, base: date | None = None, calendar: WorkCalendar = OFFICIAL
) -> ParsedDate:
    """A date cell as written by a unit: real dates, Excel serials, 2024.6.30, 6月底前, 长期坚持 …

    ``year`` fills in dates written without one (taken from the return's 填报日期); ``base`` is
    the start of relative deadlines (2个月内, 5个工作日内, 立行立改), usually the 发现时间.
    """
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
            return parse_date(str(int(value)), year, base, calendar)
        return UNKNOWN
    text = unicodedata.normalize("NFKC", str(value)).strip()
    text = re.sub(r"\s+", "", text)
    if not text:
        return BLANK
    text = re.sub(r"(之前|以前|前|止|为止)$", "", text)
    text = text.replace("底", "末")
    y_default = year or date.today().year

    if re.fullmatch(r"\d{5}(\.0+)?", text):
        return parse_date(float(text), year, base, calendar)
    if m := re.fullmatch(r"(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})日?(?:\d{1,2}:\d{2}(?::\d{2})?)?", text):
        d = _safe_date(int(m[1]), int(m[2]), int(m[3]))
        return ParsedDate(d, "date") if d else UNKNOWN
    if m := re.fullmatch(r"(\d{4})(\d{2})(\d{2})", text):
        d = _safe_date(int(m[1]), int(m[2]), int(m[3]))
        return ParsedDate(d, "date") if d else UNKNOWN
    if m := re.fullmatch(r"(?:(\d{4})[-./年])?" + NUM + r"[月.]" + NUM + r"[日号]?", text):
        d = _safe_date(int(m[1]) if m[1] else y_default, _num(m[2]), _num(m[3]))
        return ParsedDate(d, "date") if d else UNKNOWN
    if m := re.fullmatch(r"(?:(\d{4})[-./年])?" + NUM + r"月(?:末|份|内)?", text) or re.fullmatch(
        r"(\d{4})[-./](\d{1,2})", text
    ):
        d = _month_end(int(m[1]) if m[1] else y_default, _num(m[2]))
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


def _status_key(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"[（(][^）)]*[）)]", "", text)  # 已完成（2024.6.15）
    return re.sub(r"[\s、，,。；;：:!！]+", "", text)


def parse_status(text: object) -> str | None:
    """The canonical state for a status word (done/in_progress/not_started/long_term), or None."""
    key = _status_key(as_text(text))
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


def is_verified(status_text: str, closeout_text: str) -> bool:
    """销号: done and checked off by the supervising office."""
    key = _status_key(status_text)
    close = _status_key(closeout_text)
    return any(w == key or key.endswith(w) for w in VERIFIED_WORDS) or (
        bool(close) and ("已销号" in close or close in ("是", "已", "销号")) and "未" not in close
    )


def normalize_table(
    table: RawTable, units: UnitDirectory, as_of: date, calendar: WorkCalendar = OFFICIAL
) -> tuple[list[dict], list[dict], list[Problem]]:
    """Canonical records for the rows of one table, the rows it rejects, and the problems found."""
    problems: list[Problem] = []
    kept: list[dict] = []
    rejected: list[dict] = []
    file, sheet = table.file, table.sheet
    present = table.canonical
    year = (table.report_date or as_of).year

    missing = [c for c in REQUIRED if c not in present]
    if missing:
        for column in missing:
            problems.append(
                make_problem(
                    "missing-column",
                    file,
                    sheet=sheet,
                    row=table.header_row,
                    column=column,
                    detail=str(len(table.rows)),
                )
            )
        for excel_row, values in table.rows:
            rejected.append(_rejected(table, excel_row, values, f"缺少必填列「{'、'.join(missing)}」"))
        return kept, rejected, problems

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

    for excel_row, values in table.rows:
        raw = _cells(table, values)
        row_problems: list[Problem] = []

        def flag(
            code: str,
            column: str | None = None,
            value: object = None,
            detail: str = "",
            _into=row_problems,
            _row=excel_row,
        ) -> None:
            _into.append(
                make_problem(code, file, sheet=sheet, row=_row, column=column, value=value, detail=detail)
            )

        rec: dict[str, object] = {c: raw.get(c, "") for c in COLUMNS}
        rec.update(
            {"来源文件": file, "来源工作表": sheet, "来源行": excel_row, "填报日期": table.report_date}
        )

        # Unit: the row's own 责任单位, else the unit the return belongs to.
        unit_text = as_text(raw.get("责任单位") or raw.get("_填报单位") or "")
        rec["单位原文"] = unit_text
        if unit_text:
            unit = units.resolve(unit_text) or units.resolve(re.split(r"[、,，/／;；\n]", unit_text)[0])
            unit = unit or units.find_in(unit_text)
            if unit is not None:
                rec["责任单位"] = unit.name
            elif table.unit is not None:
                rec["责任单位"] = table.unit.name
                flag("unknown-unit", "责任单位", unit_text, f"，已按填报单位「{table.unit.name}」统计")
            else:
                rec["责任单位"] = unit_text
                flag("unknown-unit", "责任单位", unit_text, "，请在单位名录中补充")
        elif table.unit is not None:
            rec["责任单位"] = table.unit.name
        elif table.unit_text:
            rec["责任单位"] = table.unit_text
        else:
            flag("unit-missing", "责任单位")

        if not as_text(raw.get("问题描述")):
            flag("blank-description", "问题描述")

        found = parse_date(raw.get("发现时间"), year)
        if found.kind is None:
            flag("unparseable-date", "发现时间", as_text(raw.get("发现时间")))
        rec["发现时间"] = found.value

        deadline = parse_date(raw.get("整改时限"), year, base=found.value, calendar=calendar)
        if deadline.kind is None:
            flag("unparseable-date", "整改时限", as_text(raw.get("整改时限")))
        elif deadline.kind == "workdays" and found.value and deadline.value:
            outside = sorted({d.year for d in (found.value, deadline.value) if calendar.uses_fallback(d)})
            if outside:
                flag(
                    "calendar-fallback",
                    "整改时限",
                    as_text(raw.get("整改时限")),
                    "、".join(map(str, outside)),
                )
        rec["整改时限"] = deadline.value
        rec["整改时限原文"] = as_text(raw.get("整改时限"))
        rec["时限类型"] = DEADLINE_KINDS.get(deadline.kind or "", "")

        finish = parse_date(raw.get("完成时间"), year)
        if finish.kind is None:
            flag("unparseable-date", "完成时间", as_text(raw.get("完成时间")))
        rec["完成时间"] = finish.value

        status_text = as_text(raw.get("整改状态"))
        state = parse_status(status_text)
        if not status_text:
            if finish.value is not None:
                state = DONE
                flag("status-inferred", "整改状态")
            else:
                flag("missing-status", "整改状态")
        elif state is None:
            flag("unknown-status", "整改状态", status_text)
        elif state == DONE and finish.value is None and "完成时间" in present and finish.kind == "blank":
            flag("done-without-finish-date", "完成时间")
        rec["整改状态"] = status_text
        rec["状态归类"] = STATE_LABELS.get(state or "", "")
        rec["是否销号"] = (
            "是" if state == DONE and is_verified(status_text, as_text(raw.get("销号情况"))) else ""
        )
        if state == IN_PROGRESS and any(w in status_text for w in EXTENSION_WORDS):
            rec["备注"] = "；".join(filter(None, [as_text(rec["备注"]), "已申请延期"]))

        if finish.value and found.value and finish.value < found.value:
            flag(
                "finish-before-found",
                "完成时间",
                as_text(raw.get("完成时间")),
                f"{finish.value} < {found.value}",
            )
        if finish.value and finish.value > as_of:
            flag("finish-after-as-of", "完成时间", as_text(raw.get("完成时间")), f"{finish.value} > {as_of}")

        for c in COLUMNS:
            if c not in DATE_COLUMNS and c != "责任单位":
                rec[c] = as_text(rec[c])
        problems.extend(row_problems)
        errors = [p for p in row_problems if p.severity == "error"]
        if errors:
            rejected.append(_rejected(table, excel_row, values, "；".join(p.message for p in errors)))
        else:
            kept.append(rec)
    return kept, rejected, problems


def _cells(table: RawTable, values: Sequence[object]) -> dict[str, object]:
    """Canonical column -> raw value for one row; several 责任单位 columns are joined with 、."""
    out: dict[str, object] = {}
    for f in table.fields:
        value = values[f.index] if f.index < len(values) else ""
        if value in ("", None):
            continue
        if len(f.targets) > 1:
            parts = [p.strip() for p in re.split(r"[\n/／]+", as_text(value)) if p.strip()]
            if len(parts) < len(f.targets):
                parts = [as_text(value)]
            for target, part in zip(f.targets, parts, strict=False):
                out.setdefault(target, part)
            continue
        target = f.targets[0]
        if target == "责任单位" and target in out:
            out[target] = f"{as_text(out[target])}、{as_text(value)}"
        else:
            out.setdefault(target, value)
    return out


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

"""What a clerk put into a master by hand: read before the tool rewrites the master, put back after.

A master is the clerk's record. Between two runs a clerk adds sheets, adds columns to the tool's
tables (a 督办意见 beside an item, a 处理情况 beside a problem), writes notes in 说明. The tool writes
the master again from scratch, so whatever it does not compute itself is read here first and
written back by ``write_master``:

- a sheet that is not the tool's — by its header, not only its name: a clerk's sheet named 变化情况
  whose first row is not the tool's header stays the clerk's (renamed ``变化情况（办事员）`` when the
  tool writes a 变化情况 of its own this time);
- a column the clerk added to one of the tool's tables, matched to its row by the row's key (the
  item's 责任单位 and 问题描述, the problem's file, row and code …), so it follows its row wherever
  the row is written now;
- rows of 说明 outside the tool's two tables, under 办事员备注;
- 变更记录 and 下发原值 when this run does not write them (a fresh merge over a master keeps them).
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from ..model import (
    ABOUT_COLUMNS,
    AUDIT,
    CHANGE_COLUMNS,
    FILE_COLUMNS,
    LEDGER_VIEW,
    OVERDUE_LIST,
    OWN_SHEETS,
    PROBLEM_COLUMNS,
    RATE_CHANGES,
    READING_COLUMNS,
    REJECTED_COLUMNS,
    SENT_COLUMNS,
    UNIT_STATS,
    Col,
    Sheet,
)
from ..reading.cells import as_text

if TYPE_CHECKING:
    from pathlib import Path

    from ..table import Table

CLERK = "（办事员）"  # after the name of a clerk's sheet or column that the tool also writes
NOTES = "办事员备注（原样保留）"

# The header of each of the tool's sheets, and the columns that tell one row of it from another.
TOOL_COLUMNS: dict[str, tuple[str, ...]] = {
    Sheet.LEDGER: (*LEDGER_VIEW, *AUDIT),
    Sheet.UNITS: UNIT_STATS,
    Sheet.OVERDUE: OVERDUE_LIST,
    Sheet.PROBLEMS: PROBLEM_COLUMNS,
    Sheet.REJECTED: REJECTED_COLUMNS,
    Sheet.READING: READING_COLUMNS,
    Sheet.CHANGES: RATE_CHANGES,
    Sheet.CHANGE_LOG: CHANGE_COLUMNS,
    Sheet.SILENT: (Col.SEQ, Col.SILENT_UNIT),
    Sheet.ABOUT: ABOUT_COLUMNS,
    Sheet.SENT: SENT_COLUMNS,
}
ROW_KEYS: dict[str, tuple[str, ...]] = {
    Sheet.LEDGER: (Col.UNIT, Col.DESCRIPTION),
    Sheet.UNITS: (Col.UNIT_NAME,),
    Sheet.OVERDUE: (Col.UNIT, Col.DESCRIPTION),
    Sheet.PROBLEMS: (Col.CODE, Col.FILE_NAME, Col.SHEET_NAME, Col.ROW_NUMBER, Col.COLUMN, Col.VALUE),
    Sheet.REJECTED: (Col.FILE, Col.SHEET, Col.ROW),
    Sheet.READING: (Col.FILE_NAME, Col.SHEET_NAME, Col.ASPECT, Col.WRITTEN),
    Sheet.SILENT: (Col.SILENT_UNIT,),
}
# Sheets carried as they were when this run does not write them.
KEPT_WHEN_NOT_WRITTEN = (Sheet.CHANGE_LOG, Sheet.SENT)


# The Excel tables the tool writes, by the sheet each is on: the tool's mark on its sheets, which
# stays with the sheet when a clerk renames it (总台账 → 总台账（7月）) — Excel keeps a table's name.
MARKS = {
    "Ledger": Sheet.LEDGER,
    "UnitStats": Sheet.UNITS,
    "Overdue": Sheet.OVERDUE,
    "Problems": Sheet.PROBLEMS,
    "Rejected": Sheet.REJECTED,
    "Reading": Sheet.READING,
    "RateChanges": Sheet.CHANGES,
    "About": Sheet.ABOUT,
    "Sent": Sheet.SENT,
    "ChangeLog": Sheet.CHANGE_LOG,
    "Silent": Sheet.SILENT,
}
TABLE_OF = {sheet: table for table, sheet in MARKS.items()}


def marked_sheets(path: Path) -> dict[str, str]:
    """The master's sheets that carry the tool's mark: current sheet name -> the tool's sheet."""
    import python_calamine

    try:
        return _marks(python_calamine.CalamineWorkbook.from_path(str(path), load_tables=True))
    except Exception:
        return {}  # not a workbook we can read


def _marks(book: Any) -> dict[str, str]:
    """marked_sheets of a workbook opened with its tables loaded."""
    try:
        return {book.get_table_by_name(t).sheet: MARKS[t] for t in book.table_names or () if t in MARKS}
    except Exception:
        return {}  # no tables to read (a workbook not written by the tool, or an old one)


def is_tool_sheet(name: str, header: list[Any], marks: dict[str, str] | None = None) -> bool:
    """A sheet is the tool's when it carries the tool's mark (one of its tables), or, in a master
    without marks, when it has the tool's name and at least half the tool's header."""
    if marks and name in marks:
        return True
    if name not in OWN_SHEETS or (marks and name in marks.values()):
        return False  # (the tool's sheet of that name is another, which the clerk renamed)
    labels = {as_text(v) for v in header}
    expected = TOOL_COLUMNS[name]
    return sum(c in labels for c in expected) * 2 >= len(expected)


def cell_key(value: Any) -> str:
    """One cell as the text a row key compares: 3 and 3.0 alike, a date as its day."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    return as_text(value).strip()


@dataclass
class _Columns:
    """A clerk's columns on one of the tool's tables: their names and, per row key, their values."""

    keys: tuple[str, ...]
    names: list[str]
    rows: dict[tuple[str, ...], deque[list[Any]]]


@dataclass
class ClerkEdits:
    """What a clerk added to a master, as read from it before it is written again."""

    sheets: dict[str, list[list[Any]]] = field(default_factory=dict)
    columns: dict[str, _Columns] = field(default_factory=dict)
    notes: list[list[Any]] = field(default_factory=list)
    kept: dict[str, list[list[Any]]] = field(default_factory=dict)  # the tool's sheets kept if not written

    @classmethod
    def read(cls, path: Path) -> ClerkEdits:
        import python_calamine

        edits = cls()
        try:
            book = python_calamine.CalamineWorkbook.from_path(str(path), load_tables=True)
            marks = _marks(book)
            # each sheet's first row first: a tool's table is read whole only when the clerk added
            # columns to it (a master of 500 000 items is not read again for nothing)
            headers = {name: book.get_sheet_by_name(name).to_python(nrows=1) for name in book.sheet_names}
            for sheet, top in headers.items():
                header = top[0] if top else []
                if not is_tool_sheet(sheet, header, marks):
                    edits.sheets[sheet] = book.get_sheet_by_name(sheet).to_python()
                    continue
                name = marks.get(sheet, sheet)  # a tool's sheet the clerk renamed is that sheet still
                if name == Sheet.ABOUT:
                    edits.notes = _notes(book.get_sheet_by_name(sheet).to_python())
                elif name in ROW_KEYS and _extra_columns(name, header):
                    edits._read_columns(name, book.get_sheet_by_name(sheet).to_python())
                if name in KEPT_WHEN_NOT_WRITTEN:
                    edits.kept[name] = book.get_sheet_by_name(sheet).to_python()
        except Exception:
            return cls()  # not a workbook we can read: nothing to carry (the copy in 历史版本 keeps it)
        return edits

    def _read_columns(self, name: str, grid: list[list[Any]]) -> None:
        header = [as_text(v) for v in grid[0]]
        extra = _extra_columns(name, grid[0])
        keys = tuple(c for c in ROW_KEYS[name] if c in header)
        if not extra or not keys:
            return
        at = [header.index(c) for c in keys]
        rows: dict[tuple[str, ...], deque[list[Any]]] = {}
        for row in grid[1:]:
            values = [row[k] if k < len(row) else None for k in extra]
            if all(v in ("", None) for v in values):
                continue
            key = tuple(cell_key(row[k] if k < len(row) else None) for k in at)
            rows.setdefault(key, deque()).append(values)
        if rows:
            self.columns[name] = _Columns(keys, [header[k] for k in extra], rows)

    def add_columns(self, name: str, frame: Table) -> Table:
        """``frame`` (a table the tool is about to write on sheet ``name``) with the clerk's columns
        of that sheet after its own, each value on the row with the same key."""
        carried = self.columns.get(name)
        if carried is None or not all(k in frame.columns for k in carried.keys):
            return frame
        names = [c for c in carried.names if c not in frame.columns]
        if not names:
            return frame
        at = [carried.names.index(c) for c in names]
        pending = {key: deque(rows) for key, rows in carried.rows.items()}
        values: list[list[Any]] = [[] for _ in names]
        for key_values in zip(*(frame[k] for k in carried.keys), strict=True):
            queue = pending.get(tuple(map(cell_key, key_values)))
            row = queue.popleft() if queue else None
            for j, k in enumerate(at):
                values[j].append("" if row is None or row[k] is None else row[k])
        return frame.with_columns(dict(zip(names, values, strict=True)))

    def sheet_names(self, written: set[str]) -> dict[str, str]:
        """The clerk's sheets by the name each is written under: its own, unless the tool writes a
        sheet of that name this time (then with （办事员） after it)."""
        names: dict[str, str] = {}
        for name in self.sheets:
            new = name if name not in written else f"{name[: 31 - len(CLERK)]}{CLERK}"
            n = 2
            while new in written or new in names.values():
                new = f"{name[:26]}（{n}）"
                n += 1
            names[name] = new
        return names


def _extra_columns(name: str, header: list[Any]) -> list[int]:
    """The columns of a tool's sheet that the tool does not write there: the clerk's."""
    tool = set(TOOL_COLUMNS[name])
    return [k for k, v in enumerate(header) if (label := as_text(v)) and label not in tool]


def _notes(grid: list[list[Any]]) -> list[list[Any]]:
    """The rows of 说明 outside the tool's two tables (设置 and counts, then the files read), and
    cells a clerk wrote beside those tables' rows."""
    notes: list[list[Any]] = []
    widths = {0: len(ABOUT_COLUMNS)}
    files_at = next(
        (k for k, row in enumerate(grid) if [as_text(v) for v in row[:2]] == list(FILE_COLUMNS[:2])), None
    )
    if files_at is not None:
        widths[files_at] = len(FILE_COLUMNS)
    in_table: int | None = None
    for k, row in enumerate(grid):
        filled = any(v not in ("", None) for v in row)
        if k in widths:
            in_table = widths[k]
            continue
        if in_table is not None and filled and any(v not in ("", None) for v in row[:in_table]):
            beside = [v for v in row[in_table:] if v not in ("", None)]
            if beside:
                notes.append([row[0], *beside])
            continue
        in_table = None
        if filled and as_text(row[0]) != NOTES:
            notes.append(list(row))
    return notes

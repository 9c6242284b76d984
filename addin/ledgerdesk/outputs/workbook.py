"""汇总台账.xlsx: the master workbook a clerk filters, prints, hand-edits and feeds back in.

Sheets: 总台账 (every merged item), 单位统计 (per-unit figures and a bar chart of completion rates,
by rank), 超期清单 (overdue and due-soon items, most overdue first), 校验问题 (every problem),
未采用行 (rejected and superseded rows, as written), 变化情况 (changes since the previous period,
when there is one) and 说明 (as-of date, settings, files read and the reconciliation).

Every table is an Excel table (ListObject) with a filter, a frozen header, Chinese-friendly
widths, date and percentage formats and conditional formats; every sheet prints on A4 landscape,
one page wide, with the header row repeated and "第 N 页 共 M 页" at the foot.

Written with XlsxWriter. Text from department files always goes through ``write_string``, so a
cell that starts with = + - @ stays text, never a formula. The file is written to a temporary
file beside the target and renamed, so a crash never leaves half a workbook; a target that is
open in Excel/WPS is reported in Chinese and left untouched.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import repeat
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.worksheet import Worksheet

from ..errors import LedgerdeskError
from ..figures.history import Delta
from ..figures.metrics import COUNTS, WARNING_LABELS, Metrics, format_date, most_overdue_first
from ..files import atomic_output, keep_version
from ..model import (
    ABOUT_COLUMNS,
    AUDIT,
    DATES,
    FILE_COLUMNS,
    ITEM_CHANGES,
    LEDGER_COLUMNS,
    LEDGER_VIEW,
    METRIC_COLUMNS,
    OVERDUE_LIST,
    PERCENTS,
    RATE_CHANGES,
    REJECTED_COLUMNS,
    SHOWN_DATES,
    UNIT_STATS,
    WRAP,
    About,
    Col,
    Sheet,
)
from ..model import width as column_width
from ..reading.cells import as_text
from ..reading.dates import parse_date
from ..reading.merge import FileOutcome, MergeResult
from ..reading.problems import CODE_BY_NAME, ERROR, WARNING, Problem, RejectedRow, Report
from ..reading.progress import parse_status
from ..reading.readings import reading_table
from ..reading.schema import STATE_LABELS, STATUS_CHOICES
from ..reading.settings import Settings, recorded_settings
from ..table import Table
from .chart import add_rate_chart
from .clerk import CLERK, NOTES, TABLE_OF, ClerkEdits, marked_sheets
from .sheetdata import DATE, NUMBER, TEXT, BulkTable, cell_value, register, stream_rows

Carry = Callable[[str, Table], Table]  # ClerkEdits.add_columns: a sheet's table with the clerk's columns
TABLE_STYLE = "Table Style Light 9"
BULK_ROWS = 500  # tables longer than this are streamed in (sheetdata.py), not written cell by cell
LINE_HEIGHT = 12  # points per line of 9 pt 宋体
# Column-width units on A4 landscape between 0.4" margins: about 148 at Excel's 7 px a unit, about
# 133 in LibreOffice; a sheet is laid out for 130 so that it prints the same in both.
PAGE_WIDTH = 130
# The workbook's default font sets the unit its column widths are counted in (the width of its
# digits). Calibri is missing where WPS or LibreOffice stand in for Excel, and its stand-in there is
# wider (DejaVu Sans): the same sheet then printed on twice the pages. Arial is on every Windows and
# Mac, and LibreOffice and WPS desktops carry a face with its very metrics (Liberation Sans).
DEFAULT_FONT = {"font_name": "Arial", "font_size": 10}
BOOK_OPTIONS = {
    "strings_to_formulas": False,  # a cell that starts with = is the text a unit wrote
    "strings_to_urls": False,
    "in_memory": True,
    "default_format_properties": DEFAULT_FONT,
}


class NotAMaster(LedgerdeskError, ValueError):
    """The file is not a master workbook ledgerdesk can read back."""


@dataclass
class _Formats:
    head: Any
    text: Any
    wrap: Any
    date: Any
    int: Any
    pct: Any
    red: Any
    yellow: Any
    green: Any


@dataclass
class MasterContent:
    """What a master workbook records besides the figures: the problems (校验问题), the rows left
    out (未采用行), the files read and the reconciliation (说明), the change since the previous
    period (变化情况), the sources, and sheets of the round trip (变更记录, 未报送)."""

    report: Report
    rejected: Table
    files: list[FileOutcome]
    counts: dict[str, int]
    delta: Delta | None = None
    inputs: Sequence[str] = ()
    extra_sheets: dict[str, Table] = field(default_factory=dict)
    reading: Table | None = None  # 读取情况 (readings.reading_table), when returns were read

    @classmethod
    def of(cls, merge: MergeResult, delta: Delta | None = None, inputs: Sequence[str] = ()) -> MasterContent:
        """What a merge of an inbox puts in the master."""
        reading = reading_table(merge.readings)
        return cls(merge.report, merge.rejected, merge.files, merge.counts, delta, inputs, reading=reading)


def write_master(
    path: str | Path,
    content: MasterContent,
    metrics: Metrics,
    settings: Settings | None = None,
) -> Path:
    """Write the master workbook atomically and return its path.

    ``content.extra_sheets`` (such as 变更记录 and 未报送 of the round trip) go before 说明. A master
    already at ``path`` is the clerk's record: it is first copied to 历史版本 (settings'
    keep_versions), and every sheet of it the tool does not write (a clerk's own) is carried over,
    values as they were, after 说明.
    """
    path = Path(path)
    settings = settings or metrics.settings
    as_of = format_date(metrics.as_of)
    edits = ClerkEdits.read(path) if path.is_file() else ClerkEdits()
    keep_version(path, settings.keep_versions)
    written = {Sheet.LEDGER, Sheet.UNITS, Sheet.OVERDUE, Sheet.PROBLEMS, Sheet.REJECTED, Sheet.ABOUT}
    written |= {*content.extra_sheets, *([Sheet.CHANGES] if content.delta else [])}
    if content.reading is not None and len(content.reading):
        written.add(Sheet.READING)
    extra = dict(content.extra_sheets)
    for name, grid in edits.kept.items():  # 变更记录 is the record: kept when this run writes none
        if name not in written and (kept := sheet_table(grid)) is not None:
            extra[name] = kept
            written.add(name)
    carry = edits.add_columns
    with atomic_output(path) as tmp:
        book = xlsxwriter.Workbook(str(tmp), BOOK_OPTIONS)
        book.set_properties({"title": f"汇总台账（截至{as_of}）", "author": "督查台账助手"})
        fmt = _formats(book)
        bulk: list[BulkTable] = []
        _ledger_sheet(book, fmt, metrics, as_of, bulk, carry)
        _units_sheet(book, fmt, metrics, as_of, carry)
        _overdue_sheet(book, fmt, metrics, as_of, bulk, carry)
        problems = carry(Sheet.PROBLEMS, content.report.to_table())
        _table_sheet(book, fmt, Sheet.PROBLEMS, "Problems", problems, as_of, bulk)
        _table_sheet(
            book, fmt, Sheet.REJECTED, "Rejected", carry(Sheet.REJECTED, content.rejected), as_of, bulk
        )
        if content.reading is not None and Sheet.READING in written:
            _reading_sheet(book, fmt, carry(Sheet.READING, content.reading), as_of, bulk)
        if content.delta:
            _changes_sheet(book, fmt, content.delta, as_of)
        for n, (sheet, frame) in enumerate(extra.items(), start=1):
            if sheet == Sheet.SENT:
                continue  # after 说明, out of sight
            _table_sheet(book, fmt, sheet, TABLE_OF.get(sheet, f"Extra{n}"), carry(sheet, frame), as_of, bulk)
        _about_sheet(book, fmt, content, metrics, settings, as_of, edits.notes)
        for name, new_name in edits.sheet_names(written).items():
            _grid_sheet(book, fmt, new_name, edits.sheets[name])
        if Sheet.SENT in extra:  # the round trip's base: the tool's, not the clerk's to edit
            _table_sheet(book, fmt, Sheet.SENT, "Sent", extra[Sheet.SENT], as_of, bulk).very_hidden()
        book.close()
        stream_rows(tmp, bulk)
    return path


def _grid_sheet(book: xlsxwriter.Workbook, fmt: _Formats, name: str, grid: list[list[Any]]) -> None:
    """A clerk's sheet, carried over: every value where it was, text as text."""
    ws = book.add_worksheet(name)
    for r, row in enumerate(grid):
        _grid_row(ws, fmt, r, row)


def _grid_row(ws: Worksheet, fmt: _Formats, r: int, row: list[Any]) -> None:
    for c, value in enumerate(row):
        if value in ("", None):
            continue
        if isinstance(value, bool):
            ws.write_boolean(r, c, value)
        elif isinstance(value, int | float):
            ws.write_number(r, c, value)
        elif isinstance(value, datetime | date):
            ws.write_datetime(
                r, c, value if isinstance(value, datetime) else datetime(*value.timetuple()[:3]), fmt.date
            )
        else:
            ws.write_string(r, c, str(value))


@dataclass
class Previous:
    """What a master holds that a rewrite by split or merge --master does not compute again."""

    problems: list[Problem]
    rejected: Table
    files: list[FileOutcome]
    counts: dict[str, int]


def recorded_as_of(path: Path) -> date | None:
    """The 统计截止日 a master records in its 说明 sheet (None for a file without one)."""
    import python_calamine

    try:
        value = _about_labels(_about_rows(python_calamine.CalamineWorkbook.from_path(str(path)))).get(
            About.AS_OF
        )
    except Exception:  # not a workbook we wrote: the caller decides what that means
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        return None


def master_settings(path: Path) -> Settings | None:
    """The settings a master records in its 说明 sheet (None for a file without them)."""
    import python_calamine

    try:
        rows = _about_rows(python_calamine.CalamineWorkbook.from_path(str(path)))
    except Exception:  # not a workbook we wrote: the caller decides what that means
        return None
    return recorded_settings(rows)


def _about_rows(book: Any) -> list[list[Any]]:
    """The rows of a master's 说明 sheet (none when it has no such sheet)."""
    rows: list[list[Any]] = (
        book.get_sheet_by_name(Sheet.ABOUT).to_python() if Sheet.ABOUT in book.sheet_names else []
    )
    return rows


def _about_labels(rows: list[list[Any]]) -> dict[str, Any]:
    """说明's 项目 -> 内容 (统计截止日, 读入行数 …)."""
    return {str(row[0]): row[1] for row in rows if len(row) > 1 and row[0] not in ("", None)}


def read_previous(path: Path) -> Previous:
    """校验问题, 未采用行, the file list and the counts of 说明 of an existing master."""
    import python_calamine

    book = python_calamine.CalamineWorkbook.from_path(str(path))

    def records(name: str) -> list[dict[str, Any]]:
        found = sheet_table(book.get_sheet_by_name(name).to_python()) if name in book.sheet_names else None
        return [] if found is None else found.records()

    problems = [
        Problem(
            code=CODE_BY_NAME.get(str(r[Col.CODE]), str(r[Col.CODE])),  # 重复行 → duplicate-row
            severity=ERROR if r.get(Col.LEVEL) == "错误" else WARNING,
            file=_cell(r.get(Col.FILE_NAME)) or "",
            sheet=_cell(r.get(Col.SHEET_NAME)),
            row=int(r[Col.ROW_NUMBER]) if isinstance(r.get(Col.ROW_NUMBER), int | float) else None,
            column=_cell(r.get(Col.COLUMN)),
            value=_cell(r.get(Col.VALUE)),
            message=_cell(r.get(Col.MESSAGE)) or "",
        )
        for r in records(Sheet.PROBLEMS)
        if r.get(Col.CODE)
    ]
    about = _about_rows(book)
    labels = _about_labels(about)
    counts = {
        key: _count(labels[label])
        for key, label in (
            ("read", About.READ),
            ("merged", About.MERGED),
            ("rejected", About.REJECTED),
            ("superseded", About.SUPERSEDED),
        )
        if label in labels
    }
    status = {label: key for key, label in _STATUS.items()}
    files = []
    start = next(
        (
            i
            for i, row in enumerate(about)
            if row and row[0] == Col.FILE_NAME and len(row) > 1 and row[1] == Col.UNIT_NAME
        ),
        None,
    )
    if start is not None:
        for row in about[start + 1 :]:
            if not row or row[0] in ("", None):
                break
            unit = str(row[1])
            files.append(
                FileOutcome(
                    file=str(row[0]),
                    unit=None if unit == "（多个单位/未识别）" else unit,
                    status=status.get(str(row[6]).split("：")[0], "merged"),
                    reason=str(row[6]).split("：", 1)[1] if "：" in str(row[6]) else "",
                    rows=_count(row[2]),
                    merged=_count(row[3]),
                    rejected=_count(row[4]),
                    superseded=_count(row[5]),
                )
            )
    rejected = Table.of_records(
        [RejectedRow.from_record(r).record() for r in records(Sheet.REJECTED)], REJECTED_COLUMNS
    )
    return Previous(problems, rejected, files, counts)


def sheet_table(grid: list[list[Any]]) -> Table | None:
    """A sheet's cells as a table under its first row (None for an empty sheet). A column under a
    blank header with nothing in it is left out; a header that repeats an earlier one is told
    apart by a number after it (备注, 备注（2）), so no column is lost."""
    if not grid:
        return None
    columns: dict[str, list[Any]] = {}
    for k, header in enumerate(grid[0]):
        values = [row[k] if k < len(row) else "" for row in grid[1:]]
        label = as_text(header)
        if not label and all(v in ("", None) for v in values):
            continue
        label = label or "（无表头列）"
        n = 1
        while (label if n == 1 else f"{label}（{n}）") in columns:
            n += 1
        columns[label if n == 1 else f"{label}（{n}）"] = values
    return Table(columns, len(grid) - 1)


def _count(value: Any) -> int:
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return 0


def _cell(value: Any) -> str | None:
    if value in ("", None):
        return None
    return as_text(value)


def _formats(book: xlsxwriter.Workbook) -> _Formats:
    base = {"valign": "top", "font_name": "宋体", "font_size": 9}
    return _Formats(
        head=book.add_format(
            {**base, "bold": True, "text_wrap": True, "valign": "vcenter", "align": "center"}
        ),
        text=book.add_format(base),
        wrap=book.add_format({**base, "text_wrap": True}),
        date=book.add_format({**base, "num_format": "yyyy-mm-dd", "align": "left"}),
        int=book.add_format({**base, "num_format": "0"}),
        pct=book.add_format({**base, "num_format": "0.00%"}),
        red=book.add_format({"bg_color": "#FFC7CE", "font_color": "#9C0006"}),
        yellow=book.add_format({"bg_color": "#FFEB9C", "font_color": "#9C5700"}),
        green=book.add_format({"bg_color": "#C6EFCE", "font_color": "#006100"}),
    )


def _cell_writer(fmt: _Formats, column: str) -> tuple[Callable[[Worksheet, int, int, Any], None], Any]:
    """How to write one column's values: chosen once per column, not per cell."""
    if column in PERCENTS:
        style = fmt.pct
    elif column in DATES:
        style = fmt.date
    else:
        style = fmt.wrap if column in WRAP else fmt.text

    def write(ws: Worksheet, r: int, c: int, value: Any) -> None:
        kind, value = cell_value(value)  # the rule the streamed rows follow too
        if kind is TEXT:
            ws.write_string(r, c, value, style)  # never a formula, whatever it starts with
        elif kind is DATE:
            ws.write_datetime(r, c, value, fmt.date)
        elif kind is NUMBER:
            as_column = column in PERCENTS or not float(value).is_integer()
            ws.write_number(r, c, value, style if as_column else fmt.int)

    return write, style


def _table(
    book: xlsxwriter.Workbook,
    ws: Worksheet,
    fmt: _Formats,
    name: str,
    frame: Table,
    first_row: int = 0,
    hidden: Sequence[str] = (),
    bulk: list[BulkTable] | None = None,
) -> tuple[int, int]:
    """Write ``frame`` as an Excel table at ``first_row``; returns (last row, last column).

    With ``bulk`` (a table nothing is written below) and many rows, XlsxWriter writes only the
    header and the rows are streamed in after the workbook is closed (see sheetdata.py).
    """
    columns = frame.columns
    writers = [_cell_writer(fmt, c) for c in columns]
    widths = [column_width(c) for c in columns]
    wrapped = [(i, widths[i]) for i, c in enumerate(columns) if c in WRAP and c not in hidden]

    values = [frame[c] for c in columns]
    heights = row_heights([values[i] for i, _ in wrapped], [w for _, w in wrapped], len(frame))
    if bulk is not None and len(frame) > BULK_ROWS:
        styles = [style for _, style in writers]
        whole = [fmt.pct if c in PERCENTS else fmt.int for c in columns]
        register(*styles, *whole, fmt.date)
        bulk.append(
            BulkTable(
                ws.index,
                name,
                values,
                styles,
                whole,
                fmt.date,
                first_row + 1,
                first_row + len(frame),
                len(columns) - 1,
                heights,
            )
        )
    else:
        rows = zip(*values, strict=True) if values else iter([()] * len(frame))
        for r, (row, height) in enumerate(zip(rows, heights, strict=True), start=first_row + 1):
            for c, value in enumerate(row):
                writers[c][0](ws, r, c, value)
            if height:
                ws.set_row(r, height)
    last = first_row + max(len(frame), 1)
    # A streamed table is declared over two rows here (XlsxWriter checks every cell of the range)
    # and widened to its real size when the rows are streamed in.
    declared = first_row + 1 if bulk and bulk[-1].name == name else last
    ws.add_table(
        first_row,
        0,
        declared,
        len(columns) - 1,
        {
            "name": name,
            "style": TABLE_STYLE,
            "columns": [{"header": c, "header_format": fmt.head} for c in columns],
        },
    )
    for c, column in enumerate(columns):
        options = {"level": 1, "hidden": True} if column in hidden else {}
        ws.set_column(c, c, widths[c], None, options)
    return last, len(columns) - 1


def row_heights(columns: list[list[Any]], widths: list[int], n: int) -> list[float | None]:
    """Per row, the height its wrapped text needs, or None where one line is enough.

    Excel and LibreOffice do not always grow rows for wrapped text themselves.
    """
    lines = []
    for column, width in zip(columns, widths, strict=True):
        try:
            distinct = set(column)  # statuses and measures repeat
        except TypeError:  # an unhashable value
            lines.append([_lines(v, width) for v in column])
            continue
        if len(distinct) * 2 > len(column) and set(map(type, distinct)) == {str}:
            counted = _lines_of(column, width)  # mostly different texts (问题描述): each measured
            if max(counted, default=1) > 1:
                lines.append(counted)
            continue
        texts = [v for v in distinct if type(v) is str]
        memo = {t: k for t, k in zip(texts, _lines_of(texts, width), strict=True) if k > 1}
        if memo:  # a column of one-line texts changes no row's height
            lines.append(list(map(memo.get, column, repeat(1))))
    if not lines:
        return [None] * n
    return [LINE_HEIGHT * most + 2 if most > 1 else None for most in map(max, zip(*lines, strict=True))]


def _lines_of(texts: list[str], width: int) -> list[int]:
    """Lines each text takes in a column ``width`` units wide, in 9 pt: a Chinese character takes
    about 1.8 units, any other about 1 (CJK characters are the ones taking 3 bytes in UTF-8), with
    room for the ragged ends of wrapped lines — a row a little tall is read, one too short cuts its
    last line off (the 原始内容 of 未采用行 did, in a Noto CJK render); each paragraph starts a
    line; at most 15. Lengths and byte counts are taken in C."""
    room = max(width - 1.5, 1)
    chars = list(map(len, texts))
    wide = [(b - n) // 2 for b, n in zip(map(len, map(str.encode, texts)), chars, strict=True)]
    return [
        min(15, max(1, math.ceil((1.0 * n + 0.8 * w) / room)))
        if "\n" not in t
        else min(15, sum(_lines_of(t.split("\n"), width)))
        for t, n, w in zip(texts, chars, wide, strict=True)
    ]


def _lines(value: Any, width: int) -> int:
    """Lines one cell's value takes (see _lines_of); anything but text takes one."""
    return _lines_of([value], width)[0] if type(value) is str else 1


def print_pages(
    ws: Worksheet, title: str | None, widths: Sequence[float], keep: int = 1, header_rows: int = 0
) -> None:
    """A4 landscape at full size: the 9 pt text prints at 9 pt. ``widths`` are the printed
    columns'; when they are wider than the page, the rest goes on the following pages (left
    part, then right part of the same rows) with the first ``keep`` columns repeated, instead of
    shrinking a wide table to an unreadable 4 pt. ``title`` heads every page (None: the sheet
    has its own title row)."""
    ws.set_landscape()
    ws.set_paper(9)  # A4
    ws.set_print_scale(100)
    ws.repeat_rows(header_rows)
    if sum(widths) > PAGE_WIDTH and keep:
        ws.repeat_columns(0, keep - 1)
        ws.print_across()
    ws.set_margins(left=0.4, right=0.4, top=0.7, bottom=0.7)
    if title:
        ws.set_header(f'&C&"宋体,加粗"&12{title}')
    ws.set_footer("&C第 &P 页 共 &N 页")


def _ledger_sheet(
    book: xlsxwriter.Workbook,
    fmt: _Formats,
    metrics: Metrics,
    as_of: str,
    bulk: list[BulkTable],
    carry: Carry,
) -> None:
    items = metrics.items
    # Columns a clerk added to 总台账 by hand travel along at the end, untouched.
    extra = [c for c in items.columns if c not in {*LEDGER_VIEW, *AUDIT, *LEDGER_COLUMNS, *METRIC_COLUMNS}]
    blank = [""] * len(items)
    frame = Table({c: items[c] if c in items else blank for c in (*LEDGER_VIEW, *AUDIT, *extra)}, len(items))
    frame[Col.OVERDUE] = ["是" if v else "" for v in items[Col.OVERDUE]]
    frame[Col.DUE_SOON] = ["是" if v else "" for v in items[Col.DUE_SOON]]
    frame = carry(Sheet.LEDGER, frame)
    ws = book.add_worksheet(Sheet.LEDGER)
    last, last_col = _table(book, ws, fmt, "Ledger", frame, hidden=AUDIT, bulk=bulk)
    columns = list(frame.columns)
    overdue = xlsxwriter.utility.xl_col_to_name(columns.index(Col.OVERDUE))
    soon = xlsxwriter.utility.xl_col_to_name(columns.index(Col.DUE_SOON))
    ws.conditional_format(
        1, 0, last, last_col, {"type": "formula", "criteria": f'=${overdue}2="是"', "format": fmt.red}
    )
    ws.conditional_format(
        1, 0, last, last_col, {"type": "formula", "criteria": f'=${soon}2="是"', "format": fmt.yellow}
    )
    status = columns.index(Col.STATUS)
    ws.data_validation(
        1,
        status,
        max(last, 1000),
        status,
        {
            "validate": "list",
            "source": list(STATUS_CHOICES),
            "error_type": "warning",
            "input_title": Col.STATUS,
            "input_message": "请从下拉列表选择；也可填写单位原话，统计时自动归类",
            "error_title": Col.STATUS,
            "error_message": "不是常用的状态词，统计时将按原话自动归类。确定要这样填吗？",
        },
    )
    ws.freeze_panes(1, 2)
    print_pages(ws, f"总台账（截至{as_of}）", [column_width(c) for c in LEDGER_VIEW], keep=2)
    if len(frame.columns) > len(LEDGER_VIEW) + len(AUDIT):
        # the units' own columns and the clerk's are on screen; the printout is the ledger
        ws.print_area(0, 0, last, len(LEDGER_VIEW) + len(AUDIT) - 1)


def _units_sheet(
    book: xlsxwriter.Workbook, fmt: _Formats, metrics: Metrics, as_of: str, carry: Carry
) -> None:
    fields = ("rank", "unit", "items", *COUNTS[1:], "completion_rate", "warning")
    frame = Table(
        {
            column: [getattr(u, key) for u in metrics.units]
            for column, key in zip(UNIT_STATS, fields, strict=True)
        },
        len(metrics.units),
    )
    frame[Col.WARNING] = [WARNING_LABELS[w] for w in frame[Col.WARNING]]
    frame = carry(Sheet.UNITS, frame)
    ws = book.add_worksheet(Sheet.UNITS)
    last, last_col = _table(book, ws, fmt, "UnitStats", frame)
    t = metrics.total
    total_row = last + 1
    ws.write_string(total_row, 1, "合计", fmt.head)
    for c, key in enumerate(
        ("items", "done", "in_progress", "not_started", "long_term", "overdue", "due_soon"), start=2
    ):
        ws.write_number(total_row, c, t.count(key), fmt.int)
    if t.completion_rate is not None:
        ws.write_number(total_row, 9, t.completion_rate, fmt.pct)
    rate = frame.columns.index(Col.RATE)
    warn = frame.columns.index(Col.WARNING)
    ws.conditional_format(
        1,
        rate,
        last,
        rate,
        {
            "type": "data_bar",
            "bar_color": "#63BE7B",
            "bar_solid": True,
            "min_type": "num",
            "min_value": 0,
            "max_type": "num",
            "max_value": 1,
        },
    )
    for word, style in (("红", fmt.red), ("黄", fmt.yellow), ("绿", fmt.green)):
        ws.conditional_format(
            1, warn, last, warn, {"type": "cell", "criteria": "==", "value": f'"{word}"', "format": style}
        )
    ws.freeze_panes(1, 2)
    if len(frame):
        chart = add_rate_chart(
            book,
            Sheet.UNITS,
            1,
            last,
            1,
            rate,
            f"各单位整改完成率（截至{as_of}）",
            [bool(n) for n in frame[Col.OVERDUE_N]],
        )
        chart.set_size({"width": 620, "height": max(320, 22 * len(frame) + 90)})
        ws.insert_chart(0, last_col + 2, chart)
    # The chart is beside the table, outside what is printed: the table prints at full size.
    ws.print_area(0, 0, total_row, last_col)
    print_pages(ws, f"各单位整改情况统计表（截至{as_of}）", [column_width(c) for c in frame.columns], keep=2)


def _overdue_sheet(
    book: xlsxwriter.Workbook,
    fmt: _Formats,
    metrics: Metrics,
    as_of: str,
    bulk: list[BulkTable],
    carry: Carry,
) -> None:
    items = metrics.items
    overdue, days, left, units = (items[c] for c in (Col.OVERDUE, Col.DAYS_OVERDUE, Col.DAYS_LEFT, Col.UNIT))
    # Most overdue first, then the soonest due; by unit within a day. Sorted in C by key getters,
    # the second key first (the sort is stable).
    late = most_overdue_first((i for i, o in enumerate(overdue) if o), days, units)
    soon = [i for i, (o, s) in enumerate(zip(overdue, items[Col.DUE_SOON], strict=True)) if s and not o]
    soon.sort(key=units.__getitem__)
    soon.sort(key=lambda i: left[i] or 0)
    late += soon
    listed = [c for c in OVERDUE_LIST if c in items]  # the list's columns, not all 40 of the ledger
    frame = (
        items.select(listed)
        .take(late)
        .with_columns(
            {
                Col.SEQ: list(range(1, len(late) + 1)),
                Col.WARNING: [Col.OVERDUE_N if overdue[i] else Col.DUE_SOON_N for i in late],
            }
        )
        .select(OVERDUE_LIST)
    )
    frame = carry(Sheet.OVERDUE, frame)
    ws = book.add_worksheet(Sheet.OVERDUE)
    last, last_col = _table(book, ws, fmt, "Overdue", frame, bulk=bulk)
    ws.conditional_format(
        1, 0, last, last_col, {"type": "formula", "criteria": '=$B2="超期"', "format": fmt.red}
    )
    ws.conditional_format(
        1, 0, last, last_col, {"type": "formula", "criteria": '=$B2="临期"', "format": fmt.yellow}
    )
    ws.freeze_panes(1, 0)
    print_pages(ws, f"超期和临期问题清单（截至{as_of}）", [column_width(c) for c in frame.columns], keep=3)


def _table_sheet(
    book: xlsxwriter.Workbook,
    fmt: _Formats,
    sheet: str,
    name: str,
    frame: Table,
    as_of: str,
    bulk: list[BulkTable],
) -> Worksheet:
    ws = book.add_worksheet(sheet)
    _table(book, ws, fmt, name, frame, bulk=bulk)
    ws.freeze_panes(1, 0)
    print_pages(ws, f"{sheet}（截至{as_of}）", [column_width(str(c)) for c in frame.columns])
    return ws


def _reading_sheet(
    book: xlsxwriter.Workbook, fmt: _Formats, frame: Table, as_of: str, bulk: list[BulkTable]
) -> None:
    """读取情况: how each return was read; the lines to confirm stand out."""
    ws = book.add_worksheet(Sheet.READING)
    last, _ = _table(book, ws, fmt, "Reading", frame, bulk=bulk)
    mark = frame.columns.index(Col.TO_CONFIRM)
    letter = xlsxwriter.utility.xl_col_to_name(mark)
    ws.conditional_format(
        1,
        0,
        last,
        len(frame.columns) - 1,
        {"type": "formula", "criteria": f'=${letter}2<>""', "format": fmt.yellow},
    )
    ws.freeze_panes(1, 0)
    print_pages(
        ws,
        f"读取情况（截至{as_of}）：标“{Col.TO_CONFIRM}”的是程序推断的，请核对",
        [column_width(str(c)) for c in frame.columns],
    )


def _changes_sheet(book: xlsxwriter.Workbook, fmt: _Formats, delta: Delta, as_of: str) -> None:
    ws = book.add_worksheet(Sheet.CHANGES)
    units = Table.of_rows(
        [
            (
                u.unit,
                u.completion_rate,
                u.previous_rate,
                None if u.change_pp is None else round(u.change_pp, 2),
            )
            for u in delta.units
        ],
        RATE_CHANGES,
    )
    last, _ = _table(book, ws, fmt, "RateChanges", units)
    change = units.columns.index(Col.RATE_CHANGE)
    ws.conditional_format(
        1, change, last, change, {"type": "cell", "criteria": "<", "value": 0, "format": fmt.red}
    )
    ws.conditional_format(
        1, change, last, change, {"type": "cell", "criteria": ">", "value": 0, "format": fmt.green}
    )
    kinds = (
        ("newly_closed", "新完成"),
        ("reopened", "重新打开"),
        ("new_items", "新增问题"),
        ("removed_items", "本期没有的问题"),
        ("became_overdue", "新超期"),
        ("deadline_changes", "调整时限"),
    )
    rows = [
        {
            Col.CHANGE: label,
            Col.UNIT_NAME: e.unit,
            Col.ID: e.id if "｜" not in e.id else "",
            Col.DESCRIPTION: e.description,
            Col.OLD_DEADLINE: e.old or "",
            Col.NEW_DEADLINE: e.new or "",
        }
        for key, label in kinds
        for e in delta.changes(key)
    ]
    items = Table.of_records(rows, ITEM_CHANGES)
    ws.write_string(last + 2, 0, f"问题变化（上期：{delta.previous_as_of}）", fmt.head)
    _table(book, ws, fmt, "ItemChanges", items, first_row=last + 3)
    ws.freeze_panes(1, 0)
    print_pages(
        ws,
        f"较上期变化情况（截至{as_of}，上期{delta.previous_as_of}）",
        [column_width(c) for c in items.columns],
    )


def _about_sheet(
    book: xlsxwriter.Workbook,
    fmt: _Formats,
    content: MasterContent,
    metrics: Metrics,
    settings: Settings,
    as_of: str,
    notes: list[list[Any]],
) -> None:
    c = content.counts
    lines: list[tuple[str, object]] = [
        (About.AS_OF, metrics.as_of.isoformat()),
        (About.MADE, datetime.now().strftime("%Y-%m-%d %H:%M")),
        (About.FILES, len(content.files)),  # counts are numbers a clerk can add up
        (About.READ, c["read"]),
        (About.MERGED, c["merged"]),
        (About.REJECTED, c["rejected"]),
        (About.SUPERSEDED, c["superseded"]),
        (
            About.CHECK,
            f"读入 {c['read']} = 合并 {c['merged']} + 退回 {c['rejected']} + 被替代 {c['superseded']}",
        ),
        (About.ERRORS, len(content.report.errors)),
        (About.WARNINGS, len(content.report.warnings)),
        *[(f"设置：{label}", value) for label, value in settings.describe()],
        *[(About.INPUT, s) for s in content.inputs],
        *[(About.NOTE, note) for note in metrics.notes],
    ]
    ws = book.add_worksheet(Sheet.ABOUT)
    last, _ = _table(book, ws, fmt, "About", Table.of_rows(lines, ABOUT_COLUMNS))
    files = Table.of_rows(
        [
            (
                f.file,
                f.unit or "（多个单位/未识别）",
                f.rows,
                f.merged,
                f.rejected,
                f.superseded,
                f"{_STATUS[f.status]}：{f.reason}" if f.reason else _STATUS[f.status],
            )
            for f in content.files
        ],
        FILE_COLUMNS,
    )
    last, _ = _table(book, ws, fmt, "Files", files, first_row=last + 2)
    if notes:  # what the clerk wrote in 说明 outside the tool's tables, as it was
        ws.write_string(last + 2, 0, NOTES, fmt.head)
        for r, row in enumerate(notes, start=last + 3):
            _grid_row(ws, fmt, r, row)
    ws.set_column(0, 0, Col.ITEM.width)  # after the file list set its own: the sheet's two columns
    ws.set_column(1, 1, Col.CONTENT.width, fmt.wrap)
    ws.freeze_panes(1, 0)
    print_pages(
        ws,
        f"说明（截至{as_of}）",
        [Col.ITEM.width, Col.CONTENT.width, *(column_width(str(c)) for c in files.columns[2:])],
    )


_STATUS = {"merged": "已合并", "rejected": "未采用", "superseded": "已被较新报送替代", "skipped": "未读取"}


def read_master(path: str | Path, words: tuple[tuple[str, str], ...] = ()) -> Table:
    """The 总台账 sheet of a (possibly hand-edited) master workbook as a ledger table.

    A status word the clerk corrected in 整改状态 is respected (状态归类 is worked out again from
    it, with the office's own status ``words`` from the settings); dates the clerk typed as text
    are parsed; columns the clerk added are kept and ignored.
    """
    import python_calamine

    path = Path(path)
    try:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
        if Sheet.LEDGER in book.sheet_names:
            found = book.get_sheet_by_name(Sheet.LEDGER)
        else:  # 总台账 renamed by a clerk: the sheet with the tool's Ledger table
            found = book.get_sheet_by_name(
                next(n for n, t in marked_sheets(path).items() if t == Sheet.LEDGER)
            )
        grid = _fill_down(found.to_python(skip_empty_area=False), found.merged_cell_ranges or [])
    except Exception:
        raise NotAMaster(f"「{path.name}」不是汇总台账：找不到「{Sheet.LEDGER}」工作表") from None
    sheet = sheet_table(
        [row for k, row in enumerate(grid) if k == 0 or any(v not in ("", None) for v in row)]
    )
    header = sheet.columns if sheet is not None else []
    missing = [c for c in (Col.UNIT, Col.DESCRIPTION, Col.STATUS, Col.DEADLINE) if c not in header]
    if sheet is None or missing:
        raise NotAMaster(f"「{path.name}」的「{Sheet.LEDGER}」缺少列：{'、'.join(missing)}")
    n = len(sheet)
    blank = [""] * n
    ledger: dict[str, list[Any]] = {}
    for column in LEDGER_COLUMNS:
        values = sheet.get(column) or blank
        if column in SHOWN_DATES:
            ledger[column] = [parse_date(v, None).value if v not in ("", None) else None for v in values]
        elif column == Col.ROW:
            ledger[column] = [int(v) if isinstance(v, int | float) else None for v in values]
        else:
            ledger[column] = [as_text(v) for v in values]
    ledger[Col.STATE] = [
        STATE_LABELS.get(parse_status(text, words) or "", label)
        for text, label in zip(ledger[Col.STATUS], ledger[Col.STATE], strict=True)
    ]
    # The figures the master shows (是否超期, 超期天数 …) are worked out again, not read back; a
    # clerk's column is kept, under （办事员） when its name is one of a figure the tool works out.
    for label in header:
        if label in LEDGER_COLUMNS or label in LEDGER_VIEW or label in AUDIT:
            continue
        ledger[f"{label}{CLERK}" if label in METRIC_COLUMNS else label] = sheet[label]
    return Table(ledger, n)


def _fill_down(grid: list[list[Any]], merged: list[Any]) -> list[list[Any]]:
    """A clerk who merges the 责任单位 cells of one unit's items vertically means that unit for each
    of them: every cell of a vertical merge below the header takes its top cell's value."""
    for (r1, c1), (r2, c2) in merged:
        if c1 != c2 or r1 < 1:
            continue
        for r in range(r1 + 1, min(r2, len(grid) - 1) + 1):
            if c1 < len(grid[r]) and grid[r][c1] in ("", None):
                grid[r][c1] = grid[r1][c1]
    return grid

"""Fast rows for big tables in an XlsxWriter workbook.

XlsxWriter builds the workbook — tables, conditional formats, validation, charts, page setup —
but writing a cell through it costs about 5 µs, which makes a 40,000-row ledger take seconds.
For big tables ledgerdesk writes only the header through XlsxWriter and streams the data rows
into the finished file itself: one ``<row>`` string per row, strings appended to the workbook's
shared-string table (as Excel and WPS store them), dates as serial numbers in the date style.
Text is always a string cell (t="s"), so nothing from a department file becomes a formula.

The XML is built column by column, a few thousand rows at a time: a column of text (most of a
ledger) becomes its cells in one comprehension, and only mixed columns look at each value's type.
"""

from __future__ import annotations

import math
import numbers
import operator
import queue
import re
import threading
import zipfile
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from itertools import compress
from pathlib import Path
from typing import Any

from xlsxwriter.utility import xl_col_to_name

from .lib_xlsxwriter import register_format

EPOCH = date(1899, 12, 30)
MAX_CELL = 32767  # characters Excel keeps in one cell
# Excel's escape for characters XML cannot hold: "\x07" -> _x0007_, and a literal "_x0007_"
# -> _x005F_x0007_ (the same rule XlsxWriter applies to the strings it writes).
ESCAPED = re.compile(r"(_x[0-9a-fA-F]{4}_)")
CONTROL = re.compile(r"([\x00-\x08\x0b-\x1f])")


NEEDS_ESCAPE = re.compile(r"_x[0-9a-fA-F]{4}_|[\x00-\x08\x0b-\x1f\ufffe\uffff]")


def excel_text(text: str) -> str:
    if not NEEDS_ESCAPE.search(text):
        return text[:MAX_CELL]  # nearly every text
    text = ESCAPED.sub(r"_x005F\1", text)
    text = CONTROL.sub(lambda m: f"_x{ord(m.group(1)):04X}_", text)
    return text.replace("\ufffe", "_xFFFE_").replace("\uffff", "_xFFFF_")[:MAX_CELL]


@dataclass
class BulkTable:
    """Rows to stream into sheet number ``sheet`` (0-based, the order sheets were added)."""

    sheet: int
    name: str  # the Excel table (ListObject) that covers these rows
    columns: list[list[Any]]  # the values, one list per column, all of the same length
    styles: list[Any]  # per column: the XlsxWriter Format for its text and fractional numbers
    whole_styles: list[Any]  # per column: the Format for whole numbers (0, or 0.00% for rates)
    date_style: Any
    first_row: int  # 0-based row of the first data row
    last_row: int  # 0-based row of the last data row
    last_col: int
    heights: Sequence[float | None] = ()  # per row: a height in points, or None for the default
    blank_cells: bool = False  # an empty value is an empty cell in its column's style (a form's
    # open cells: bordered, unlocked for typing), not left out
    string_cells: int = 0

    @property
    def rows(self) -> int:
        return len(self.columns[0]) if self.columns else 0


def register(*formats: Any) -> None:
    """Make XlsxWriter give these formats a style index even if no cell it writes uses them."""
    for f in formats:
        register_format(f)  # formats otherwise get an index on first use


def stream_rows(path: Path, tables: list[BulkTable]) -> None:
    """Rewrite the workbook at ``path`` with the bulk rows added (written to ``path`` again)."""
    if not tables:
        return
    tmp = path.with_name(path.name + ".rows")
    with (
        zipfile.ZipFile(path) as src,
        zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as dst,
    ):
        sst = src.read("xl/sharedStrings.xml").decode("utf-8")
        unique = int(re.search(r'uniqueCount="(\d+)"', sst).group(1))  # type: ignore[union-attr]
        added: list[str] = []
        strings: dict[str, int] = {}  # shared by all bulk tables: each text stored once
        by_sheet: dict[str, list[BulkTable]] = {}  # a sheet may take several blocks of rows, in order
        for t in sorted(tables, key=lambda t: t.first_row):
            by_sheet.setdefault(f"xl/worksheets/sheet{t.sheet + 1}.xml", []).append(t)
        for info in src.infolist():
            if info.filename in by_sheet:
                xml = src.read(info).decode("utf-8")
                blocks = by_sheet[info.filename]
                with dst.open(info.filename, "w") as member:
                    if sum(t.rows for t in blocks) > CHUNK:
                        with _Background(member) as out:  # compressed while the next rows are made
                            _write_sheet(out, xml, blocks, unique, added, strings)
                    else:  # a few rows (a unit's return): no thread to start for them
                        _write_sheet(member, xml, blocks, unique, added, strings)
            elif info.filename.startswith("xl/tables/"):
                dst.writestr(info, _widen(src.read(info).decode("utf-8"), tables).encode("utf-8"))
            elif info.filename != "xl/sharedStrings.xml":
                dst.writestr(info, src.read(info))
        head, tail = sst.split("</sst>")[0], "</sst>"
        count = int(re.search(r' count="(\d+)"', head).group(1)) + sum(  # type: ignore[union-attr]
            t.string_cells for t in tables
        )
        head = re.sub(r' count="\d+"', f' count="{count}"', head, count=1)
        head = re.sub(r'uniqueCount="\d+"', f'uniqueCount="{unique + len(added)}"', head, count=1)
        with dst.open("xl/sharedStrings.xml", "w") as out:
            out.write(head.encode("utf-8"))
            for chunk in _chunks(added, 2000):
                out.write("".join(_si(s) for s in chunk).encode("utf-8"))
            out.write(tail.encode("utf-8"))
    tmp.replace(path)


def _widen(xml: str, tables: list[BulkTable]) -> str:
    """A table part declared over its header and one row, stretched over all its rows."""
    for t in tables:
        if f'displayName="{t.name}"' in xml:
            full = f"A{t.first_row}:{xl_col_to_name(t.last_col)}{t.last_row + 1}"
            return re.sub(r' ref="[^"]*"', f' ref="{full}"', xml)
    return xml


def _si(text: str) -> str:
    space = ' xml:space="preserve"' if text != text.strip() else ""
    # What xml.sax.saxutils.escape does, without importing it (it pulls in urllib.request).
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f"<si><t{space}>{text}</t></si>"


def _chunks(items: list[Any], size: int) -> Iterable[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


CHUNK = 5000  # rows turned into XML at a time


class _Background:
    """Writes into a zip member from a second thread. zlib compresses without holding the GIL, so
    one chunk of rows is compressed while the next is made; at most a few chunks wait."""

    def __init__(self, member: Any) -> None:
        self.member = member
        self.waiting: queue.Queue[bytes | None] = queue.Queue(maxsize=4)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="ledgerdesk-zip", daemon=True)

    def _run(self) -> None:
        while (data := self.waiting.get()) is not None:
            if self.error is None:
                try:
                    self.member.write(data)
                except BaseException as exc:  # raised again in the thread that writes
                    self.error = exc

    def write(self, data: bytes) -> None:
        if self.error is not None:
            raise self.error
        self.waiting.put(data)

    def __enter__(self) -> _Background:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.waiting.put(None)  # also after an error: the thread ends, nothing is left running
        self.thread.join()
        if self.error is not None and exc[0] is None:
            raise self.error


def _write_sheet(
    out, xml: str, tables: list[BulkTable], offset: int, added: list[str], strings: dict[str, int]
) -> None:
    """The sheet with the tables' rows inserted, one block after another, after the rows
    XlsxWriter wrote (the header)."""
    last_row, last_col = max(t.last_row for t in tables), max(t.last_col for t in tables)
    last = f"{xl_col_to_name(last_col)}{last_row + 1}"
    xml = re.sub(r'<dimension ref="[^"]*"/>', f'<dimension ref="A1:{last}"/>', xml, count=1)
    if "<sheetData/>" in xml:
        xml = xml.replace("<sheetData/>", "<sheetData></sheetData>")
    before, after = xml.split("</sheetData>", 1)
    out.write(before.encode("utf-8"))
    for table in tables:
        _write_rows(out, table, offset, added, strings)
    out.write(("</sheetData>" + after).encode("utf-8"))


def _write_rows(out, table: BulkTable, offset: int, added: list[str], strings: dict[str, int]) -> None:
    styles = [
        _Styles(
            xl_col_to_name(c),
            text.xf_index,
            whole.xf_index,
            table.date_style.xf_index,
            f'" s="{text.xf_index}"/>' if table.blank_cells else "",
        )
        for c, (text, whole) in enumerate(zip(table.styles, table.whole_styles, strict=True))
    ]
    n = table.rows
    heights = list(table.heights) or [None] * n
    string_cells = 0
    for start in range(0, n, CHUNK):
        end = min(start + CHUNK, n)
        rows = list(
            map(str, range(table.first_row + 1 + start, table.first_row + 1 + end))
        )  # once, not per cell
        opening = [
            f'<row r="{r}" ht="{h}" customHeight="1">' if h else f'<row r="{r}">'
            for r, h in zip(rows, heights[start:end], strict=True)
        ]
        cells = []
        for style, column in zip(styles, table.columns, strict=True):
            column_cells, count = _cells(column[start:end], rows, style, offset, added, strings)
            cells.append(column_cells)
            string_cells += count
        closing = ["</row>"] * len(rows)
        out.write("".join(map("".join, zip(opening, *cells, closing, strict=True))).encode("utf-8"))
    table.string_cells = string_cells


@dataclass
class _Styles:
    letter: str
    text: int
    whole: int
    date: int
    blank: str = ""  # what follows the reference of an empty cell kept ('" s="3"/>'), or "" to leave it out


def _cells(
    values: list[Any], rows: list[str], style: _Styles, offset: int, added: list[str], strings: dict[str, int]
) -> tuple[list[str], int]:
    """One column's ``<c>`` elements for ``rows`` and its string-cell count; an empty value gives
    "" (no cell), or with ``style.blank`` an empty cell in the column's style."""
    try:  # a text column is the common case: its types are those of its distinct values
        distinct = dict.fromkeys(values)
        kinds = set(map(type, distinct))
    except TypeError:  # an unhashable value
        distinct, kinds = {}, {object}
    if not kinds <= {str}:  # only text never hides a type behind an equal value (True == 1)
        kinds = set(map(type, values))
    head = f'<c r="{style.letter}'
    blank = style.blank
    if kinds <= {str}:  # a text column: no per-value type test
        _number(distinct, offset, added, strings)
        if len(distinct) * 4 > len(values):  # mostly different texts (descriptions, measures …)
            index, mid = strings.__getitem__, f'" s="{style.text}" t="s"><v>'
            cells = [
                f"{head}{r}{mid}{index(v)}</v></c>" if v else (f"{head}{r}{blank}" if blank else "")
                for r, v in zip(rows, values, strict=True)
            ]
            return cells, len(values) - values.count("")
        # a column of a few words repeated: each one's cell ending made once
        tails = {
            value: f'" s="{style.text}" t="s"><v>{strings[value]}</v></c>' for value in distinct if value
        }
        if blank:
            tails[""] = blank
            cells = [f"{head}{r}{tails[v]}" for r, v in zip(rows, values, strict=True)]
        else:
            cells = [f"{head}{r}{tails[v]}" if v else "" for r, v in zip(rows, values, strict=True)]
        return cells, len(values) - values.count("")
    if kinds <= {date, type(None)}:  # a date column (datetime is another type and goes below)
        mid = f'" s="{style.date}"><v>'
        return [
            f"{head}{r}{mid}{(v - EPOCH).days}</v></c>"
            if v is not None
            else (f"{head}{r}{blank}" if blank else "")
            for r, v in zip(rows, values, strict=True)
        ], 0
    if kinds <= {int}:
        mid = f'" s="{style.whole}"><v>'
        return [f"{head}{r}{mid}{v}</v></c>" for r, v in zip(rows, values, strict=True)], 0
    if kinds <= {int, float, type(None)}:  # numbers (days, rates); None and NaN are empty cells
        whole, fraction = f'" s="{style.whole}"><v>', f'" s="{style.text}"><v>'
        cells = []
        for r, v in zip(rows, values, strict=True):
            if v is None or not math.isfinite(v):
                cells.append(f"{head}{r}{blank}" if blank else "")
            else:
                cells.append(f"{head}{r}{whole if float(v).is_integer() else fraction}{v!r}</v></c>")
        return cells, 0
    cells, count = [], 0
    for r, value in zip(rows, values, strict=True):
        cell, is_string = _cell(value, f"{style.letter}{r}", style, offset, added, strings)
        cells.append(cell or (f"{head}{r}{blank}" if blank else ""))
        count += is_string
    return cells, count


BLANK, TEXT, DATE, NUMBER = "blank", "text", "date", "number"


def cell_value(value: Any) -> tuple[str, Any]:
    """What a value becomes in a cell — the one rule both writers follow (XlsxWriter's cells in
    workbook._cell_writer, the streamed rows here; tests/test_workbook.py feeds every kind of value
    through both): nothing for None, "", False, NaN, infinities and NaT; 是 for True; text for
    text (never a formula, whatever it starts with); a date cell for a date or a date and time;
    a number for a number; anything else as its text."""
    kind = type(value)
    if kind is str:
        return (TEXT, value) if value else (BLANK, None)
    if value is None or value is False:
        return BLANK, None
    if value is True:
        return TEXT, "是"
    if isinstance(value, datetime):  # pandas' Timestamp and NaT are datetimes too
        if value != value:
            return BLANK, None
        return DATE, value.to_pydatetime() if hasattr(value, "to_pydatetime") else value
    if isinstance(value, date):
        return DATE, datetime(value.year, value.month, value.day)
    if isinstance(value, numbers.Integral):  # numpy's integers too: written as plain numbers
        return NUMBER, int(value)
    if isinstance(value, numbers.Real):
        return (NUMBER, float(value)) if math.isfinite(value) else (BLANK, None)
    return TEXT, str(value)


def _cell(
    value: Any, ref: str, style: _Styles, offset: int, added: list[str], strings: dict[str, int]
) -> tuple[str, bool]:
    kind, value = cell_value(value)
    if kind is BLANK:
        return "", False
    if kind is TEXT:
        return (
            f'<c r="{ref}" s="{style.text}" t="s"><v>{_shared(value, offset, added, strings)}</v></c>',
            True,
        )
    if kind is DATE:
        return f'<c r="{ref}" s="{style.date}"><v>{_serial(value)}</v></c>', False
    number_style = style.whole if float(value).is_integer() else style.text
    return f'<c r="{ref}" s="{number_style}"><v>{value!r}</v></c>', False


def _serial(moment: datetime) -> str:
    """Excel's serial number of a date and time, written as XlsxWriter writes it."""
    delta = moment - datetime(1899, 12, 30)
    return f"{delta.days + delta.seconds / 86400 + delta.microseconds / 86400e6:.16G}"


def _number(texts: Collection[str], offset: int, added: list[str], strings: dict[str, int]) -> None:
    """Give each text not in the shared-string table yet its index, in order (as ``_shared`` does
    one by one), checking them for characters to escape all at once: nearly always there are none."""
    fresh = list(compress(texts, map(operator.not_, map(strings.__contains__, texts))))  # in C
    if "" in texts and "" not in strings:
        fresh.remove("")  # never numbered: an empty cell is no string
    start = offset + len(added)
    strings.update(zip(fresh, range(start, start + len(fresh)), strict=True))
    # Joined texts can only show an escape that is not in one of them, never hide one: then each
    # text is looked at on its own.
    if NEEDS_ESCAPE.search("".join(fresh)) or max(map(len, fresh), default=0) > MAX_CELL:
        added.extend(map(excel_text, fresh))
    else:
        added.extend(fresh)


def _shared(text: str, offset: int, added: list[str], strings: dict[str, int]) -> int:
    """The shared-string index of ``text``, added to the table the first time it is seen."""
    index = strings.get(text)
    if index is None:
        index = strings[text] = offset + len(added)
        added.append(excel_text(text))
    return index

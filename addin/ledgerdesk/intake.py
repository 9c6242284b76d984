"""One returned workbook -> raw ledger tables with provenance (file, sheet, Excel row).

Reading uses calamine (fast, never runs macros, never writes). For every sheet the header row is
found wherever it is, merged and two-level headers are resolved, headers are mapped through the
alias table, and the rows under it are kept with their Excel row numbers. The lines above the
header (title, 填报单位, 填报日期) tell which unit sent the return and when.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from operator import itemgetter
from pathlib import Path

import python_calamine as calamine

from . import normalize
from .problems import Problem, make_problem
from .schema import HEADER_CONTAINS, HEADER_LOOKUP, REQUIRED, Unit, UnitDirectory, clean_header

EXCEL_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods")
# A return of 100,000 rows unzips to about 60 MB; four times that is a broken file or a zip bomb.
MAX_INFLATED = 256 * 2**20
HEADER_SCAN_ROWS = 30
MIN_HEADER_MATCHES = 3
SETTLED_AFTER = 3  # rows looked at under a clear header before the search for one stops
# Recognised in a header cell only when the whole cell is this word; too generic to look for inside.
GENERIC_ALIASES = {
    "问题",
    "单位",
    "说明",
    "其他",
    "id",
    "no",
    "序",
    "措施",
    "进展",
    "销号",
    "来源",
    "类别",
    "类型",
}
NOTE_ROW = re.compile(
    r"^\s*(填表说明|填报说明|注[:：]|注\d|说明[:：]|备注[:：]|制表|填表人|审核人|联系人|联系电话|单位负责人|主要负责人)"
)
NOT_EXCEL = "不是有效的 Excel 文件或文件已损坏，请另存为 .xlsx 后重新报送"
CANNOT_OPEN = "无法打开文件，请检查文件是否存在、是否有权限读取"
BAD_SHEET = "工作表内容损坏，无法读取"
TOTAL_ROW = re.compile(r"^\s*(合\s*计|小\s*计|总\s*计)\s*$")


@dataclass
class Field:
    index: int  # 0-based column index in the sheet
    header: str  # the header as written (two-level headers joined with "/")
    targets: tuple[str, ...]  # canonical columns it feeds; two when a header reads "责任单位\n责任人"


@dataclass
class RawTable:
    """The rows of one ledger found in one sheet, values as the unit typed them."""

    file: str
    sheet: str
    header_row: int  # Excel row number of the (last) header row
    fields: list[Field]
    rows: list[tuple[int, Sequence[object]]]  # (Excel row, cell values)
    unit: Unit | None = None
    unit_text: str | None = None  # 填报单位 as written, when it names no known unit
    report_date: date | None = None
    problems: list[Problem] = field(default_factory=list)

    @property
    def canonical(self) -> set[str]:
        return {t for f in self.fields for t in f.targets}


@dataclass
class WorkbookRead:
    file: str
    path: Path
    tables: list[RawTable]
    problems: list[Problem]
    mtime: float = 0.0


@lru_cache(maxsize=8192)
def match_header(text: object) -> tuple[str, ...]:
    """Canonical column(s) a header cell stands for; () when it is not a ledger column."""
    raw = str(text or "").strip()
    key = clean_header(raw)
    if not key:
        return ()
    if key in HEADER_LOOKUP:
        return (HEADER_LOOKUP[key],)
    parts = [clean_header(p) for p in re.split(r"[\n/／、]+", raw) if clean_header(p)]
    if len(parts) > 1 and all(p in HEADER_LOOKUP for p in parts):
        return tuple(dict.fromkeys(HEADER_LOOKUP[p] for p in parts))
    if len(key) <= 16:
        for alias, column in HEADER_CONTAINS:
            if alias not in GENERIC_ALIASES and alias in key:
                return (column,)
    return ()


def read_workbook(path: str | Path, units: UnitDirectory, name: str | None = None) -> WorkbookRead:
    """Every ledger table in a workbook, with the problems that stop a sheet or the file.

    ``name`` is how the file is named in problems and provenance (default: its file name).
    """
    path = Path(path)
    name = name or path.name
    problems: list[Problem] = []
    try:
        size = path.stat().st_size
        mtime = path.stat().st_mtime
    except OSError as exc:
        return WorkbookRead(
            name, path, [], [make_problem("file-unreadable", name, detail=exc.strerror or "")]
        )
    if size == 0:
        return WorkbookRead(name, path, [], [make_problem("file-empty", name)], mtime)
    inflated = _inflated_size(path)
    if inflated > MAX_INFLATED:
        problem = make_problem(
            "file-too-large", name, value=f"{inflated // 2**20} MB", detail=f"{MAX_INFLATED // 2**20}"
        )
        return WorkbookRead(name, path, [], [problem], mtime)
    try:
        book = calamine.CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises several types; all mean "cannot read"
        code = "file-encrypted" if _is_encrypted(path) else "file-unreadable"
        problem = make_problem(code, name, value=_short(exc), detail=NOT_EXCEL)
        return WorkbookRead(name, path, [], [problem], mtime)

    tables: list[RawTable] = []
    hidden = {m.name for m in book.sheets_metadata if m.visible != calamine.SheetVisibleEnum.Visible}
    with book:
        for sheet_name in book.sheet_names:
            try:
                sheet = book.get_sheet_by_name(sheet_name)
                grid = sheet.to_python(skip_empty_area=False)
                merged = sheet.merged_cell_ranges or []
            except Exception as exc:
                problems.append(
                    make_problem(
                        "file-unreadable", name, sheet=sheet_name, value=_short(exc), detail=BAD_SHEET
                    )
                )
                continue
            grid = _trim_empty_tail(grid)
            table = read_sheet(grid, merged, name, sheet_name, units)
            if table is not None:
                tables.append(table)
                if sheet_name in hidden and table.rows:
                    problems.append(
                        make_problem("hidden-sheet", name, sheet=sheet_name, value=len(table.rows))
                    )
            elif _has_content(grid) and not re.search(r"说明|填表|目录|封面|字典|下拉", sheet_name):
                problems.append(make_problem("sheet-skipped", name, sheet=sheet_name))
    if not tables:
        if not any(p.code == "file-unreadable" for p in problems):
            problems = [p for p in problems if p.code != "sheet-skipped"]
            problems.append(make_problem("no-header", name))
    return WorkbookRead(name, path, tables, problems, mtime)


def _inflated_size(path: Path) -> int:
    """Bytes the workbook's parts take once unzipped (0 for files that are not zip packages).

    Read from the zip's directory before anything is inflated, so a zip bomb is refused
    before it costs memory or time.
    """
    try:
        with zipfile.ZipFile(path) as z:
            return sum(info.file_size for info in z.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return 0


def _trim_empty_tail(grid: list) -> list:
    """Drop the empty rows at the end of a sheet (formatted but blank rows down to row 1,048,576)."""
    end = len(grid)
    while end and not any(v != "" and v is not None for v in grid[end - 1]):
        end -= 1
    return grid if end == len(grid) else grid[:end]


def read_sheet(
    grid: Sequence[Sequence[object]],
    merged: list[tuple[tuple[int, int], tuple[int, int]]],
    file: str,
    sheet: str,
    units: UnitDirectory,
) -> RawTable | None:
    """The ledger in one sheet grid (row 0 = Excel row 1), or None when the sheet holds none."""
    top = [list(r) for r in grid[: HEADER_SCAN_ROWS + 1]]
    spans_right: dict[int, list[tuple[int, int]]] = {}  # row -> column ranges merged across columns
    for (r1, c1), (r2, c2) in merged:
        if r1 > HEADER_SCAN_ROWS:
            continue
        if c2 > c1:
            spans_right.setdefault(r1, []).append((c1, c2))
        value = top[r1][c1] if c1 < len(top[r1]) else ""
        for r in range(r1, min(r2, HEADER_SCAN_ROWS) + 1):
            row = top[r]
            if len(row) <= c2:
                row.extend([""] * (c2 + 1 - len(row)))
            for c in range(c1, c2 + 1):
                row[c] = value

    best: tuple[int, int, int, list[Field]] | None = None  # (score, first row, last row, fields)
    for r in range(min(HEADER_SCAN_ROWS, len(top))):
        if best is not None and best[0] > MIN_HEADER_MATCHES and r > best[2] + SETTLED_AFTER:
            break  # a clear header with items under it: rows further down are items, not headers
        fields = _fields_single(top[r])
        score = _score(fields)
        if r + 1 < len(top) and _is_parent_row(top[r], top[r + 1], spans_right.get(r, []), fields):
            two = _fields_double(top[r], top[r + 1])
            if _score(two) >= score:
                fields, score = two, _score(two)
                end = r + 1
            else:
                end = r
        else:
            end = r
        if score and (best is None or score > best[0]):
            best = (score, r, end, fields)
    if best is None:
        return None
    _, header_start, header_end, fields = best

    table = RawTable(file=file, sheet=sheet, header_row=header_end + 1, fields=fields, rows=[])
    _read_preamble(table, top[:header_start], units)
    if table.unit is None and table.unit_text is None:
        table.unit = units.resolve(sheet) or units.find_in(sheet)
    if table.unit is None and table.unit_text is None:
        table.unit = units.find_in(Path(file).stem)

    table.rows = _item_rows(grid, header_end + 1, fields, grid[header_end] if header_end < len(grid) else [])
    return table


def _item_rows(
    grid: Sequence[Sequence[object]], start: int, fields: list[Field], header: Sequence[object]
) -> list[tuple[int, Sequence[object]]]:
    """The rows under the header that are items, with their Excel row numbers.

    A return has thousands of rows, so the common case costs a few C-level calls per row: a row
    with a value in a ledger column, at least three values, no chance of being the header
    pasted again and no chance of being a row of numbers is an item. Whether a row could repeat
    the header or be all numbers is settled per column first; only the other rows get the full
    row-by-row test.
    """
    data = grid[start:]
    skip = _RowFilter(fields, header)
    width = len(data[0]) if data else 0
    indices = [f.index for f in fields if f.index < width]
    real = [i for i in skip.real if i < width]
    if not data or not real or len(set(map(len, data))) != 1:
        return [(start + k + 1, row) for k, row in enumerate(data) if not skip(row)]
    columns = list(zip(*data, strict=True))
    numeric = [i for i in indices if set(map(type, columns[i])) & {int, float}]
    repeats = [(i, h) for i, h in skip.header if i < width and h in columns[i]]
    cheap = len(numeric) < 3 and len(repeats) < MIN_HEADER_MATCHES  # no row is all numbers or the header
    ledger = _getter(indices)
    values = _getter(real)
    rows = []
    for k, row in enumerate(data):
        t = values(row)
        if len(t) == t.count("") + t.count(None):
            continue  # nothing in a ledger column (a 序号 alone does not make an item)
        t = ledger(row)
        if cheap and len(t) - t.count("") - t.count(None) > 2:
            rows.append((start + k + 1, row))
        elif not skip(row):
            rows.append((start + k + 1, row))
    return rows


def _getter(indices: list[int]) -> Callable[[Sequence[object]], tuple]:
    """``row -> tuple(row[i] for i in indices)``, done in C."""
    if len(indices) == 1:
        i = indices[0]
        return lambda row: (row[i],)
    return itemgetter(*indices)


def _fields_single(row: list[object]) -> list[Field]:
    fields = []
    for c, value in enumerate(row):
        if isinstance(value, str) and (targets := match_header(value)):
            fields.append(Field(c, value.strip(), targets))
    return _drop_repeats(fields)


def _is_parent_row(
    upper: list[object], lower: list[object], spans: list[tuple[int, int]], fields: list[Field]
) -> bool:
    """Whether ``upper`` is the parent row of a two-level header (整改情况 over 措施/时限/状态).

    It must already look like a header (two recognised cells, so a title row does not), have a
    cell merged across columns, and every column under that cell must hold a short label.
    """
    if not spans or len(fields) < 2:
        return False
    for c1, c2 in spans:
        for c in range(c1, c2 + 1):
            value = lower[c] if c < len(lower) else ""
            if not isinstance(value, str) or not value.strip() or len(value.strip()) > 12:
                return False
    return True


def _fields_double(upper: list[object], lower: list[object]) -> list[Field]:
    """Two header rows: a merged parent (整改情况) over children (整改措施/整改时限/…)."""
    fields = []
    for c in range(max(len(upper), len(lower))):
        top = str(upper[c]).strip() if c < len(upper) and upper[c] != "" else ""
        bottom = str(lower[c]).strip() if c < len(lower) and lower[c] != "" else ""
        if not bottom or bottom == top:
            targets, header = match_header(top), top
        else:
            header = f"{top} / {bottom}" if top else bottom
            targets = match_header(bottom) or match_header(top + bottom) or match_header(top)
        if targets:
            fields.append(Field(c, header, targets))
    return _drop_repeats(fields)


def _drop_repeats(fields: list[Field]) -> list[Field]:
    """Several columns may feed 责任单位 (建设/设计/施工); other canonical columns keep the first."""
    seen: set[str] = set()
    kept = []
    for f in fields:
        targets = tuple(t for t in f.targets if t == "责任单位" or t not in seen)
        seen.update(targets)
        if targets:
            kept.append(Field(f.index, f.header, targets))
    return kept


def _score(fields: list[Field]) -> int:
    """How much a row looks like a ledger header: the number of ledger columns it names.

    It counts only with at least three of them, or with both required ones, and one of the
    columns that make a ledger a ledger (a list of names and phones is not one).
    """
    found = {t for f in fields for t in f.targets if not t.startswith("_")}
    if not found & {"问题描述", "整改措施", "整改时限", "整改状态"}:
        return 0
    if len(found) < MIN_HEADER_MATCHES and not set(REQUIRED) <= found:
        return 0
    return len(found)


def _read_preamble(table: RawTable, rows: list[list[object]], units: UnitDirectory) -> None:
    """填报单位 and 填报日期 from the lines above the header; the title names the unit otherwise."""
    title_unit = None
    for row in rows:
        cells = [str(v).strip() for v in row if v not in ("", None)]
        if not cells:
            continue
        text = " ".join(dict.fromkeys(cells))  # merged cells repeat their value
        m = re.search(
            r"(填报|报送|责任)单位(名称)?\s*[:：]?\s*([^\s:：]+?)(?=\s|填报|报送|日期|时间|$)", text
        )
        if m and m.group(3) and not m.group(3).startswith(("填报", "报送")):
            unit = units.resolve(m.group(3)) or units.find_in(m.group(3))
            if unit:
                table.unit = unit
            else:
                table.unit_text = m.group(3)
        if table.report_date is None and re.search(r"(填报|报送|统计|截止|截至)(日期|时间)?", text):
            table.report_date = _preamble_date(row, text)
        if title_unit is None and len(cells) == 1:
            title_unit = units.find_in(cells[0])
    if table.unit is None and table.unit_text is None and title_unit is not None:
        table.unit = title_unit


def _preamble_date(row: list[object], text: str) -> date | None:
    """The date on a 填报日期 line: in the same cell as text, or a real date in a cell of its own."""
    m = re.search(
        r"(填报|报送|统计|截止|截至)(日期|时间)?\s*[:：]?\s*(\d{4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2})",
        text,
    )
    if m:
        return normalize.parse_date(m.group(3), None).value
    for value in row:
        if isinstance(value, date):
            return value.date() if isinstance(value, datetime) else value
    return None


class _RowFilter:
    """Tells which rows under a header are not items: blank rows, notes (填表说明, 注：), totals
    (合计), a (1)(2)(3) column-numbering row, and the header pasted again.

    Called once per row of every return, so the work per row is a few list lookups; the rarer
    checks run only when the cheap ones leave the question open.
    """

    def __init__(self, fields: list[Field], header: Sequence[object]) -> None:
        self.fields = [f.index for f in fields]
        self.real = [f.index for f in fields if f.targets != ("_序号",)]
        self.header = [
            (f.index, header[f.index]) for f in fields if f.index < len(header) and header[f.index] != ""
        ]

    def __call__(self, values: Sequence[object]) -> bool:
        width = len(values)
        if not any(values[i] != "" and values[i] is not None for i in self.real if i < width):
            return True
        filled = [v for v in (values[i] for i in self.fields if i < width) if v != "" and v is not None]
        if len(filled) <= 2:
            first = next((v for v in values if v != "" and v is not None), "")
            if isinstance(first, str) and (NOTE_ROW.match(first) or TOTAL_ROW.match(first)):
                return True
        if sum(1 for i, h in self.header if i < width and values[i] == h) >= MIN_HEADER_MATCHES:
            return True  # the header repeated (two tables pasted one under the other)
        if len(filled) >= 3 and all(isinstance(v, float | int) and not isinstance(v, bool) for v in filled):
            return [float(v) for v in filled] == [float(i) for i in range(1, len(filled) + 1)]  # type: ignore[arg-type]
        return False


def _has_content(grid: Sequence[Sequence[object]]) -> bool:
    return sum(1 for row in grid for v in row if v not in ("", None)) >= 3


def _is_encrypted(path: Path) -> bool:
    try:
        import msoffcrypto

        with open(path, "rb") as fh:
            return bool(msoffcrypto.OfficeFile(fh).is_encrypted())
    except Exception:
        return False


def _short(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:120]

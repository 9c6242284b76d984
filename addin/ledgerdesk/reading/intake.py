"""One returned workbook -> raw ledger tables with provenance (file, sheet, Excel row).

Reading uses calamine (fast, never runs macros, never writes). For every sheet the header row is
found wherever it is, merged and two-level headers are resolved, headers are mapped through the
alias table, and the rows under it are kept with their Excel row numbers. The lines above the
header (title, 填报单位, 填报日期) tell which unit sent the return and when.
"""

from __future__ import annotations

import io
import mmap
import operator
import os
import re
import struct
import zipfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import python_calamine as calamine

from ..model import Col, Sheet
from . import normalize
from .problems import Problem, make_problem
from .schema import (
    ANY_ROLE,
    GENERIC_ALIASES,
    HEADER_CONTAINS,
    HEADER_LOOKUP,
    HEADER_ROLE_PATTERNS,
    ROLE_MAX_LEN,
    Unit,
    UnitDirectory,
    Vocabulary,
    clean_header,
)

EXCEL_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods")
# A return of 100,000 rows unzips to about 60 MB; four times that is a broken file or a zip bomb.
MAX_INFLATED = 256 * 2**20
READ_WHOLE = 64 * 2**20  # a return up to this size is read into memory at once (one read, not a dozen)
HEADER_SCAN_ROWS = 30
MASTER_SHEETS = {Sheet.LEDGER, Sheet.UNITS, Sheet.ABOUT}  # the sheets of a master workbook the tool wrote
# Sheets that explain the return (填表说明, 目录, 下拉选项): read only under a header that is clearly
# a ledger's (three ledger columns, or 问题描述 and 整改状态), never a "问题描述 | 填写要求" list.
INSTRUCTIONS = re.compile(r"说明|填表|目录|封面|字典|下拉")
MIN_HEADER_MATCHES = 3
SETTLED_AFTER = 3  # rows looked at under a clear header before the search for one stops
# A header row names at least one of these, and three ledger columns or 问题描述 and one more of these.
HEADER_KEY = {Col.DESCRIPTION, Col.MEASURES, Col.DEADLINE, Col.STATUS}
NOTE_ROW = re.compile(
    r"^\s*(填表说明|填报说明|注[:：]|注\d|说明[:：]|备注[:：]|制表|填表人|审核人|联系人|联系电话|单位负责人|主要负责人"
    r"|填报人|审核|签发|签字|签名|盖章|落款|公示(时间|期|日期)|监督电话|举报电话|联系方式|电话[:：]|手机[:：]"
    r"|填报(日期|时间)|报送(日期|时间)|日期[:：]|附件[:：\d]|特此|以上)"
)
# A footer cell after the data: a date line (2024年7月30日), or the signing office (…局（盖章）).
DATE_LINE = re.compile(r"^\s*\d{4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}\s*日?\s*$")
ORG_SUFFIX = r"(局|委员会|委|办公室|办|中心|人民政府|政府|镇|乡|街道办事处|街道|县|区|院|公司|集团|厅|所|站|队|馆|会|党组|党委)"
ORG_NAME = re.compile(r"\s*([^\s，。；,;:：]{2,20}?" + ORG_SUFFIX + r")\s*")
STAMPED = re.compile(r"(^|\s)([^\s，。；,;:：]{2,30}?" + ORG_SUFFIX + r")\s*[（(]\s*(盖章|公章)\s*[）)]")
SIGNATURE = re.compile(
    r"^\s*[^\s，。；,;:：]{2,30}?" + ORG_SUFFIX + r"\s*([（(]\s*(盖章|公章|章)\s*[）)])?\s*$"
)
# A sentence is never a unit: instructions above the table ("请相关责任单位在规定时限内…").
SENTENCE = re.compile(r"[，。；！？,;!?]|请|应当|务必|要求|按照|根据|在规定")
# 交办/反馈 dates above or below the table are the base of relative deadlines (90日内).
BASE_DATE = re.compile(
    r"(交办|反馈|转办|下发|印发|通报|移交|督办)(日期|时间|于)?\s*[:：]?\s*"
    r"(\d{4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2})"
    r"|(\d{4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2})\s*日?\s*(交办|反馈|转办|下发|印发|移交)"
)
# A header with a digit, or one that counts (问题数, 完成率, 涉及金额), names no ledger column by its words.
COUNT = re.compile(r"\d|(数|数量|个数|件数|次数|率|比例|占比|比重|金额|万元|元)$")
HEADER_PARTS = re.compile(r"[\n/／、]+")
# Whether any alias is inside a header at all (one search; most cells hold none): only then are
# they tried one by one, longest first.
CONTAINS_ANY = re.compile("|".join(re.escape(a) for a, _ in HEADER_CONTAINS if a not in GENERIC_ALIASES))
OTHER_SUBJECT = re.compile(r"(情况|结果|时间|日期|原因|金额|次数|方式|电话|材料|意见|等级)$")
NOT_EXCEL = "不是有效的 Excel 文件或文件已损坏，请另存为 .xlsx 后重新报送"
CANNOT_OPEN = "无法打开文件，请检查文件是否存在、是否有权限读取"
BAD_SHEET = "工作表内容损坏，无法读取"
TOTAL_ROW = re.compile(r"^\s*(合\s*计|小\s*计|总\s*计)\s*$")


# How a column was mapped: an exact alias, an alias inside the header, the header's role words,
# the column's content, or the clerk's 列对照. The last three are told to the clerk.
EXACT, CONTAINS, ROLE, CONTENT, CLERK = "alias", "contains", "role", "content", "clerk"
GUESSED = (ROLE, CONTENT)
KEEP = "原样保留"  # a 列对照 target: keep the column under its own header, never guess it


@dataclass
class Field:
    index: int  # 0-based column index in the sheet
    header: str  # the header as written (two-level headers joined with "/")
    targets: tuple[str, ...]  # canonical columns it feeds; two when a header reads "责任单位\n责任人"
    how: str = EXACT
    alt: tuple[str, ...] = ()  # for a column kept as it is: what its header would have fed


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
    extras: list[Field] = field(default_factory=list)  # columns the ledger model does not know
    base_date: tuple[date, str] | None = None  # start of relative deadlines, and where it came from
    filled: dict[int, list[str]] = field(default_factory=dict)  # Excel row -> headers filled down
    # The cells of ``rows`` column by column, empty cells as "", when the row filter made them
    # already (rows of equal length, the items first): (the rows they were made from, the columns).
    transposed: tuple[list[Any], list[Sequence[object]]] | None = None

    @property
    def canonical(self) -> set[str]:
        return {t for f in self.fields for t in f.targets}

    def columns(self) -> list[Sequence[object]] | None:
        """The cells column by column, if intake made them for exactly these rows."""
        if self.transposed is not None and self.transposed[0] is self.rows:
            return self.transposed[1]
        return None


@dataclass
class WorkbookRead:
    file: str
    path: Path
    tables: list[RawTable]
    problems: list[Problem]
    mtime: float = 0.0


def match_header(text: object) -> tuple[str, ...]:
    """Canonical column(s) a header cell stands for; () when it is not a ledger column."""
    return classify_header(text)[0]


@lru_cache(maxsize=8192)
def classify_header(text: object) -> tuple[tuple[str, ...], str]:
    """(canonical columns, how) for a header cell: by alias, by an alias inside it, by role words."""
    raw = str(text or "").strip()
    key = clean_header(raw)
    if not key:
        return (), EXACT
    if key in HEADER_LOOKUP:
        return (HEADER_LOOKUP[key],), EXACT
    if HEADER_PARTS.search(raw):  # 责任单位\n责任人, 完成时间/完成情况
        parts = [p for p in map(clean_header, HEADER_PARTS.split(raw)) if p]
        if len(parts) > 1 and all(p in HEADER_LOOKUP for p in parts):
            return tuple(dict.fromkeys(HEADER_LOOKUP[p] for p in parts)), EXACT
    if len(key) <= 16 and CONTAINS_ANY.search(key):
        # An alias inside a longer header, when the header is still about it: 计划整改时限 is a
        # 整改时限, but 责任人被处理情况 is about what happened to someone, not who is responsible.
        other_subject = OTHER_SUBJECT.search(key)
        for alias, column in HEADER_CONTAINS:
            if alias not in GENERIC_ALIASES and alias in key and (key.endswith(alias) or not other_subject):
                return (column,), CONTAINS
    if len(key) <= ROLE_MAX_LEN and not COUNT.search(key) and ANY_ROLE.search(key):
        for column, pattern in HEADER_ROLE_PATTERNS:
            if pattern.search(key):
                return (column,), ROLE
    return (), EXACT


def read_workbook(
    path: str | Path, units: UnitDirectory, name: str | None = None, vocabulary: Vocabulary | None = None
) -> WorkbookRead:
    """Every ledger table in a workbook, with the problems that stop a sheet or the file.

    ``name`` is how the file is named in problems and provenance (default: its file name);
    ``vocabulary`` carries the clerk's 列对照.
    """
    path = Path(path)
    name = name or path.name
    problems: list[Problem] = []
    try:  # a return is read once, into memory (a very big file is left on disk for calamine)
        with open(path, "rb") as fh:
            stat = os.fstat(fh.fileno())
            size, mtime = stat.st_size, stat.st_mtime
            data = fh.read() if size <= READ_WHOLE else None
    except OSError as exc:
        return WorkbookRead(
            name, path, [], [make_problem("file-unreadable", name, detail=exc.strerror or "")]
        )
    if size == 0:
        return WorkbookRead(name, path, [], [make_problem("file-empty", name)], mtime)
    inflated = _inflated_size(path if data is None else data)
    if inflated > MAX_INFLATED:
        problem = make_problem(
            "file-too-large", name, value=f"{inflated // 2**20} MB", detail=f"{MAX_INFLATED // 2**20}"
        )
        return WorkbookRead(name, path, [], [problem], mtime)
    try:
        if data is None:
            book = calamine.CalamineWorkbook.from_path(str(path))
        else:
            book = calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
            del data  # calamine keeps its own copy
    except Exception as exc:  # calamine raises several types; all mean "cannot read"
        code = "file-encrypted" if _is_encrypted(path) else "file-unreadable"
        problem = make_problem(code, name, value=_short(exc), detail=NOT_EXCEL)
        return WorkbookRead(name, path, [], [problem], mtime)

    if MASTER_SHEETS <= set(book.sheet_names):  # a master dropped into the inbox is no return
        book.close()
        return WorkbookRead(name, path, [], [make_problem("file-is-master", name)], mtime)
    tables: list[RawTable] = []
    hidden = {m.name for m in book.sheets_metadata if m.visible != calamine.SheetVisibleEnum.Visible}
    ods_merged = ods_merged_ranges(path) if path.suffix.strip().lower() == ".ods" else {}
    with book:
        for sheet_name in book.sheet_names:
            try:
                sheet = book.get_sheet_by_name(sheet_name)
                grid = sheet.to_python(skip_empty_area=False)
                merged = sheet.merged_cell_ranges or ods_merged.get(sheet_name, [])
            except Exception as exc:
                problems.append(
                    make_problem(
                        "file-unreadable", name, sheet=sheet_name, value=_short(exc), detail=BAD_SHEET
                    )
                )
                continue
            grid = _trim_empty_tail(grid)
            table = read_sheet(grid, merged, name, sheet_name, units, vocabulary)
            if table is not None:
                tables.append(table)
                if sheet_name in hidden and table.rows:
                    problems.append(
                        make_problem("hidden-sheet", name, sheet=sheet_name, value=len(table.rows))
                    )
            elif _has_content(grid) and not INSTRUCTIONS.search(sheet_name):
                problems.append(make_problem("sheet-skipped", name, sheet=sheet_name))
    if not tables:
        if not any(p.code == "file-unreadable" for p in problems):
            problems = [p for p in problems if p.code != "sheet-skipped"]
            problems.append(make_problem("no-header", name))
    return WorkbookRead(name, path, tables, problems, mtime)


TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"


def ods_merged_ranges(path: Path) -> dict[str, list[tuple[tuple[int, int], tuple[int, int]]]]:
    """Merged cells of an .ods file, per sheet, as calamine gives them for .xlsx (its .ods reader
    does not): read from the spans in content.xml. {} when the file cannot be read this way."""
    spans: dict[str, list[tuple[tuple[int, int], tuple[int, int]]]] = {}
    t = f"{{{TABLE_NS}}}"
    try:
        with zipfile.ZipFile(path) as z, z.open("content.xml") as content:
            sheet, row, col = "", -1, 0
            for event, element in ElementTree.iterparse(content, events=("start", "end")):
                tag = element.tag
                if event == "start" and tag == f"{t}table":
                    sheet, row = element.get(f"{t}name", ""), -1
                elif event == "start" and tag == f"{t}table-row":
                    row, col = row + 1, 0
                elif event == "end" and tag == f"{t}table-row":
                    row += int(element.get(f"{t}number-rows-repeated", "1")) - 1
                    element.clear()
                elif event == "start" and tag in (f"{t}table-cell", f"{t}covered-table-cell"):
                    across = int(element.get(f"{t}number-columns-spanned", "1"))
                    down = int(element.get(f"{t}number-rows-spanned", "1"))
                    if across > 1 or down > 1:
                        spans.setdefault(sheet, []).append(((row, col), (row + down - 1, col + across - 1)))
                    col += int(element.get(f"{t}number-columns-repeated", "1"))
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, ValueError, OSError):
        return {}
    return spans


def _inflated_size(source: Path | bytes) -> int:
    """Bytes the workbook's parts take once unzipped (0 for files that are not zip packages), of
    a file or of its bytes read into memory.

    Read from the zip's directory before anything is inflated, so a zip bomb is refused
    before it costs memory or time.
    """
    size = _directory_sizes(source)
    if size is not None:
        return size
    try:
        with zipfile.ZipFile(source if isinstance(source, Path) else io.BytesIO(source)) as z:
            return sum(info.file_size for info in z.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return 0


END = struct.Struct("<4s4H2LH")  # end of central directory: signature … size, offset, comment
ENTRY = struct.Struct("<4s20xLHHH12x")  # central directory entry: signature … size, name, extra, comment


def _directory_sizes(source: Path | bytes) -> int | None:
    """The sum of the unzipped sizes in a plain zip's central directory (of a file's bytes, or of
    the file, mapped, not read): a third of the time zipfile takes to list a workbook's parts,
    paid on every return. None for anything else — zip64, a comment, data before the archive, not
    a zip — which zipfile reads."""
    try:
        if isinstance(source, bytes):
            return _listed_sizes(source)
        with open(source, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
            return _listed_sizes(mapped)
    except (OSError, ValueError, struct.error):
        return None


def _listed_sizes(data: bytes | mmap.mmap) -> int | None:
    signature, _, _, _, entries, length, offset, comment = END.unpack(data[-END.size :])
    if signature != b"PK\x05\x06" or comment or entries == 0xFFFF or offset == 0xFFFFFFFF:
        return None
    directory = data[offset : offset + length]
    total, at = 0, 0
    for _ in range(entries):
        if at + ENTRY.size > len(directory):
            return None
        signature, size, name, extra, note = ENTRY.unpack_from(directory, at)
        if signature != b"PK\x01\x02" or size == 0xFFFFFFFF:
            return None
        total += size
        at += ENTRY.size + name + extra + note
    return total if at == length else None


def _trim_empty_tail(grid: list[Any]) -> list[Any]:
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
    vocabulary: Vocabulary | None = None,
) -> RawTable | None:
    """The ledger in one sheet grid (row 0 = Excel row 1), or None when the sheet holds none."""
    strict = bool(INSTRUCTIONS.search(sheet))
    top = [list(r) for r in grid[: HEADER_SCAN_ROWS + 1]]
    spans_right: dict[int, list[tuple[int, int]]] = {}  # row -> column ranges merged across columns
    for (r1, c1), (r2, c2) in merged:
        if r1 > HEADER_SCAN_ROWS:
            continue
        if c2 > c1:
            spans_right.setdefault(r1, []).append((c1, c2))
        value = top[r1][c1] if r1 < len(top) and c1 < len(top[r1]) else ""
        for r in range(r1, min(r2, HEADER_SCAN_ROWS, len(top) - 1) + 1):
            row = top[r]
            if len(row) <= c2:
                row.extend([""] * (c2 + 1 - len(row)))
            for c in range(c1, c2 + 1):
                row[c] = value
    clerk = _clerk_columns(vocabulary, units, " ".join([Path(file).stem, sheet, *_texts(top[:5])]))

    best: tuple[int, int, int, list[Field], list[Field]] | None = None  # (score, first, last, fields, extras)
    for r in range(min(HEADER_SCAN_ROWS, len(top))):
        if best is not None and best[0] > MIN_HEADER_MATCHES and r > best[2] + SETTLED_AFTER:
            break  # a clear header with items under it: rows further down are items, not headers
        fields, extras = _fields(top[r], None, clerk)
        score = _score(fields, strict)
        end = r
        if r + 1 < len(top) and _is_parent_row(top[r], top[r + 1], spans_right.get(r, []), fields):
            two, two_extras = _fields(top[r], top[r + 1], clerk)
            if _score(two, strict) >= score:
                fields, extras, score, end = two, two_extras, _score(two, strict), r + 1
        if score and (best is None or score > best[0]):
            best = (score, r, end, fields, extras)
    if best is None:
        return None
    _, header_start, header_end, fields, extras = best
    extras = [f for f in extras if f.how == CLERK or not SENTENCE.search(f.header)]  # a note is no column
    seen: Counter[str] = Counter()
    for f in extras:  # two columns under one header text stay two columns
        seen[f.header] += 1
        if seen[f.header] > 1:
            f.header = f"{f.header}（{seen[f.header]}）"

    table = RawTable(file=file, sheet=sheet, header_row=header_end + 1, fields=fields, rows=[], extras=extras)
    filled = _fill_down(grid, merged, header_end + 1, [f.index for f in fields], table)
    rows, footer, skip = _item_rows(
        grid, header_end + 1, fields, grid[header_end] if header_end < len(grid) else []
    )
    table.rows = rows
    table.filled = filled
    if skip.columns is not None and rows and rows[-1][0] == header_end + 1 + len(rows):
        # the items are the first rows under the header (notes and blank rows may follow them)
        k = len(rows)
        table.transposed = (rows, [c if len(c) == k else c[:k] for c in skip.columns])
    _infer_by_content(table, units)
    _read_preamble(table, top[:header_start], units)
    _read_preamble(table, footer, units, below=True)
    if table.unit is None and table.unit_text is None:
        table.unit = units.resolve(sheet) or units.find_in(sheet)
    if table.unit is None and table.unit_text is None:
        table.unit = units.find_in(Path(file).stem)
    if table.unit is None and table.unit_text is None:
        table.unit_text = _org_name(sheet) or _org_name(Path(file).stem)  # one sheet per town: the sheet
    if table.base_date is None and table.report_date is not None:
        table.base_date = (table.report_date, Col.REPORTED_ON)
    return table


def _texts(rows: Sequence[Sequence[object]]) -> list[str]:
    return [str(v) for row in rows for v in dict.fromkeys(row) if isinstance(v, str) and v.strip()]


def _clerk_columns(vocabulary: Vocabulary | None, units: UnitDirectory, hint: str) -> dict[str, str]:
    """The clerk's 列对照 that applies here: every entry for all units, and the entries for the
    unit the file, sheet or title names. Keys are cleaned header texts."""
    if vocabulary is None or not vocabulary.columns:
        return {}
    mapping: dict[str, str] = {}
    per_unit: dict[str, str] = {}
    for unit, header, column in vocabulary.columns:
        key = clean_header(header)
        if not unit:
            mapping[key] = column
            continue
        known = units.resolve(unit)
        spellings = (known.name, *known.aliases) if known else (unit,)
        if any(s and s in hint for s in spellings):
            per_unit[key] = column
    return {**mapping, **per_unit}


def _fields(
    upper: list[object], lower: list[object] | None, clerk: dict[str, str]
) -> tuple[list[Field], list[Field]]:
    """The ledger columns of a header row (or a merged parent row over a child row), and the
    columns it has that the ledger model does not know (kept as they are; read_sheet drops the
    ones that are sentences once it has chosen the header)."""
    fields: list[Field] = []
    extras: list[Field] = []
    if lower is None:  # one header row: the common case, looked at for every row scanned
        for c, cell in enumerate(upper):
            if not isinstance(cell, str) or not (header := cell.strip()):
                continue  # a header is text; numbers and dates in a row are data
            targets, how = _read_header((header,), clerk)
            (fields if targets else extras).append(Field(c, header, targets, how))
        kept, dropped = _drop_repeats(fields)
        return kept, sorted([*extras, *dropped], key=lambda f: f.index) if dropped else extras
    for c in range(max(len(upper), len(lower))):
        top = _text(upper[c] if c < len(upper) else "")
        bottom = _text(lower[c] if c < len(lower) else "")
        candidates: tuple[str, ...] = (top,)
        header = top
        if bottom and bottom != top:
            header = f"{top} / {bottom}" if top else bottom
            candidates = (bottom, top + bottom, top)
        if not header:
            continue
        targets, how = _read_header(candidates, clerk)
        (fields if targets else extras).append(Field(c, header, targets, how))
    kept, dropped = _drop_repeats(fields)
    return kept, sorted([*extras, *dropped], key=lambda f: f.index)


def _read_header(candidates: tuple[str, ...], clerk: dict[str, str]) -> tuple[tuple[str, ...], str]:
    """(columns, how) for one header cell, given the ways to read it (a child header, child and
    parent together, the parent): the clerk's 列对照 first; then the child before the parent, but
    an alias (or one inside) before role words."""
    if clerk:
        key = next((k for k in map(clean_header, candidates) if k in clerk), None)
        if key is not None:
            return ((clerk[key],) if clerk[key] != KEEP else ()), CLERK
    if len(candidates) == 1:
        return classify_header(candidates[0])
    found = [classify_header(candidate) for candidate in candidates]
    return next(((t, h) for t, h in found if t and h != ROLE), None) or next(
        ((t, h) for t, h in found if t), ((), EXACT)
    )


def _text(value: object) -> str:
    return str(value).strip() if value not in ("", None) else ""


def _drop_repeats(fields: list[Field]) -> tuple[list[Field], list[Field]]:
    """Several columns may feed 责任单位 (建设/设计/施工); any other canonical column is fed by its
    surest column (the clerk's word, then an exact alias, then the first found). The others are
    kept as columns of their own, never dropped."""
    rank = {CLERK: 0, EXACT: 1, CONTAINS: 2, ROLE: 3, CONTENT: 4}
    best: dict[str, int] = {}
    for k, f in enumerate(fields):
        for t in f.targets:
            if t not in best or rank[f.how] < rank[fields[best[t]].how]:
                best[t] = k
    kept, dropped = [], []
    for k, f in enumerate(fields):
        targets = tuple(t for t in f.targets if (t == Col.UNIT and f.how != ROLE) or best[t] == k)
        if targets:
            kept.append(Field(f.index, f.header, targets, f.how))
        elif not f.targets[0].startswith("_"):
            dropped.append(Field(f.index, f.header, (), f.how, f.targets))
    return kept, dropped


def _score(fields: list[Field], strict: bool = False) -> int:
    """How much a row looks like a ledger header: the number of ledger columns it names.

    It counts only with at least three of them, or with the description and one more of the
    columns that make a ledger a ledger (a list of names and phones is not one).
    """
    found = {t for f in fields for t in f.targets if not t.startswith("_")}
    if not found & HEADER_KEY:
        return 0
    core = {Col.DESCRIPTION, Col.STATUS} if strict else None
    if len(found) < MIN_HEADER_MATCHES and not (
        core <= found if core else Col.DESCRIPTION in found and len(found & HEADER_KEY) >= 2
    ):
        return 0
    return len(found)


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


def _fill_down(
    grid: Sequence[Sequence[object]],
    merged: list[tuple[tuple[int, int], tuple[int, int]]],
    start: int,
    ledger_columns: list[int],
    table: RawTable,
) -> dict[int, list[str]]:
    """Give every row of a vertically merged data cell (one 责任单位 or 整改时限 over several
    items) the cell's value, as a person reads it. Returns Excel row -> headers filled."""
    headers = {f.index: f.header for f in (*table.fields, *table.extras)}
    wanted = set(ledger_columns) | {f.index for f in table.extras}
    filled: dict[int, list[str]] = {}
    for (r1, c1), (r2, c2) in merged:
        if r1 < start or r2 <= r1 or c1 != c2 or c1 not in wanted or r1 >= len(grid):
            continue
        value = grid[r1][c1] if c1 < len(grid[r1]) else ""
        if value in ("", None):
            continue
        for r in range(r1 + 1, min(r2, len(grid) - 1) + 1):
            row = grid[r]
            if c1 < len(row) and row[c1] in ("", None):
                row[c1] = value  # type: ignore[index]
                filled.setdefault(r + 1, []).append(headers.get(c1, ""))
    return filled


CONTENT_SAMPLE = 200


def _infer_by_content(table: RawTable, units: UnitDirectory) -> None:
    """Columns a header did not name, read by what is in them: mostly status words is the status,
    mostly dates a deadline, mostly unit names the unit, long free text the description. And of
    two columns a header calls a status (办结情况 beside 处理和整改情况), the one that holds status
    words is the status; the narrative is the progress."""
    sample = [row for _, row in table.rows[:CONTENT_SAMPLE]]
    if not sample:
        return
    _settle_status(table, sample, units)
    _settle_deadline(table, sample)
    have = table.canonical
    wanted = [c for c in (Col.STATUS, Col.DESCRIPTION, Col.DEADLINE, Col.UNIT) if c not in have]
    if not wanted or not table.extras:
        return
    taken: set[int] = set()
    for column in wanted:
        if column == Col.STATUS and Col.PROGRESS in have:
            continue  # the progress column tells the status (normalize reads it)
        best: tuple[float, Field] | None = None
        for f in table.extras:
            if f.index in taken or f.how == CLERK:
                continue
            share = _content_share(column, _sample(sample, f.index), units, len(sample))
            if share >= 0.6 and (best is None or share > best[0]):
                best = (share, f)
        if best is not None:
            f = best[1]
            taken.add(f.index)
            table.fields.append(Field(f.index, f.header, (column,), CONTENT))
    table.extras = [f for f in table.extras if f.index not in taken]


def _sample(sample: list[Sequence[object]], index: int) -> list[str]:
    return [v for v in (normalize.as_text(row[index]) for row in sample if index < len(row)) if v]


DEADLINE_WORDS = re.compile(r"前|底|末|以内|内完成|个月内|日内|天内|长期|立行立改|持续")


def _settle_deadline(table: RawTable, sample: list[Sequence[object]]) -> None:
    """Many tables call the deadline 完成时间 (计划完成时间): with no 整改时限 column, a 完成时间 column
    written the way deadlines are written (6月底前, 3个月内, 长期坚持) is the deadline."""
    if Col.DEADLINE in table.canonical:
        return
    finish = next((f for f in table.fields if f.targets == (Col.DONE_ON,) and f.how != CLERK), None)
    if finish is None:
        return
    values = _sample(sample, finish.index)
    if values and sum(1 for v in values if DEADLINE_WORDS.search(v)) >= 0.3 * len(values):
        table.fields = [
            Field(finish.index, finish.header, (Col.DEADLINE,), CONTENT) if f is finish else f
            for f in table.fields
        ]


def _settle_status(table: RawTable, sample: list[Sequence[object]], units: UnitDirectory) -> None:
    """Of the columns that may hold the status, take the one whose cells are status words."""
    status = next((f for f in table.fields if f.targets == (Col.STATUS,)), None)
    if status is None or status.how in (CLERK, EXACT):  # a column headed 整改状态 is the status
        return
    others = [f for f in table.extras if Col.STATUS in f.alt and f.how != CLERK]
    others += [f for f in table.fields if f.targets == (Col.PROGRESS,) and f.how != CLERK]
    if not others:
        return
    n = len(sample)
    share = _content_share(Col.STATUS, _sample(sample, status.index), units, n)
    best = max(others, key=lambda f: _content_share(Col.STATUS, _sample(sample, f.index), units, n))
    if _content_share(Col.STATUS, _sample(sample, best.index), units, n) <= max(share, 0.5):
        return
    progress = next((f for f in table.fields if f.targets == (Col.PROGRESS,)), None)
    table.fields = [f for f in table.fields if f is not status and f is not best]
    table.extras = [f for f in table.extras if f is not best]
    table.fields.append(Field(best.index, best.header, (Col.STATUS,), CONTENT))
    if progress is None or progress is best:
        table.fields.append(Field(status.index, status.header, (Col.PROGRESS,), CONTENT))
    else:
        table.extras = sorted(
            [*table.extras, Field(status.index, status.header, (), status.how)], key=lambda f: f.index
        )


def _content_share(column: str, values: list[str], units: UnitDirectory, rows: int) -> float:
    """The share of the sampled rows whose cell reads as ``column``: a short status word, a date,
    a unit name, or a long free text. Blank cells count against it."""
    if not rows or len(values) < max(1, rows // 2):
        return 0.0
    if column == Col.STATUS:
        hits = sum(1 for v in values if len(v) <= 12 and normalize.parse_status(v) is not None)
    elif column == Col.DEADLINE:
        hits = sum(1 for v in values if normalize.parse_date(v, None).kind not in (None, "blank"))
    elif column == Col.UNIT:
        hits = sum(1 for v in values if units.resolve(v) or units.find_in(v))
    else:  # 问题描述: long free text
        hits = sum(1 for v in values if len(v) >= 8 and not DATE_LINE.match(v))
    return hits / rows


def _org_name(text: str) -> str | None:
    """An office named at the start of a title or file name (XX镇人民政府关于…, 附件3：XX镇问题清单)."""
    text = re.sub(r"^(附件\s*\d*\s*[:：]?|整改台账\s*[-_－—]\s*)", "", text.strip())
    text = re.split(r"关于|“|\"|《|问题|整改|巡察|审计|督察|落实|台账|清单|情况|[-_－—（(]", text)[0]
    m = ORG_NAME.fullmatch(text)
    return m.group(1) if m and not SENTENCE.search(m.group(1)) else None


def _read_preamble(
    table: RawTable, rows: Sequence[Sequence[object]], units: UnitDirectory, below: bool = False
) -> None:
    """填报单位, 填报日期 and a 交办 date from the lines above the header (or the signature block
    below the table); the title names the unit otherwise. A sentence never names the unit."""
    title_unit, title_org = None, None
    for row in rows:
        cells = list(dict.fromkeys(str(v).strip() for v in row if v not in ("", None)))  # merged cells repeat
        if not cells:
            continue
        text = " ".join(cells)
        if table.base_date is None and (m := BASE_DATE.search(text)):
            found = normalize.parse_date(m.group(3) or m.group(4), None).value
            if found:
                table.base_date = (
                    found,
                    f"表{'下' if below else '上'}方写明的{m.group(1) or m.group(5)}日期",
                )
        unit_written = _unit_written(text)
        if unit_written and table.unit is None and table.unit_text is None:
            unit = units.resolve(unit_written) or units.find_in(unit_written)
            if unit:
                table.unit = unit
            else:
                table.unit_text = unit_written
        if table.report_date is None and (
            re.search(r"(填报|报送|统计|截止|截至)(日期|时间)?", text)
            or (below and DATE_LINE.match(cells[-1]))
        ):
            table.report_date = _preamble_date(row, text)
        if len(cells) == 1 and not SENTENCE.search(cells[0]) and len(cells[0]) <= 60:
            if title_unit is None:
                title_unit = units.find_in(cells[0])
            if title_org is None:
                title_org = _org_name(cells[0])
            if below and SIGNATURE.match(cells[0]):  # the 落款: the office that signed the return
                title_org = title_org or re.sub(r"\s*[（(].*$", "", cells[0])
    if table.unit is None and table.unit_text is None:
        if title_unit is not None:
            table.unit = title_unit
        elif title_org is not None and not below:
            table.unit_text = title_org
        elif title_org is not None:
            table.unit = units.resolve(title_org)
            table.unit_text = None if table.unit else title_org


UNIT_LINE = re.compile(
    r"(填报|报送|责任|整改|被审计|被巡察|被检查)单位(名称)?\s*(?:[（(][^）)]{0,6}[）)])?\s*[:：]\s*([^\s:：]+?)(?=\s|填报|报送|日期|时间|联系|$)"
    r"|(填报|报送|责任)单位(名称)?\s+([^\s:：]+?)(?=\s|填报|报送|日期|时间|联系|$)"
)


def _unit_written(text: str) -> str | None:
    """The unit on a 填报单位 line: "填报单位（盖章）：市统计局", "市统计局（盖章）" on its own."""
    m = UNIT_LINE.search(text)
    if m:
        name = (m.group(3) or m.group(6) or "").strip()
        name = re.sub(r"[（(]\s*(盖章|公章|章)\s*[）)]$", "", name)
        if name and not name.startswith(("填报", "报送")) and not SENTENCE.search(name):
            return name
        return None
    m = STAMPED.search(text)
    return m.group(2) if m else None


def _preamble_date(row: Sequence[object], text: str) -> date | None:
    """The date on a 填报日期 line: in the same cell as text, or a real date in a cell of its own."""
    m = re.search(
        r"(填报|报送|统计|截止|截至)?(日期|时间)?\s*[:：]?\s*(\d{4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2})",
        text,
    )
    if m:
        return normalize.parse_date(m.group(3), None).value
    for value in row:
        if isinstance(value, date):
            return value.date() if isinstance(value, datetime) else value
    return None


def _item_rows(
    grid: Sequence[Sequence[object]], start: int, fields: list[Field], header: Sequence[object]
) -> tuple[list[tuple[int, Sequence[object]]], list[Sequence[object]], _RowFilter]:
    """The rows under the header that are items, with their Excel row numbers, the rows of the
    signature block after them (落款, date line, 联系电话), which are not items, and the filter.

    A return has thousands of rows, so the rows are first looked at all together, column by
    column (``_RowFilter.sure``): a row that no rule can skip is an item without further tests;
    only the others go through the rules one by one. The block after the last item is looked at
    row by row, from the end.
    """
    data = grid[start:]
    skip = _RowFilter(fields, header, data)
    sure = skip.sure
    head = _position(sure, False)  # the items at the top, taken in C
    rows = list(zip(range(start + 1, start + 1 + head), data[:head], strict=True))
    rows += [
        (start + k + 1, row)
        for k, (row, sure_row) in enumerate(zip(data[head:], sure[head:], strict=True), head)
        if sure_row or not skip(row)
    ]
    last = rows[-1][0] if rows else start
    footer = [row for row in data[last - start :] if skip.is_footer(row)]
    while rows and skip.is_footer(rows[-1][1]):
        footer.insert(0, rows.pop()[1])
    return rows, footer, skip


class _RowFilter:
    """Tells which rows under a header are not items: blank rows, notes (填表说明, 注：), totals
    (合计), a (1)(2)(3) column-numbering row, and the header pasted again.

    Each rule is written once, in ``__call__``. ``sure`` says, for every row of the table at once,
    that no rule can apply to it — it has a value in a ledger column, more than two in all, fewer
    than MIN_HEADER_MATCHES cells equal to their header and a text in a column that holds no
    numbers — so most rows never go through the rules one by one.
    """

    def __init__(
        self, fields: list[Field], header: Sequence[object], data: Sequence[Sequence[object]] = ()
    ) -> None:
        self.fields = [f.index for f in fields]
        self.real = [f.index for f in fields if f.targets != ("_序号",)]
        self.description = {f.index for f in fields if Col.DESCRIPTION in f.targets}
        self.unit = {f.index for f in fields if {Col.UNIT, Col.DEPARTMENT, "_填报单位"} & set(f.targets)}
        self.header = [
            (f.index, header[f.index]) for f in fields if f.index < len(header) and header[f.index] != ""
        ]
        self.columns: list[Sequence[object]] | None = None  # the data column by column, once made
        self.sure = self._sure(data)

    def _sure(self, data: Sequence[Sequence[object]]) -> list[bool]:
        """Per row: no rule of ``__call__`` can apply (worked out column by column)."""
        width = len(data[0]) if data else 0
        ledger = [i for i in self.fields if i < width]
        if not ledger or len(set(map(len, data))) != 1:
            return [False] * len(data)  # rows of different lengths: every row goes through the rules
        # Empty cells as "" (calamine gives "", a fill-down or a caller may give None).
        columns = self.columns = [
            c if None not in c else tuple("" if v is None else v for v in c) for c in zip(*data, strict=True)
        ]
        if any(h in columns[i] for i, h in self.header if i < width):
            return self._sure_rows(columns, ledger, width)  # the header again somewhere: row by row
        head = self._sure_head(columns, ledger)
        if head == len(data):
            return [True] * head
        return [True] * head + self._sure_rows([c[head:] for c in columns], ledger, width)

    def _sure_head(self, columns: list[Sequence[object]], ledger: list[int]) -> int:
        """How many rows at the top no rule can skip, from where each column has its first empty
        cell (a scan in C): rows above it have a value in that column. A return's items come first
        and are full, so this is most of them; the rows below (notes, a signature) are looked at
        by ``_sure_rows``. Only for a table whose header texts are not found again in its rows."""
        ends = {i: _position(columns[i], "") for i in ledger}
        by_end = sorted(ledger, key=ends.__getitem__, reverse=True)
        if len(by_end) < 3:
            return 0
        real = max((ends[i] for i in ledger if i in self.real), default=0)  # a value in a real column
        # ... and a text in a column holding no numbers (the first such column, the longest-filled first)
        text = next((ends[i] for i in by_end if not set(map(type, columns[i])) & {int, float}), 0)
        return min(real, text, ends[by_end[2]])  # ... and more than two values

    def _sure_rows(self, columns: list[Sequence[object]], ledger: list[int], width: int) -> list[bool]:
        """``sure`` for each row, worked out column by column."""
        rows = len(columns[0])
        filled = {i: list(map(operator.ne, columns[i], repeat(""))) for i in ledger}  # in C
        real = [filled[i] for i in ledger if i in self.real]
        text = [filled[i] for i in ledger if not set(map(type, columns[i])) & {int, float}]  # no numbers
        if not real or not text:
            return [False] * rows
        count = list(map(sum, zip(*filled.values(), strict=True)))
        # A header text found again in its column (a scan in C) is compared cell by cell.
        repeats = [
            list(map(operator.eq, columns[i], repeat(h)))
            for i, h in self.header
            if i < width and h in columns[i]
        ]
        matches = list(map(sum, zip(*repeats, strict=True))) if repeats else [0] * rows
        any_real = list(map(any, zip(*real, strict=True)))  # a value in a real ledger column
        any_text = list(map(any, zip(*text, strict=True)))  # a value where no column holds numbers
        return [
            n > 2 and m < MIN_HEADER_MATCHES and r and t
            for n, m, r, t in zip(count, matches, any_real, any_text, strict=True)
        ]

    def __call__(self, values: Sequence[object]) -> bool:
        width = len(values)
        if not any(values[i] != "" and values[i] is not None for i in self.real if i < width):
            return True  # nothing in a ledger column (a 序号 alone does not make an item)
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

    def is_footer(self, values: Sequence[object]) -> bool:
        """A row of the signature block after the last item: a label such as 填报人：/联系电话：/
        公示时间： (with at most one other cell, the name after it), or only a 落款 and a date
        line. A lone unit name in the 责任单位 column is an item with its other cells missing."""
        cells = [(i, v) for i, v in enumerate(values) if v != "" and v is not None]
        if not cells or not all(isinstance(v, str) for _, v in cells):
            return False
        texts = list(dict.fromkeys(str(v).strip() for _, v in cells))
        labels = sum(1 for t in texts if NOTE_ROW.match(t))
        if labels and len(texts) - labels <= 1 and len(texts) <= 4:
            return True
        if any(i in self.description for i, _ in cells):
            return False
        if len(cells) == 1 and cells[0][0] in self.unit and "盖章" not in texts[0]:
            return False
        return all(DATE_LINE.match(t) or SIGNATURE.match(t) for t in texts)


def _position(values: Sequence[object], value: object) -> int:
    """The position of the first ``value`` in ``values`` (an empty cell, a row not sure), or their
    length (in C)."""
    try:
        return values.index(value)
    except ValueError:
        return len(values)


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

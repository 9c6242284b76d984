"""How each return was read (读取情况): one account per file and sheet, for the clerk to confirm.

For every sheet a ledger was read from: the unit and where it came from (填报单位, 标题, 落款, the
file's name, a column …), the header row, and for every column its header as written, the ledger
column it became (or 原样保留), how (by the header's words, by its meaning, by the column's content,
by the clerk's 列对照) and two sample values; the progress words no list knows, with counts; and the
rows read, merged and left out. A guess and an unknown word are what a clerk confirms or corrects
(suggestions.py turns them into rows of the settings); the master's 读取情况 sheet and the JSON of
``merge``/``check`` show the same accounts.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import islice
from typing import Any

from ..model import READING_COLUMNS, Col
from ..table import Table
from .headers import CLERK, CONTAINS, CONTENT, EXACT, KEEP, KEPT_HOW, ROLE, Field, classify_header
from .intake import FILE_RULE_FROM, RawTable, WorkbookRead
from .normalize import Normalized
from .preamble import STATED
from .problems import RejectedRow
from .shapes import LABEL_MAX

DIGIT = re.compile(r"\d")
# How a column was read, as the clerk reads it; the last two are guesses to confirm.
HOW: dict[str, str] = {
    CLERK: "列对照",
    EXACT: "表头写法",
    CONTAINS: "表头中的写法",
    KEPT_HOW: "表头说明不是台账的列",
    ROLE: "按表头含义推断",
    CONTENT: "按列中内容推断",
}
GUESSES = (ROLE, CONTENT)
NOT_A_COLUMN = "不是台账的列"
SAMPLES, SAMPLE_CHARS = 2, 24
SAMPLE_ROWS = 50  # rows looked at for a column's samples
NO_UNIT = "（未识别）"

CONFIRM = Col.TO_CONFIRM  # the mark of a line to confirm


@dataclass
class ColumnReading:
    header: str  # as written (two-level headers joined with " / ")
    column: str  # the ledger column(s) it feeds, or 原样保留
    how: str  # a key of HOW
    samples: list[str]
    letter: str = ""  # the column's letter in the sheet (A, B …)

    @property
    def guessed(self) -> bool:
        """Read as a ledger column by a guess (the header's meaning, the column's content)."""
        return self.how in GUESSES

    @property
    def unsure(self) -> bool:
        """A guess, or a column left as it is that the clerk has not named (执行单位 may be the
        handling unit): what a clerk confirms once."""
        return self.guessed or (self.column == KEEP and self.how != CLERK)

    def as_json(self) -> dict[str, Any]:
        return {
            "header": self.header,
            "column": self.column,
            "how": HOW.get(self.how, self.how),
            "guessed": self.guessed,
            "to_confirm": self.unsure,
            "letter": self.letter,
            "samples": self.samples,
        }


@dataclass
class SheetReading:
    """How one sheet of one return was read (several tables of a sheet in one account)."""

    file: str
    sheet: str
    header_rows: list[int] = field(default_factory=list)
    unit: str = ""  # the sender read from the lines around the table (or the clerk's 文件设置)
    unit_from: str = ""
    unit_column: str = ""  # the header of the column that names each row's unit
    unit_known: bool = False  # the sender is a unit of 单位名录
    columns: list[ColumnReading] = field(default_factory=list)
    unknown_words: Counter[str] = field(default_factory=Counter)
    read: int = 0
    merged: int = 0
    left_out: int = 0
    units: Counter[str] = field(default_factory=Counter)  # the units its merged items went to
    note: str = ""  # why nothing was read (no header, unreadable)
    header_doubt: int = 0  # the Excel row under the header that reads like a header too (0: none)

    @property
    def guesses(self) -> list[ColumnReading]:
        return [c for c in self.columns if c.guessed]

    @property
    def unsure(self) -> list[ColumnReading]:
        return [c for c in self.columns if c.unsure]

    @property
    def unit_guessed(self) -> bool:
        """No unit column, and the sender is no unit of 单位名录 read from a title, a 落款 or a name
        (or there is none): a name a person should look at — not a 填报单位 line or the clerk's word."""
        said = self.unit_from in (STATED, FILE_RULE_FROM)
        return bool(self.read) and not self.unit_column and not said and not self.unit_known

    @property
    def to_confirm(self) -> int:
        doubts = int(self.unit_guessed) + int(bool(self.note)) + int(bool(self.header_doubt))
        return len(self.unsure) + len(self.unknown_words) + doubts

    def unit_line(self) -> str:
        """The units of the sheet's items, as a clerk reads them: 市统计局 12 项；市财政局 3 项."""
        if not self.units:
            return self.unit or NO_UNIT
        shown = [f"{u} {n} 项" for u, n in self.units.most_common(3)]
        rest = len(self.units) - len(shown)
        return "；".join(shown) + (f"；另有 {rest} 个单位" if rest > 0 else "")

    def unit_source(self) -> str:
        if self.unit_column:
            said = f"「{self.unit_column}」列"
            return f"{said}；空白处按{self.unit_from}" if self.unit_from and self.unit else said
        return self.unit_from or "没有写明（按未明确责任单位统计）"

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "sheet": self.sheet,
            "header_rows": self.header_rows,
            "unit": self.unit_line(),
            "unit_from": self.unit_source(),
            "unit_guessed": self.unit_guessed,
            "header_doubt": self.header_doubt,
            "columns": [c.as_json() for c in self.columns],
            "unknown_words": dict(self.unknown_words),
            "rows": {"read": self.read, "merged": self.merged, "left_out": self.left_out},
            "to_confirm": self.to_confirm,
            **({"note": self.note} if self.note else {}),
        }


def account_for(book: WorkbookRead, normalized: list[Normalized]) -> list[SheetReading]:
    """The accounts of one return: one per sheet a ledger was read from, or one saying why none was."""
    accounts: dict[str, SheetReading] = {}
    for table, norm in zip(book.tables, normalized, strict=True):
        account = accounts.setdefault(table.sheet, SheetReading(book.file, table.sheet))
        _add_table(account, table, norm)
    if not accounts:
        first = next((p for p in book.problems if p.severity == "error"), None) or next(
            iter(book.problems), None
        )
        note = first.message if first else "没有读到台账"
        return [SheetReading(book.file, first.sheet or "" if first else "", note=note)]
    return list(accounts.values())


def _add_table(account: SheetReading, table: RawTable, norm: Normalized) -> None:
    account.header_rows.append(table.header_row)
    if table.rows and not account.header_doubt and _reads_as_header(table.rows[0][1]):
        account.header_doubt = table.rows[0][0]
    if not account.unit:
        account.unit = table.sender
        account.unit_from, account.unit_known = table.unit_from, table.unit is not None
    unit_field = next((f for f in table.fields if Col.UNIT in f.targets), None)
    if unit_field is not None and not table.unit_fixed:
        account.unit_column = account.unit_column or _one_line(unit_field.header)
    seen = {c.header for c in account.columns}
    for f in sorted((*table.fields, *table.extras), key=lambda f: f.index):
        header = _one_line(f.header)
        if header in seen:
            continue
        column = "、".join(t.lstrip("_") for t in f.targets) or KEEP
        how = f.how if f.targets or f.how in (CLERK, KEPT_HOW) else NOT_A_COLUMN
        account.columns.append(ColumnReading(header, column, how, _samples(table, f), _letter(f.index)))
    for p in norm.problems:  # (not the words of a row that may be the header)
        if p.code == "unknown-status" and p.value and p.row != account.header_doubt:
            account.unknown_words[p.value] += 1
    account.read += len(table.rows)


def settle_accounts(
    accounts: list[SheetReading], ledger: Table, left: Iterable[RejectedRow]
) -> list[SheetReading]:
    """Each account's rows merged and left out and the units its items went to, once the merge is
    done; sorted so the files with something to confirm come first (inbox order otherwise)."""
    by_sheet = {(a.file, a.sheet): a for a in accounts}
    for file, sheet, unit in zip(ledger[Col.FILE], ledger[Col.SHEET], ledger[Col.UNIT], strict=True):
        if (account := by_sheet.get((file, sheet or ""))) is not None:
            account.merged += 1
            account.units[unit] += 1
    for rec in left:
        if (account := by_sheet.get((rec.file, rec.sheet or ""))) is not None:
            account.left_out += 1
    files = list(dict.fromkeys(a.file for a in accounts))
    needs = {f for f in files if any(a.to_confirm for a in accounts if a.file == f)}
    order = {f: (f not in needs, k) for k, f in enumerate(files)}
    return sorted(accounts, key=lambda a: order[a.file])


def reading_table(accounts: Sequence[SheetReading]) -> Table:
    """The 读取情况 sheet: a block per file and sheet — its unit, its header row, what to confirm
    (guessed columns, unknown progress words) first, then the other columns, then the rows."""
    rows: list[tuple[Any, ...]] = []
    for a in accounts:
        where = (a.file, a.sheet)
        if a.note:
            rows.append((*where, "未读到台账", "", "", a.note, "", CONFIRM))
            continue
        rows.append(
            (*where, Col.UNIT_NAME, a.unit or "", a.unit_line(), a.unit_source(), "", _mark(a.unit_guessed))
        )
        found = "第" + "、".join(map(str, a.header_rows)) + "行"
        doubt = f"第{a.header_doubt}行也像表头，请核对表头是哪一行" if a.header_doubt else ""
        rows.append((*where, "表头行", "", found, doubt, "", _mark(bool(a.header_doubt))))
        for c in sorted(a.columns, key=lambda c: (not c.guessed, not c.unsure)):
            how = HOW.get(c.how, c.how)
            rows.append(
                (*where, f"列 {c.letter}", c.header, c.column, how, "；".join(c.samples), _mark(c.unsure))
            )
        for word, n in a.unknown_words.most_common():
            rows.append(
                (*where, "未认出的进展写法", word, "未填报进展（计为未完成）", f"{n} 行", "", CONFIRM)
            )
        rows.append(
            (*where, "行数", "", f"读入 {a.read} 行", f"合并 {a.merged} 行，未采用 {a.left_out} 行", "", "")
        )
    return Table.of_rows(rows, READING_COLUMNS)


def _reads_as_header(values: Sequence[object]) -> bool:
    """A row of short labels only (no number, no date), most of them — two at least — a ledger
    column's header by their words or meaning."""
    filled = [v for v in values if v not in ("", None)]
    labels = [v.strip() for v in filled if isinstance(v, str) and v.strip()]
    if len(labels) != len(filled) or any(len(v) > LABEL_MAX or DIGIT.search(v) for v in labels):
        return False
    named = sum(1 for v in labels if classify_header(v)[0])
    return named >= 2 and 2 * named >= len(labels)


def _mark(guessed: bool) -> str:
    return CONFIRM if guessed else ""


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _samples(table: RawTable, f: Field) -> list[str]:
    """The first values of a column, as a clerk would recognise them."""
    out: list[str] = []
    for _, values in islice(table.rows, SAMPLE_ROWS):  # (a column blank or alike all the way down)
        value = values[f.index] if f.index < len(values) else ""
        text = _shown(value)
        if text and text not in out:
            out.append(text)
            if len(out) == SAMPLES:
                break
    return out


def _shown(value: object) -> str:
    if value in ("", None):
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = _one_line(str(value))
    return text if len(text) <= SAMPLE_CHARS else text[: SAMPLE_CHARS - 1] + "…"

"""Suggestions a clerk accepts: what the reader guessed, written into the settings as 待确认 rows.

Every guessed column (by the header's meaning or the column's content) becomes a 列对照 row, every
progress word no list knows a 状态词 row (its class left for the clerk to choose), and every sheet
whose unit was read from a title, a 落款 or nowhere a 文件设置 row with the unit and header row read.
Each is marked 待确认 and says where it came from (来源); the reader does not use it until the clerk
clears the mark — after choosing another column or class if the tool was wrong.

The rows are added after the clerk's own, never over them: a TOML file is edited in place with
tomlkit (its comments, order and spacing kept), a workbook's sheets get rows appended (openpyxl for
a file, xlwings for the open control workbook through ``plan_rows``). A suggestion already there,
confirmed or not, is not added again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..files import atomic_output
from .readings import HOW, SheetReading
from .schema import clean_header
from .settings import (
    COLUMN_MAP_SHEET,
    FILE,
    FILE_RULES_SHEET,
    HEADER_ROW,
    ORIGIN,
    PENDING,
    SHEET,
    STATUS_WORDS_SHEET,
    TABLE_HEADERS,
    UNIT,
    SettingsError,
)

ORIGINS_SHOWN = 3  # files named in one suggestion's 来源 at most


@dataclass(frozen=True)
class Suggestion:
    sheet: str  # COLUMN_MAP_SHEET, STATUS_WORDS_SHEET or FILE_RULES_SHEET
    values: tuple[str, ...]  # the row's cells before 待确认 and 来源, in TABLE_HEADERS' order
    origin: str  # which file, what was seen

    @property
    def key(self) -> tuple[str, ...]:
        return entry_key(self.sheet, self.values)

    def row(self) -> list[Any]:
        return [*self.values, PENDING, self.origin]


def entry_key(sheet: str, values: Sequence[Any]) -> tuple[str, ...]:
    """What makes an entry the same entry: a header (and its unit), a word, a file and sheet."""
    cells = [str(v if v is not None else "").strip() for v in values]
    cells += [""] * (3 - len(cells))
    if sheet == COLUMN_MAP_SHEET:
        return (sheet, clean_header(cells[0]), cells[2])
    if sheet == STATUS_WORDS_SHEET:
        return (sheet, cells[0])
    return (sheet, cells[0], cells[1])


def suggest(readings: Iterable[SheetReading]) -> list[Suggestion]:
    """The suggestions of a run: one per guessed header (for every unit, or per unit where files
    guessed the same header differently), per unknown word, per sheet whose unit was guessed."""
    accounts = list(readings)
    return [*_columns(accounts), *_words(accounts), *_files(accounts)]


def _columns(accounts: list[SheetReading]) -> list[Suggestion]:
    guesses: dict[str, list[tuple[SheetReading, str, str, str]]] = {}
    for a in accounts:
        for c in a.unsure:
            guesses.setdefault(clean_header(c.header), []).append((a, c.header, c.column, c.how))
    out = []
    for found in guesses.values():
        columns = {column for _, _, column, _ in found}
        if len(columns) == 1:
            header, column = found[0][1], found[0][2]
            out.append(Suggestion(COLUMN_MAP_SHEET, (header, column, ""), _origin(found)))
            continue
        for a, header, column, how in found:  # one header read two ways: per unit
            out.append(
                Suggestion(COLUMN_MAP_SHEET, (header, column, _unit(a)), _origin([(a, header, column, how)]))
            )
    return _unique(out)


def _origin(found: list[tuple[SheetReading, str, str, str]]) -> str:
    shown = _files_named([a for a, *_ in found])
    a, header, _, how = found[0]
    samples = next((c.samples for c in a.columns if c.header == header), [])
    return f"{shown}：{HOW.get(how, how)}" + (f"，例：{'；'.join(samples)}" if samples else "")


def _files_named(accounts: list[SheetReading]) -> str:
    """The files a suggestion came from: one with its sheet, several by name (at most three)."""
    files = list(dict.fromkeys(a.file for a in accounts))
    if len(files) == 1 and len(accounts) == 1 and accounts[0].sheet and accounts[0].sheet not in files[0]:
        return f"{files[0]}（{accounts[0].sheet}）"
    more = f" 等 {len(files)} 个文件" if len(files) > ORIGINS_SHOWN else ""
    return "、".join(files[:ORIGINS_SHOWN]) + more


def _unit(a: SheetReading) -> str:
    return a.units.most_common(1)[0][0] if a.units else a.unit


def _words(accounts: list[SheetReading]) -> list[Suggestion]:
    seen: dict[str, list[tuple[SheetReading, int]]] = {}
    for a in accounts:
        for word, n in a.unknown_words.items():
            seen.setdefault(word, []).append((a, n))
    out = []
    for word, found in seen.items():
        n = sum(k for _, k in found)
        shown = _files_named([a for a, _ in found])
        origin = f"{shown}：{n} 行，程序不认识，现按未填报进展（未完成）统计；请选择归为哪一类"
        out.append(Suggestion(STATUS_WORDS_SHEET, (word, ""), origin))
    return out


def _files(accounts: list[SheetReading]) -> list[Suggestion]:
    out = []
    sheets = Counter(a.file for a in accounts)
    for a in accounts:
        if not (a.unit_guessed or a.note or a.header_doubt):
            continue
        sheet = a.sheet if sheets[a.file] > 1 else ""
        row = str(a.header_rows[0]) if a.header_rows else ""
        if a.note:
            origin = f"{a.note}；表头在哪一行，请写明"
        elif a.header_doubt and not a.unit_guessed:
            origin = f"表头按第{row}行读取，第{a.header_doubt}行也像表头；不对的话改表头行"
        else:
            said = (
                f"单位按{a.unit_from}读作「{a.unit}」" if a.unit else "没有写明单位（按未明确责任单位统计）"
            )
            origin = f"{said}，表头在第{row}行；不对的话改单位或表头行"
        out.append(Suggestion(FILE_RULES_SHEET, (a.file, sheet, a.unit, row), origin))
    return _unique(out)


def _unique(suggestions: list[Suggestion]) -> list[Suggestion]:
    return list({s.key: s for s in reversed(suggestions)}.values())[::-1]


# ---------------------------------------------------------------------------------------------
# Where they go


@dataclass
class Planned:
    """What to write into the control workbook's table sheets."""

    writes: list[tuple[str, int, list[list[Any]]]]  # (sheet, its 1-based first row, rows)
    added: int  # the suggestions among the rows (the rest fix an older sheet's header row)


def plan_rows(sheets: dict[str, list[list[Any]]], suggestions: Sequence[Suggestion]) -> Planned:
    """For each sheet of the control workbook (its used rows as given): the new rows, after its last
    row that has any content; and row 1, when the sheet lacks a header row or an older sheet lacks
    the 待确认 and 来源 columns."""
    writes: list[tuple[str, int, list[list[Any]]]] = []
    added = 0
    for name, headers in TABLE_HEADERS.items():
        grid = [r if isinstance(r, list) else [r] for r in (sheets.get(name) or [])]
        known = {entry_key(name, r[: len(headers) - 2]) for r in grid[1:] if any(_filled(v) for v in r)}
        rows = []
        for s in suggestions:
            if s.sheet == name and s.key not in known:
                known.add(s.key)
                rows.append(s.row())
        if not rows:
            continue
        last = max((k + 1 for k, r in enumerate(grid) if any(_filled(v) for v in r)), default=0)
        head = grid[0] if grid else []
        if [_text(v) for v in head[: len(headers)]] != list(headers):
            fixed = [_text(v) or h for v, h in zip([*head, *[""] * len(headers)], headers, strict=False)]
            fixed[-2:] = [PENDING, ORIGIN]
            writes.append((name, 1, [fixed]))
        writes.append((name, max(last, 1) + 1, rows))
        added += len(rows)
    return Planned(writes, added)


def _filled(value: Any) -> bool:
    return value not in (None, "")


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def add_to_workbook(path: Path, suggestions: Sequence[Suggestion]) -> int:
    """Append the suggestions to the sheets of a control workbook file; returns how many were added."""
    from openpyxl import load_workbook

    book = load_workbook(path, keep_vba=path.suffix.lower() == ".xlsm")
    sheets = {
        name: [list(r) for r in book[name].iter_rows(values_only=True)] if name in book.sheetnames else []
        for name in TABLE_HEADERS
    }
    plan = plan_rows(sheets, suggestions)
    for name, start, rows in plan.writes:
        ws = book[name] if name in book.sheetnames else book.create_sheet(name)
        for r, row in enumerate(rows, start=start):
            for c, value in enumerate(row, start=1):
                ws.cell(r, c, value)
    if plan.added:
        with atomic_output(path) as tmp:
            book.save(tmp)
    return plan.added


def add_to_toml(path: Path, suggestions: Sequence[Suggestion]) -> int:
    """Add the suggestions to a TOML settings file (made when missing), after the clerk's entries,
    keeping every line the clerk wrote; returns how many were added."""
    import tomlkit
    from tomlkit.exceptions import TOMLKitError

    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    try:
        doc = tomlkit.parse(text)
    except TOMLKitError as exc:
        raise SettingsError(f"设置文件 {path.name} 格式有误：{exc}") from None
    added = 0
    for s in suggestions:
        added += _add_entry(doc, s)
    if added:
        with atomic_output(path) as tmp:
            tmp.write_text(tomlkit.dumps(doc), encoding="utf-8")
    return added


def _add_entry(doc: Any, s: Suggestion) -> int:
    import tomlkit

    if s.sheet == FILE_RULES_SHEET:
        found = doc.get(FILE_RULES_SHEET)
        if found is None:
            found = tomlkit.aot()
            doc.add(tomlkit.nl())
            doc.append(FILE_RULES_SHEET, found)
        if any(entry_key(s.sheet, (t.get(FILE, ""), t.get(SHEET, ""))) == s.key for t in found):
            return 0
        file, sheet, unit, row = s.values
        entry = tomlkit.table()
        entry.update({FILE: file, SHEET: sheet, UNIT: unit})
        entry.add(HEADER_ROW, int(row) if row else 0)
        entry.update({PENDING: "是", ORIGIN: s.origin})
        found.append(entry)
        return 1
    table = doc.get(s.sheet)
    if table is None:
        table = tomlkit.table()
        doc.add(tomlkit.nl())
        doc.append(s.sheet, table)
    if s.sheet == COLUMN_MAP_SHEET:
        header, column, unit = s.values
        if unit:
            table = table.setdefault(unit, tomlkit.table())
        existing = {clean_header(k) for k in table if not (not unit and _is_unit_table(table[k]))}
        if clean_header(header) in existing:
            return 0
        value = tomlkit.inline_table()
        value.update({"对应列": column, PENDING: "是", ORIGIN: s.origin})
        table.add(header, value)
        return 1
    word, label = s.values
    if word in table:
        return 0
    value = tomlkit.inline_table()
    value.update({"归为": label, PENDING: "是", ORIGIN: s.origin})
    table.add(word, value)
    return 1


def _is_unit_table(value: Any) -> bool:
    return isinstance(value, dict) and "对应列" not in value


def write_suggestions(path: Path, readings: Iterable[SheetReading]) -> tuple[int, int]:
    """The suggestions of a run added to a settings file — a .toml file (made when missing) or a
    control workbook (.xlsx/.xlsm): (suggestions made, rows added; the others were there already)."""
    found = suggest(readings)
    suffix = path.suffix.lower()
    if suffix == ".toml":
        return len(found), add_to_toml(path, found)
    if suffix in (".xlsx", ".xlsm"):
        if not path.is_file():
            raise SettingsError(f"找不到控制台工作簿：{path}（要新建设置文件，请写 .toml 文件名）")
        return len(found), add_to_workbook(path, found)
    raise SettingsError(f"建议只能写入 .toml 设置文件或 Excel 控制台（.xlsx），而不是 {path.name}")


READ, SUGGESTED = "读取", "建议"


def summary(readings: Sequence[SheetReading], made: int, added: int, where: str) -> list[tuple[str, str]]:
    """What a clerk needs to know after a 校验, as (what, said): files and items read, what to
    confirm, where the suggestions were written."""
    files = len({a.file for a in readings})
    guesses = sum(len(a.guesses) for a in readings)
    kept = sum(len(a.unsure) - len(a.guesses) for a in readings)
    words = len({w for a in readings for w in a.unknown_words})
    units = sum(1 for a in readings if a.unit_guessed or a.note or a.header_doubt)
    said = [
        (
            READ,
            f"读取 {files} 个文件、{len(readings)} 张表，读入 {sum(a.read for a in readings)} 行，"
            f"合并 {sum(a.merged for a in readings)} 行",
        ),
        (
            PENDING,
            f"推断的列 {guesses} 个，原样保留的列 {kept} 个，不认识的进展写法 {words} 个，"
            f"单位或表头待核对的表 {units} 张",
        ),
    ]
    if made:
        there = f"，其余 {made - added} 条已在设置中" if made > added else ""
        said.append(
            (
                SUGGESTED,
                f"已把 {added} 条建议写入 {where}（标着「{PENDING}」{there}）：对的清空待确认，不对的改正后清空",
            )
        )
    return said


def summary_lines(readings: Sequence[SheetReading], made: int, added: int, where: str) -> list[str]:
    """The summary as the command line prints it (what to confirm named, the rest as they read)."""
    return [
        f"{what}：{text}" if what == PENDING else text for what, text in summary(readings, made, added, where)
    ]

"""Many returns -> one canonical ledger, with supersession and a reconciliation that never loses a row.

Every ledger row read ends in exactly one place: merged (总台账), rejected (an error problem names
it) or superseded (the unit sent a newer return). ``rows read = merged + rejected + superseded`` is
checked here on every run.
"""

from __future__ import annotations

import functools
import gc
import operator
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from itertools import compress
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from ..files import VERSIONS_FOLDER
from ..model import COLUMNS, LEDGER_COLUMNS, METRIC_COLUMNS, REJECTED_COLUMNS, Col
from ..table import Table
from .intake import WorkbookRead, read_returns
from .normalize import Normalized, normalize_table
from .problems import REJECTED, SUPERSEDED, RejectedRow, Report, make_problem
from .readings import SheetReading, account_for, settle_accounts
from .schema import UNKNOWN_UNIT, UnitDirectory, Vocabulary, clean_header
from .workdays import OFFICIAL, WorkCalendar

READ_THREADS = 2
RESERVED = {*LEDGER_COLUMNS, *METRIC_COLUMNS, "_mtime"}
# Why rows were sent back, as the 说明 sheet and the console say it.
LEFT_OUT = {"duplicate-row": "重复行"}

Progress = Callable[[int, int, str], None]


class ReconciliationError(AssertionError):
    """Rows read != merged + rejected + superseded: a bug, never a property of the input."""


@dataclass
class FileOutcome:
    file: str
    unit: str | None
    status: str  # merged | rejected | superseded | skipped
    rows: int  # ledger rows read from the file
    merged: int = 0
    rejected: int = 0
    superseded: int = 0
    report_date: date | None = None
    reason: str = ""  # why a skipped file was not read


@dataclass
class MergeResult:
    as_of: date
    ledger: Table
    rejected: Table  # rejected and superseded rows, with their original values
    files: list[FileOutcome]
    report: Report
    counts: dict[str, int] = field(default_factory=dict)
    readings: list[SheetReading] = field(default_factory=list)  # 读取情况: how each sheet was read

    @property
    def has_errors(self) -> bool:
        return bool(self.report.errors)

    def summary(self, outputs: dict[str, str] | None = None) -> dict[str, Any]:
        """The JSON object ``ledgerdesk merge --json`` prints."""
        return {
            "as_of": self.as_of.isoformat(),
            "files": [
                {"file": f.file, "unit": f.unit, "status": f.status, "rows": f.rows}
                | ({"reason": f.reason} if f.reason else {})
                for f in self.files
            ],
            "rows": dict(self.counts),
            "problems": [p.as_json() for p in self.report],
            "notes": self.left_out(),
            "readings": [a.as_json() for a in self.readings],
            "outputs": outputs or {},
        }

    def left_out(self) -> list[str]:
        """How many files and rows were left out of the master, and why, in a clerk's words."""
        lines = []
        unused = [f for f in self.files if f.status == "rejected"]
        if unused:
            why = []
            for f in unused:
                first = next((p for p in self.report.errors if p.file == f.file), None) or next(
                    (p for p in self.report if p.file == f.file and p.row is None), None
                )
                why.append(f"「{f.file}」{first.message if first else '没有可合并的行'}")
            read = sum(1 for f in self.files if f.status != "skipped")
            lines.append(f"{read} 个文件中 {len(unused)} 个未采用：" + "；".join(why))
        if self.counts.get("rejected"):
            rows: dict[str, set[Any]] = {}
            for p in self.report.errors:
                if p.row is not None:
                    rows.setdefault(p.code, set()).add((p.file, p.sheet, p.row))
            parts = [f"{LEFT_OUT.get(code, code)} {len(where)} 行" for code, where in rows.items()]
            lines.append(f"退回 {self.counts['rejected']} 行（列在「未采用行」）：" + "，".join(parts))
        if self.counts.get("superseded"):
            lines.append(f"被替代 {self.counts['superseded']} 行：同一单位另有较新的报送")
        skipped = Counter(f.reason.split("：")[0] for f in self.files if f.status == "skipped")
        if skipped:
            lines.append(
                f"另有 {sum(skipped.values())} 个文件未读取（见「说明」的文件表）："
                + "，".join(f"{reason} {n} 个" for reason, n in skipped.items())
            )
        return lines


def file_names(files: list[Path]) -> list[str]:
    """How each file is named in problems and provenance: its name, with as many of its folders
    as it takes to tell it from another file of the same name (一组/台账.xlsx, 二组/x/台账.xlsx)."""
    depth = [1] * len(files)
    while True:
        names = ["/".join(path.parts[-d:]) for path, d in zip(files, depth, strict=True)]
        shared = Counter(names)
        clash = [k for k, n in enumerate(names) if shared[n] > 1 and depth[k] < len(files[k].parts)]
        if not clash:
            return names
        for k in clash:
            depth[k] += 1


@dataclass
class Inbox:
    """What an inbox folder holds: the files to read, and every other file or folder with the
    reason it is not read (all of them are listed in 说明 and the JSON)."""

    returns: list[Path]
    skipped: list[tuple[str, str]]  # (name as listed, reason)


def survey_inbox(inbox: str | Path, exclude: Iterable[Path] = (), own: Iterable[str] = ()) -> Inbox:
    """The files in an inbox folder and its subfolders that may be returns — every file: what it is
    is told by its content when it is read — in a stable order, and why each other entry is left
    out: lock and hidden files, folders that cannot be opened, the copies the tool keeps in
    历史版本 folders, and ``own`` (the files the tool writes itself, by name)."""
    inbox = Path(inbox)
    skip = [p.resolve() for p in exclude]
    ours = set(own)
    returns: list[Path] = []
    skipped: list[tuple[str, str]] = []
    unreadable: list[str] = []
    entries: list[Path] = []
    for folder, dirs, names in os.walk(inbox, onerror=lambda e: unreadable.append(e.filename)):
        dirs.sort()
        entries += [Path(folder) / n for n in names]
    for name in unreadable:
        skipped.append((_relative(Path(name), inbox) + "/", "文件夹无法打开（没有权限），其中的文件未读取"))
    for path in sorted(entries):
        where = _relative(path, inbox)
        resolved = path.resolve()
        if any(s == resolved or s in resolved.parents for s in skip):
            continue  # the output folder inside the inbox
        if path.name.startswith("~$"):
            skipped.append((where, "Excel/WPS 的临时锁文件（文件正被打开时产生）"))
        elif path.name.startswith("."):
            skipped.append((where, "隐藏文件"))
        elif path.name in ours:
            skipped.append((where, "督查台账助手自己生成的文件"))
        elif VERSIONS_FOLDER in path.relative_to(inbox).parts[:-1]:
            skipped.append(
                (where, f"「{VERSIONS_FOLDER}」文件夹里是督查台账助手留底的旧版本，不作为报送读取")
            )
        else:  # whatever it is (a workbook, a CSV, a Word document, a zip): its content decides
            returns.append(path)
    return Inbox(returns, skipped)


def _relative(path: Path, inbox: Path) -> str:
    try:
        return path.relative_to(inbox).as_posix()
    except ValueError:
        return path.name


def list_returns(inbox: str | Path, exclude: Iterable[Path] = ()) -> list[Path]:
    """The files in an inbox folder (and its subfolders) that may be returns, in a stable order."""
    return survey_inbox(inbox, exclude).returns


P = ParamSpec("P")
R = TypeVar("R")


def _gc_paused(func: Callable[P, R]) -> Callable[P, R]:
    """Run ``func`` with the cyclic garbage collector paused: a merge builds millions of small
    objects that all stay alive until it ends, and each collection pass only walks them again
    (10 % of a merge at M). Everything is still freed by reference counting; collections resume
    afterwards."""

    @functools.wraps(func)
    def paused(*args: P.args, **kwargs: P.kwargs) -> R:
        enabled = gc.isenabled()
        gc.disable()
        try:
            return func(*args, **kwargs)
        finally:
            if enabled:
                gc.enable()

    return paused


@_gc_paused
def merge_ledgers(
    paths: Iterable[str | Path],
    units: UnitDirectory,
    as_of: date,
    progress: Progress | None = None,
    calendar: WorkCalendar = OFFICIAL,
    vocabulary: Vocabulary | None = None,
    skipped: Iterable[tuple[str, str]] = (),
    status_required: bool = True,
) -> MergeResult:
    """Read, normalise, check and merge the returns.

    ``skipped`` are the other entries of the inbox (``survey_inbox``), listed with their reason;
    ``status_required=False`` for returns merged back by ID (a blank status changes nothing).

    ``vocabulary`` is what the clerk taught in the settings (列对照, status words). Columns the
    ledger model does not know are kept after the canonical ones, under their own header, merged
    across returns by header text.
    """
    files = [Path(p) for p in paths]
    report = Report()
    cols: dict[str, list[Any]] = {c: [] for c in (*LEDGER_COLUMNS, "_mtime")}
    extras: dict[str, list[Any]] = {}
    layouts: dict[str, frozenset[str]] = {}  # file -> its header texts, to tell one ledger from another
    rejected: list[RejectedRow] = []
    outcomes: dict[str, FileOutcome] = {}
    accounts: list[SheetReading] = []

    names = file_names(files)

    def read(k: int) -> list[tuple[WorkbookRead, list[Normalized]]]:
        """The returns in one file (several in a zip), each read and normalised."""
        path = files[k]
        try:
            books = read_returns(path, units, name=names[k], vocabulary=vocabulary)
            return [
                (
                    book,
                    [
                        normalize_table(table, units, as_of, calendar, vocabulary, status_required)
                        for table in book.tables
                    ],
                )
                for book in books
            ]
        except Exception as exc:  # one return never stops the others: it is named, the rest merges
            problem = make_problem(
                "file-unreadable",
                names[k],
                value=type(exc).__name__,
                detail="读取时程序出错，已跳过这个文件，其余文件照常合并；请把这个文件发给技术支持",
            )
            return [(WorkbookRead(names[k], path, [], [problem]), [])]

    # Two threads: calamine parses one file without the GIL while Python checks the other.
    with ThreadPoolExecutor(max_workers=READ_THREADS) as pool:
        for i, returns in enumerate(pool.map(read, range(len(files)))):
            if progress:
                progress(i, len(files), files[i].name)
            for book, normalized in returns:
                name = book.file
                outcome = outcomes[name] = FileOutcome(file=name, unit=None, status="merged", rows=0)
                _collect(book, normalized, outcome, cols, rejected, report, extras)
                accounts.extend(account_for(book, normalized))
                layouts[name] = frozenset(
                    clean_header(f.header) for t in book.tables for f in (*t.fields, *t.extras)
                )
    if progress:
        progress(len(files), len(files), "")

    for name, reason in skipped:  # each named, with why (a lock file tells a return was open)
        outcomes[name] = FileOutcome(file=name, unit=None, status="skipped", rows=0, reason=reason)
        report.add("file-skipped", name, detail=reason)
    keep, superseded = _supersede(cols, report, layouts)
    keep, duplicates = _dedupe(cols, keep, report)
    rejected.extend(duplicates)

    cols.update(extras)
    columns = [*LEDGER_COLUMNS, *extras]
    ledger = Table({c: _at(cols[c], keep) for c in columns}, len(keep))
    left = Table.of_records([r.record() for r in (*rejected, *superseded)], REJECTED_COLUMNS)

    _tally(outcomes, ledger, rejected, superseded)
    counts = _reconcile(outcomes, len(ledger), len(rejected), len(superseded))
    readings = settle_accounts(accounts, ledger, [*rejected, *superseded])
    return MergeResult(as_of, ledger, left, list(outcomes.values()), report, counts, readings)


def _tally(
    outcomes: dict[str, FileOutcome],
    ledger: Table,
    rejected: list[RejectedRow],
    superseded: list[RejectedRow],
) -> None:
    """Each file's rows merged, rejected and superseded, its unit when all its rows share one, and
    its status when none of its rows was merged."""
    merged_files = ledger[Col.FILE]
    for name, n in Counter(merged_files).items():
        outcomes[name].merged += n
    for name, n in Counter(rec.file for rec in rejected).items():
        outcomes[name].rejected += n
    for name, n in Counter(rec.file for rec in superseded).items():
        outcomes[name].superseded += n
    units_by_file: dict[str, set[str]] = {}
    for name, unit in set(zip(merged_files, ledger[Col.UNIT], strict=True)):
        units_by_file.setdefault(name, set()).add(unit)
    for outcome in outcomes.values():
        units_merged = units_by_file.get(outcome.file, set())
        if outcome.unit is None and len(units_merged) == 1:
            outcome.unit = next(iter(units_merged))
        if outcome.merged == 0 and outcome.status != "skipped":
            outcome.status = "superseded" if outcome.superseded else "rejected"


def _reconcile(
    outcomes: dict[str, FileOutcome], merged: int, rejected: int, superseded: int
) -> dict[str, int]:
    """rows read = merged + rejected + superseded, in all and for every file: anything else is a bug."""
    counts = {
        "read": sum(o.rows for o in outcomes.values()),
        "merged": merged,
        "rejected": rejected,
        "superseded": superseded,
    }
    if counts["read"] != merged + rejected + superseded:
        raise ReconciliationError(
            f"读入 {counts['read']} 行 ≠ 合并 {merged} + 退回 {rejected} + 替代 {superseded}"
        )
    for outcome in outcomes.values():
        if outcome.rows != outcome.merged + outcome.rejected + outcome.superseded:
            raise ReconciliationError(f"{outcome.file}: 行数对不上")
    return counts


def _collect(
    book: WorkbookRead,
    normalized: list[Normalized],
    outcome: FileOutcome,
    cols: dict[str, list[Any]],
    rejected: list[RejectedRow],
    report: Report,
    extras: dict[str, list[Any]],
) -> None:
    """Add one file's tables to the merge, in file order; unknown columns join by header text."""
    report.extend(book.problems)
    units_seen = []
    for table, norm in zip(book.tables, normalized, strict=True):
        report.extend(norm.problems)
        before = len(cols[Col.ROW])
        for header, values in norm.extras.items():
            name = extra_name(header)
            if name not in extras:
                extras[name] = [""] * before
            extras[name].extend(values)
        for values in extras.values():
            if len(values) == before:
                values.extend([""] * len(norm))
        for c, values in norm.columns.items():
            cols[c].extend(values)
        cols["_mtime"].extend([book.mtime] * len(norm))
        outcome.rows += len(table.rows)
        outcome.report_date = outcome.report_date or table.report_date
        if table.unit:
            units_seen.append(table.unit.name)
    outcome.unit = units_seen[0] if len(set(units_seen)) == 1 else None


def extra_name(header: str) -> str:
    """The 总台账 header of a column the ledger model does not know: as written, on one line, and
    never the name of a column the tool fills itself."""
    name = re.sub(r"\s*\n\s*", "", header).strip() or "（无表头列）"
    return f"{name}（原表）" if name in RESERVED or name.startswith("_") else name


def _supersede(
    cols: dict[str, list[Any]], report: Report, layouts: dict[str, frozenset[str]]
) -> tuple[list[int], list[RejectedRow]]:
    """When a unit sent the same ledger several times, only its newest (填报日期, then file time)
    counts. Two files are the same ledger for a unit when they are laid out alike (the same
    headers) or share one of its items; a unit named in two different lists (a 信访件 list and
    a 督察 task list) keeps its rows in both.

    Returns the indices of the rows kept and the superseded rows (as listed in 未采用行).
    """
    units, files = cols[Col.UNIT], cols[Col.FILE]
    keys: dict[str, dict[str, tuple[Any, ...]]] = {}
    # Few distinct (unit, file, date, time) combinations, however many rows: decide on those.
    for unit, file, reported, mtime in set(
        zip(units, files, cols[Col.REPORTED_ON], cols["_mtime"], strict=True)
    ):
        key = (reported or date.min, mtime, file)
        seen = keys.setdefault(unit, {})
        seen[file] = max(seen.get(file, key), key)
    newest: dict[tuple[str, str], str] = {}  # (unit, file) -> the file that counts for it
    items: dict[tuple[str, str], set[Any]] | None = None
    for unit, by_file in keys.items():
        if len(by_file) == 1 or unit == UNKNOWN_UNIT:
            # (two returns whose unit nobody could tell are not one unit's: neither replaces the other)
            for file in by_file:
                newest[(unit, file)] = file
            continue
        if items is None:
            items = {}
            for u, f, d in zip(units, files, cols[Col.DESCRIPTION], strict=True):
                items.setdefault((u, f), set()).add(d)
        kept: list[str] = []
        for file in sorted(by_file, key=by_file.__getitem__, reverse=True):
            same = next(
                (
                    k
                    for k in kept
                    if layouts.get(k) == layouts.get(file) or items[(unit, k)] & items[(unit, file)]
                ),
                None,
            )
            newest[(unit, file)] = same or file
            if same is None:
                kept.append(file)
    pairs = list(zip(units, files, strict=True))
    current = {pair: newest[pair] == pair[1] for pair in set(pairs)}
    if all(current.values()):
        return list(range(len(units))), []
    keep: list[int] = []
    superseded: list[RejectedRow] = []
    counted: dict[tuple[str, str], int] = {}
    for i, (unit, file) in enumerate(pairs):
        if current[(unit, file)]:
            keep.append(i)
            continue
        counted[(file, unit)] = counted.get((file, unit), 0) + 1
        superseded.append(
            RejectedRow(
                file,
                cols[Col.SHEET][i],
                cols[Col.ROW][i],
                SUPERSEDED,
                f"{unit}已报送较新的台账：{newest[(unit, file)]}",
                _summary(cols, i),
            )
        )
    for (file, unit), n in counted.items():
        report.add("superseded", file, value=unit, detail=f"「{newest[(unit, file)]}」（{n} 行被替代）")
    return keep, superseded


def _dedupe(
    cols: dict[str, list[Any]], keep: list[int], report: Report
) -> tuple[list[int], list[RejectedRow]]:
    """Identical rows count once (the copy is rejected); a reused 问题编号 is flagged, both kept."""
    seen_rows: dict[tuple[Any, ...], int] = {}
    seen_ids: dict[str, int] = {}
    rejected: list[RejectedRow] = []
    # In C: the first row with each content, and with each 问题编号; the rest are the exceptions,
    # and only they are looked at one by one. Rows are told apart by three of their columns first;
    # only rows that share those are compared whole.
    brief = list(zip(cols[Col.DESCRIPTION], cols[Col.UNIT], cols[Col.DEADLINE], strict=True))
    seen_brief: dict[tuple[Any, ...], int] = {}
    first_brief = list(map(seen_brief.setdefault, _at(brief, keep), keep))
    shared = set(compress(first_brief, map(operator.ne, first_brief, keep)))
    columns = [cols[c] for c in COLUMNS]
    first_rows = (
        [
            i if first == i and i not in shared else seen_rows.setdefault(tuple(c[i] for c in columns), i)
            for first, i in zip(first_brief, keep, strict=True)
        ]
        if shared
        else keep
    )
    raw_ids = _at(cols[Col.ID], keep)
    try:
        ids = list(map(str.strip, raw_ids))
    except TypeError:  # a 问题编号 that is not text
        ids = [str(v).strip() for v in raw_ids]
    first_ids = list(map(seen_ids.setdefault, ids, keep))
    copies = set(compress(range(len(keep)), map(operator.ne, first_rows, keep)))
    reused = compress(range(len(keep)), map(operator.and_, map(operator.ne, first_ids, keep), map(bool, ids)))
    for k in sorted(copies.union(reused)):  # in row order, as the rows were read
        i, first, pid, earlier = keep[k], first_rows[k], ids[k], first_ids[k]
        if k in copies:
            problem = report.add(
                "duplicate-row",
                cols[Col.FILE][i],
                sheet=cols[Col.SHEET][i],
                row=cols[Col.ROW][i],
                column=None,
                detail=_where(cols, first, i),
            )
            rejected.append(
                RejectedRow(
                    cols[Col.FILE][i],
                    cols[Col.SHEET][i],
                    cols[Col.ROW][i],
                    REJECTED,
                    problem.message,
                    _summary(cols, i),
                )
            )
            continue
        report.add(
            "duplicate-id",
            cols[Col.FILE][i],
            sheet=cols[Col.SHEET][i],
            row=cols[Col.ROW][i],
            column=Col.ID,
            value=pid,
            detail=_where(cols, earlier, i),
        )
    merged = [i for k, i in enumerate(keep) if k not in copies] if copies else list(keep)
    return merged, rejected


def _at(values: list[Any], keep: list[int]) -> list[Any]:
    """The values at the rows ``keep``; it is in order, so as many rows as values means all of
    them, and the list itself is given back (no copy)."""
    return values if len(keep) == len(values) else list(map(values.__getitem__, keep))


def _where(cols: dict[str, list[Any]], first: int, i: int) -> str:
    file, sheet, row = cols[Col.FILE][first], cols[Col.SHEET][first], cols[Col.ROW][first]
    if file == cols[Col.FILE][i] and sheet == cols[Col.SHEET][i]:
        return f"第{row}行"
    return f"「{file}」{sheet} 第{row}行"


def _summary(cols: dict[str, list[Any]], i: int) -> str:
    return "；".join(f"{c}={cols[c][i]}" for c in COLUMNS if cols[c][i] not in ("", None))

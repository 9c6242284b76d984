"""Many returns -> one canonical ledger, with supersession and a reconciliation that never loses a row.

Every ledger row read ends in exactly one place: merged (总台账), rejected (an error problem names
it) or superseded (the unit sent a newer return). ``rows read = merged + rejected + superseded`` is
checked here on every run.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pandas as pd

from .intake import EXCEL_SUFFIXES, read_workbook
from .normalize import LEDGER_COLUMNS, normalize_table
from .problems import Report
from .schema import COLUMNS, UnitDirectory
from .workdays import OFFICIAL, WorkCalendar

RESAVE_SUFFIXES = (".et", ".ett", ".csv", ".wps", ".numbers")
REJECTED_COLUMNS = ("来源文件", "来源工作表", "来源行", "处理", "原因", "原始内容")

Progress = Callable[[int, int, str], None]


class ReconciliationError(AssertionError):
    """Rows read != merged + rejected + superseded: a bug, never a property of the input."""


@dataclass
class FileOutcome:
    file: str
    unit: str | None
    status: str  # merged | rejected | superseded
    rows: int  # ledger rows read from the file
    merged: int = 0
    rejected: int = 0
    superseded: int = 0
    report_date: date | None = None


@dataclass
class MergeResult:
    as_of: date
    ledger: pd.DataFrame
    rejected: pd.DataFrame  # rejected and superseded rows, with their original values
    files: list[FileOutcome]
    report: Report
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def has_errors(self) -> bool:
        return bool(self.report.errors)

    def summary(self, outputs: dict[str, str] | None = None) -> dict:
        """The JSON object ``ledgerdesk merge --json`` prints."""
        return {
            "as_of": self.as_of.isoformat(),
            "files": [
                {"file": f.file, "unit": f.unit, "status": f.status, "rows": f.rows} for f in self.files
            ],
            "rows": dict(self.counts),
            "problems": [
                {
                    k: v
                    for k, v in p.as_dict().items()
                    if k in ("code", "severity", "file", "sheet", "row", "column", "value", "message")
                }
                for p in self.report
            ],
            "outputs": outputs or {},
        }

    def to_json(self, outputs: dict[str, str] | None = None) -> str:
        return json.dumps(self.summary(outputs), ensure_ascii=False, indent=2)


def list_returns(inbox: str | Path, exclude: Iterable[Path] = ()) -> list[Path]:
    """The files in an inbox folder (and its subfolders) that may be returns, in a stable order.

    Excel lock files (~$…) and hidden files are skipped; files that are neither Excel nor a known
    office format are left alone.
    """
    inbox = Path(inbox)
    skip = [p.resolve() for p in exclude]
    found = []
    for path in sorted(inbox.rglob("*")):
        if not path.is_file() or path.name.startswith(("~$", ".")):
            continue
        if any(s == path.resolve() or s in path.resolve().parents for s in skip):
            continue
        if path.suffix.lower() in EXCEL_SUFFIXES + RESAVE_SUFFIXES:
            found.append(path)
    return found


def merge_ledgers(
    paths: Iterable[str | Path],
    units: UnitDirectory,
    as_of: date,
    progress: Progress | None = None,
    calendar: WorkCalendar = OFFICIAL,
) -> MergeResult:
    """Read, normalise, check and merge the returns."""
    files = [Path(p) for p in paths]
    report = Report()
    kept: list[dict] = []
    rejected: list[dict] = []
    outcomes: dict[str, FileOutcome] = {}

    for i, path in enumerate(files):
        if progress:
            progress(i, len(files), path.name)
        name = _display_name(path, files)
        outcome = outcomes[name] = FileOutcome(file=name, unit=None, status="merged", rows=0)
        if path.suffix.lower() in RESAVE_SUFFIXES:
            report.add(
                "file-unreadable",
                name,
                value=path.suffix,
                detail=f"暂不支持 {path.suffix} 格式，请另存为 .xlsx 后重新报送",
            )
            continue
        book = read_workbook(path, units, name=name)
        report.extend(book.problems)
        units_seen = []
        for table in book.tables:
            recs, rej, probs = normalize_table(table, units, as_of, calendar)
            report.extend(probs)
            for rec in recs:
                rec["_mtime"] = book.mtime
            kept.extend(recs)
            rejected.extend(rej)
            outcome.rows += len(table.rows)
            outcome.report_date = outcome.report_date or table.report_date
            if table.unit:
                units_seen.append(table.unit.name)
        outcome.unit = units_seen[0] if len(set(units_seen)) == 1 else None
    if progress:
        progress(len(files), len(files), "")

    kept, superseded = _supersede(kept, report)
    kept, duplicates = _dedupe(kept, report)
    rejected.extend(duplicates)

    ledger = (
        pd.DataFrame(kept, columns=list(LEDGER_COLUMNS))
        if kept
        else pd.DataFrame(columns=list(LEDGER_COLUMNS))
    )
    left = pd.DataFrame(rejected + superseded, columns=list(REJECTED_COLUMNS))

    for rec in kept:
        outcomes[rec["来源文件"]].merged += 1
    for rec in rejected:
        outcomes[rec["来源文件"]].rejected += 1
    for rec in superseded:
        outcomes[rec["来源文件"]].superseded += 1
    for outcome in outcomes.values():
        units_merged = {r["责任单位"] for r in kept if r["来源文件"] == outcome.file}
        if outcome.unit is None and len(units_merged) == 1:
            outcome.unit = next(iter(units_merged))
        if outcome.merged == 0:
            outcome.status = "superseded" if outcome.superseded else "rejected"

    counts = {
        "read": sum(o.rows for o in outcomes.values()),
        "merged": len(ledger),
        "rejected": len(rejected),
        "superseded": len(superseded),
    }
    if counts["read"] != counts["merged"] + counts["rejected"] + counts["superseded"]:
        raise ReconciliationError(
            f"读入 {counts['read']} 行 ≠ 合并 {counts['merged']} + 退回 {counts['rejected']} + 替代 {counts['superseded']}"
        )
    for outcome in outcomes.values():
        if outcome.rows != outcome.merged + outcome.rejected + outcome.superseded:
            raise ReconciliationError(f"{outcome.file}: 行数对不上")
    return MergeResult(as_of, ledger, left, list(outcomes.values()), report, counts)


def _supersede(kept: list[dict], report: Report) -> tuple[list[dict], list[dict]]:
    """When a unit sent several returns, only its newest (填报日期, then file time) counts."""
    by_unit: dict[str, dict[str, tuple]] = {}
    for rec in kept:
        key = (rec["填报日期"] or date.min, rec["_mtime"], rec["来源文件"])
        files = by_unit.setdefault(str(rec["责任单位"]), {})
        files[rec["来源文件"]] = max(files.get(rec["来源文件"], key), key)
    newest = {unit: max(files.items(), key=lambda kv: kv[1])[0] for unit, files in by_unit.items()}
    merged, superseded = [], []
    counted: dict[tuple[str, str], int] = {}
    for rec in kept:
        unit = str(rec["责任单位"])
        if rec["来源文件"] == newest[unit]:
            merged.append(rec)
            continue
        counted[(rec["来源文件"], unit)] = counted.get((rec["来源文件"], unit), 0) + 1
        superseded.append(
            {
                "来源文件": rec["来源文件"],
                "来源工作表": rec["来源工作表"],
                "来源行": rec["来源行"],
                "处理": "被替代",
                "原因": f"{unit}已报送较新的台账：{newest[unit]}",
                "原始内容": _summary(rec),
            }
        )
    for (file, unit), n in counted.items():
        report.add("superseded", file, value=unit, detail=f"「{newest[unit]}」（{n} 行被替代）")
    return merged, superseded


def _dedupe(kept: list[dict], report: Report) -> tuple[list[dict], list[dict]]:
    """Identical rows count once (the copy is rejected); a reused 问题编号 is flagged, both kept."""
    seen_rows: dict[tuple, dict] = {}
    seen_ids: dict[str, dict] = {}
    merged, rejected = [], []
    for rec in kept:
        content = tuple(str(rec[c]) for c in COLUMNS)
        if content in seen_rows:
            first = seen_rows[content]
            where = _where(first, rec)
            problem = report.add(
                "duplicate-row",
                rec["来源文件"],
                sheet=rec["来源工作表"],
                row=rec["来源行"],
                column=None,
                detail=where,
            )
            rejected.append(
                {
                    "来源文件": rec["来源文件"],
                    "来源工作表": rec["来源工作表"],
                    "来源行": rec["来源行"],
                    "处理": "退回",
                    "原因": problem.message,
                    "原始内容": _summary(rec),
                }
            )
            continue
        seen_rows[content] = rec
        pid = str(rec["问题编号"]).strip()
        if pid:
            if pid in seen_ids:
                report.add(
                    "duplicate-id",
                    rec["来源文件"],
                    sheet=rec["来源工作表"],
                    row=rec["来源行"],
                    column="问题编号",
                    value=pid,
                    detail=_where(seen_ids[pid], rec),
                )
            else:
                seen_ids[pid] = rec
        merged.append(rec)
    for rec in merged:
        rec.pop("_mtime", None)
    return merged, rejected


def _where(first: dict, rec: dict) -> str:
    if first["来源文件"] == rec["来源文件"] and first["来源工作表"] == rec["来源工作表"]:
        return f"第{first['来源行']}行"
    return f"「{first['来源文件']}」{first['来源工作表']} 第{first['来源行']}行"


def _summary(rec: dict) -> str:
    return "；".join(f"{c}={rec[c]}" for c in COLUMNS if rec.get(c) not in ("", None))


def _display_name(path: Path, paths: list[Path]) -> str:
    """The file name, with its subfolder when two returns share a name."""
    if sum(1 for p in paths if p.name == path.name) > 1:
        return f"{path.parent.name}/{path.name}"
    return path.name

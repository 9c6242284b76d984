"""Read a part of the intake corpus as ``ledgerdesk merge`` reads an inbox and compare every item with
what a person reads in it (tests/data/corpus/README.md).

    python tests/corpus_eval.py tests/data/corpus/dev [--misses]

prints, per file and in all, how many items were merged and how many have the unit, the status and the
deadline a person reads; ``--misses`` lists each item read otherwise.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

AS_OF = date(2024, 7, 31)
NOT_RETURNS = {"expected.json", "README.md", "SOURCES.txt"}  # SOURCES.txt: the sources a part was made from


@dataclass
class Miss:
    file: str
    desc: str
    what: str  # missing | dropped | unit | state | deadline
    want: object
    got: object


@dataclass
class Score:
    items: int = 0
    merged: int = 0
    unit: int = 0
    state: int = 0
    deadline: int = 0
    right: int = 0  # merged with unit, state and deadline all as a person reads them
    not_items_merged: int = 0
    misses: list[Miss] = field(default_factory=list)
    reconciled: bool = True
    files: dict[str, tuple[int, int]] = field(default_factory=dict)  # file -> (right, items)

    def share(self, what: str = "right") -> float:
        return getattr(self, what) / self.items if self.items else 1.0

    def add(self, other: Score) -> Score:
        total = Score()
        for name in ("items", "merged", "unit", "state", "deadline", "right", "not_items_merged"):
            setattr(total, name, getattr(self, name) + getattr(other, name))
        total.misses = self.misses + other.misses
        total.reconciled = self.reconciled and other.reconciled
        total.files = {**self.files, **other.files}
        return total


def _key(text: object) -> str:
    return re.sub(r"\s+", "", str(text or ""))


def _item(item: dict | list) -> dict:
    """An item of expected.json; tests/data/real lists [Excel row, unit, state, deadline, 责任部门]."""
    if isinstance(item, dict):
        return item
    row, unit, state, deadline, _ = item
    return {"desc": f"第{row}行", "row": row, "unit": unit, "state": state, "deadline": deadline}


def _is(item: dict, record: dict) -> bool:
    if "row" in item:
        return record["来源行"] == item["row"]
    return _key(item["desc"]) in _key(record["问题描述"])


def expected(part: Path) -> dict[str, dict]:
    data = json.loads((part / "expected.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def return_files(part: Path) -> list[Path]:
    return sorted(
        p for p in part.iterdir() if p.is_file() and p.name not in NOT_RETURNS and p.suffix != ".py"
    )


def read_part(part: Path, files: Iterable[Path] | None = None, settings=None):
    """The merge of a part's return files, as ``ledgerdesk merge`` reads an inbox holding them."""
    from ledgerdesk.jobs import load_directory, read_inbox
    from ledgerdesk.reading.settings import Settings

    with tempfile.TemporaryDirectory() as tmp:
        inbox = Path(tmp) / "收件箱"
        inbox.mkdir()
        for path in files if files is not None else return_files(part):
            shutil.copy2(path, inbox / path.name)
        return read_inbox(inbox, settings or Settings(as_of=AS_OF), load_directory())


def workers(jobs: int) -> int:
    """How many processes to read parts in: one per core (a reading is one core's work), no more
    than the jobs."""
    return max(1, min(jobs, os.cpu_count() or 1))


def score_all(parts: list[Path]) -> dict[Path, Score]:
    """Each part's score, the parts read side by side, one process per core — their Word 97 files
    converted ahead, a LibreOffice run per core for them all."""
    from ledgerdesk.reading.sources import convert_ahead

    n = workers(len(parts))
    convert_ahead([path for part in parts for path in return_files(part)], ways=n)
    if n == 1:
        return {part: score(part) for part in parts}
    with ProcessPoolExecutor(n) as pool:
        return dict(zip(parts, pool.map(score, parts), strict=True))


def round_trip(parts: list[Path], folder: Path) -> tuple[int, int, int, bool]:
    """Merge the parts' returns into a master (each part a folder of the inbox), split it, merge the
    returns back untouched: (change lines, units reported silent, items added, whether the master's
    bytes are as they were)."""
    from ledgerdesk.jobs import MASTER_NAME, merge_into_master, process, split
    from ledgerdesk.reading.settings import Settings

    settings = Settings(as_of=AS_OF)
    inbox = folder / "收件箱"
    for part in parts:
        (inbox / part.name).mkdir(parents=True)
        for path in return_files(part):
            shutil.copy2(path, inbox / part.name / path.name)
    process(inbox, folder / "out", settings)
    master = folder / "out" / MASTER_NAME
    split(master, folder / "下发", settings)
    before = master.read_bytes()
    applied = merge_into_master(folder / "下发", master, settings).applied
    return len(applied.changes), len(applied.silent), len(applied.added), master.read_bytes() == before


def round_trip_all(parts: list[Path], folder: Path) -> list[tuple[int, int, int, bool]]:
    """round_trip over the parts shared out among one process per core, each with its own inbox."""
    n = workers(len(parts))
    shares = [parts[k::n] for k in range(n)]
    folders = [folder / f"share{k}" for k in range(n)]
    if n == 1:
        return [round_trip(shares[0], folders[0])]
    with ProcessPoolExecutor(n) as pool:
        return list(pool.map(round_trip, shares, folders))


def score(part: Path, result=None, only: Iterable[str] | None = None) -> Score:
    """How the merge of ``part`` (or ``result``) reads each item ``expected.json`` lists."""
    wanted = expected(part)
    if only is not None:
        wanted = {k: v for k, v in wanted.items() if k in set(only)}
    if result is None:
        result = read_part(part, [part / name for name in wanted])
    records = result.ledger.records()
    left_out = result.rejected.records()
    out = Score()
    c = result.counts
    out.reconciled = c["read"] == c["merged"] + c["rejected"] + c["superseded"]
    for name, spec in wanted.items():
        mine = [r for r in records if str(r["来源文件"]).startswith(name)]
        dropped = [r for r in left_out if str(r["来源文件"]).startswith(name)]
        used: set[int] = set()
        right = 0
        for item in map(_item, spec["items"]):
            out.items += 1
            desc = _key(item["desc"])
            hit = next((k for k, r in enumerate(mine) if k not in used and _is(item, r)), None)
            if hit is None:
                gone = any(
                    desc in _key(r.get("原始内容", "")) or item.get("row") == r.get("来源行") for r in dropped
                )
                out.misses.append(Miss(name, item["desc"], "dropped" if gone else "missing", "", ""))
                continue
            used.add(hit)
            r = mine[hit]
            out.merged += 1
            deadline = r["整改时限"].isoformat() if isinstance(r["整改时限"], date) else None
            checks = {
                "unit": (item["unit"], r["责任单位"]),
                "state": (item["state"], r["状态归类"]),
                "deadline": (item["deadline"], deadline),
            }
            ok = True
            for what, (want, got) in checks.items():
                if want == got:
                    setattr(out, what, getattr(out, what) + 1)
                else:
                    ok = False
                    out.misses.append(Miss(name, item["desc"], what, want, got))
            right += ok
        out.right += right
        out.files[name] = (right, len(spec["items"]))
        for text in spec.get("not_items", []):
            if any(_key(text) in _key(r["问题描述"]) for k, r in enumerate(mine) if k not in used):
                out.not_items_merged += 1
                out.misses.append(Miss(name, text, "not-an-item", "", "merged"))
    return out


def report(part: Path, s: Score, misses: bool = False) -> str:
    lines = [f"{part}: {len(s.files)} files, {s.items} items"]
    for name, (right, n) in s.files.items():
        lines.append(f"  {right:3d}/{n:<3d} {name}")
    lines.append(
        f"  merged {s.merged}/{s.items}, unit {s.unit}, state {s.state}, deadline {s.deadline}; "
        f"all right {s.right}/{s.items} = {s.share():.1%}; non-items merged {s.not_items_merged}; "
        f"reconciled {s.reconciled}"
    )
    if misses:
        for m in s.misses:
            lines.append(f"    {m.what:9s} {m.file} «{m.desc}» want {m.want!r} got {m.got!r}")
    return "\n".join(lines)


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    for folder in args:
        print(report(Path(folder), score(Path(folder)), misses="--misses" in sys.argv))

"""The jobs a button or a command runs: plain values in, results and output paths out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .history import HISTORY_NAME, record_snapshot
from .merge import MergeResult, Progress, list_returns, merge_ledgers
from .metrics import Metrics, compute_metrics
from .resources import unit_directory_file
from .schema import UnitDirectory, load_units
from .settings import Settings
from .workbook import NotAMaster, read_master, write_master

MASTER_NAME = "汇总台账.xlsx"


class JobError(Exception):
    """Work cannot start or continue; the message is Chinese and meant for the clerk."""


@dataclass
class MergeJob:
    result: MergeResult
    outputs: dict[str, str] = field(default_factory=dict)


@dataclass
class StatsJob:
    metrics: Metrics
    delta: dict | None
    merge: MergeJob | None  # when the source was an inbox folder
    outputs: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {**self.metrics.to_dict(), "delta": self.delta, "outputs": self.outputs}


def load_directory(units_file: str | Path | None = None) -> UnitDirectory:
    path = Path(units_file) if units_file else unit_directory_file()
    if not path.is_file():
        raise JobError(f"找不到单位名录文件：{path}")
    return load_units(path)


def merge_inbox(
    inbox: str | Path,
    out_dir: str | Path,
    as_of: date,
    units_file: str | Path | None = None,
    progress: Progress | None = None,
    settings: Settings | None = None,
) -> MergeJob:
    """Merge every return in ``inbox`` and write ``out_dir/汇总台账.xlsx``."""
    settings = settings or Settings()
    inbox, out_dir = Path(inbox), Path(out_dir)
    if not inbox.is_dir():
        raise JobError(f"找不到报送文件夹：{inbox}")
    paths = list_returns(inbox, exclude=[out_dir])
    if not paths:
        raise JobError(f"文件夹中没有 Excel 台账文件：{inbox}")
    units = load_directory(units_file or settings.units_file or None)
    result = merge_ledgers(paths, units, as_of, progress=progress, calendar=settings.calendar())
    master = write_master(result, out_dir / MASTER_NAME, inputs=[str(inbox)])
    return MergeJob(result, {"workbook": str(master)})


def compute_stats(
    source: str | Path,
    out_dir: str | Path,
    settings: Settings,
    progress: Progress | None = None,
) -> StatsJob:
    """Figures for an inbox folder (merged first) or a master workbook, with the period's history.

    The snapshot goes into ``out_dir/台账历史.sqlite``; the delta compares with the previous period.
    """
    source, out_dir = Path(source), Path(out_dir)
    as_of = settings.as_of or date.today()
    units = load_directory(settings.units_file or None)
    merge = None
    if source.is_dir():
        merge = merge_inbox(source, out_dir, as_of, progress=progress, settings=settings)
        ledger = merge.result.ledger
    elif source.is_file():
        try:
            ledger = read_master(source)
        except NotAMaster as exc:
            raise JobError(str(exc)) from None
    else:
        raise JobError(f"找不到报送文件夹或汇总台账：{source}")
    metrics = compute_metrics(ledger, as_of, settings, units)
    history = out_dir / HISTORY_NAME
    delta = record_snapshot(history, metrics, source=str(source))
    outputs = {"history": str(history), **(merge.outputs if merge else {})}
    return StatsJob(metrics, delta, merge, outputs)

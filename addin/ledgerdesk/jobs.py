"""The jobs a button or a command runs: plain values in, results and output paths out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .merge import MergeResult, Progress, list_returns, merge_ledgers
from .resources import unit_directory_file
from .schema import UnitDirectory, load_units
from .workbook import write_master

MASTER_NAME = "汇总台账.xlsx"


class JobError(Exception):
    """Work cannot start or continue; the message is Chinese and meant for the clerk."""


@dataclass
class MergeJob:
    result: MergeResult
    outputs: dict[str, str] = field(default_factory=dict)


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
) -> MergeJob:
    """Merge every return in ``inbox`` and write ``out_dir/汇总台账.xlsx``."""
    inbox, out_dir = Path(inbox), Path(out_dir)
    if not inbox.is_dir():
        raise JobError(f"找不到报送文件夹：{inbox}")
    paths = list_returns(inbox, exclude=[out_dir])
    if not paths:
        raise JobError(f"文件夹中没有 Excel 台账文件：{inbox}")
    result = merge_ledgers(paths, load_directory(units_file), as_of, progress=progress)
    master = write_master(result, out_dir / MASTER_NAME, inputs=[str(inbox)])
    return MergeJob(result, {"workbook": str(master)})

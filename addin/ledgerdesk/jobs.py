"""The jobs a button or a command runs: plain values in, results and output paths out.

One pipeline serves ``merge``, ``stats`` and ``run``: read the source (an inbox folder of returns,
or a master workbook a clerk may have edited), compute the figures, store the period in the
history database, and, when the source was an inbox, write the master workbook.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .briefing import Documents, write_documents
from .history import HISTORY_NAME, HistoryError, record_snapshot
from .merge import Inbox, MergeResult, Progress, merge_ledgers, survey_inbox
from .metrics import Metrics, compute_metrics
from .resources import unit_directory_file
from .roundtrip import MANIFEST_NAME, ApplyResult, SplitResult, apply_returns, split_master
from .schema import UnitDirectory, load_units
from .settings import Settings
from .workbook import NotAMaster, read_master, write_master

MASTER_NAME = "汇总台账.xlsx"


class JobError(Exception):
    """Work cannot start or continue; the message is Chinese and meant for the clerk."""


@dataclass
class Job:
    metrics: Metrics
    delta: dict | None
    merge: MergeResult | None  # when the source was an inbox folder
    outputs: dict[str, str] = field(default_factory=dict)

    @property
    def has_errors(self) -> bool:
        return bool(self.merge and self.merge.has_errors)

    def to_dict(self) -> dict:
        """The JSON object ``ledgerdesk stats --json`` prints."""
        return {**self.metrics.to_dict(), "delta": self.delta, "outputs": self.outputs}


def inbox_files(inbox: Path, exclude: list[Path]) -> Inbox:
    """The returns in an inbox folder, and what else is there (never read: a 下发清单 sent out
    earlier, a master); no return at all is a job error."""
    found = survey_inbox(inbox, exclude=exclude, own=(MANIFEST_NAME, MASTER_NAME, HISTORY_NAME))
    if not found.returns:
        raise JobError(f"文件夹中没有 Excel 台账文件：{inbox}")
    return found


def load_directory(units_file: str | Path | None = None) -> UnitDirectory:
    path = Path(units_file) if units_file else unit_directory_file()
    if not path.is_file():
        raise JobError(f"找不到单位名录文件：{path}")
    return load_units(path)


def process(
    source: str | Path,
    out_dir: str | Path,
    settings: Settings,
    progress: Progress | None = None,
    units_file: str | Path | None = None,
) -> Job:
    """Merge (for an inbox) or read (for a master), count, record the period, write the master.

    The master workbook is written only from an inbox: a master given as the source is the
    clerk's own file and is never overwritten.
    """
    source, out_dir = Path(source), Path(out_dir)
    as_of = settings.as_of or date.today()
    units = load_directory(units_file or settings.units_file or None)
    merge = None
    if source.is_dir():
        found = inbox_files(source, exclude=[out_dir])
        merge = merge_ledgers(
            found.returns,
            units,
            as_of,
            progress=progress,
            calendar=settings.calendar(),
            vocabulary=settings.vocabulary(),
            skipped=found.skipped,
        )
        ledger = merge.ledger
    elif source.is_file():
        try:
            ledger = read_master(source, settings.vocabulary().statuses)
        except NotAMaster as exc:
            raise JobError(str(exc)) from None
    else:
        raise JobError(f"找不到报送文件夹或汇总台账：{source}")
    metrics = compute_metrics(ledger, as_of, settings, units)
    if merge is not None:
        metrics.notes[:0] = merge.left_out()  # printed by stats/run, kept in 说明 and the JSON notes
    history = out_dir / HISTORY_NAME
    outputs = {"history": str(history)}

    def write(delta: dict | None) -> None:  # inside the history's transaction: stored only once written
        if merge is not None:
            master = write_master(
                out_dir / MASTER_NAME, merge, metrics, settings, delta, inputs=[str(source)]
            )
            outputs["workbook"] = str(master)

    try:
        delta = record_snapshot(history, metrics, source=str(source), then=write)
    except HistoryError as exc:
        raise JobError(str(exc)) from None
    return Job(metrics, delta, merge, outputs)


def briefing_name(as_of: date) -> str:
    return f"通报_{as_of.isoformat()}.docx"


def brief(
    job: Job,
    settings: Settings,
    out_dir: str | Path,
    briefing_path: str | Path | None = None,
    template: str | Path | None = None,
    notices_dir: str | Path | None = None,
) -> Documents:
    """Write the briefing (default ``out_dir/通报_YYYY-MM-DD.docx``) and the reminder notices."""
    as_of = job.metrics.as_of
    path = Path(briefing_path) if briefing_path else Path(out_dir) / briefing_name(as_of)
    docs = write_documents(
        job.metrics,
        job.delta,
        settings,
        path,
        template=Path(template) if template else None,
        notices_dir=Path(notices_dir) if notices_dir else None,
    )
    job.outputs["briefing"] = str(docs.briefing)
    if notices_dir:
        job.outputs["notices"] = str(notices_dir)
    return docs


def notices_folder(out_dir: str | Path, as_of: date) -> Path:
    return Path(out_dir) / f"催办通知_{as_of.isoformat()}"


def split(master: str | Path, out_dir: str | Path, settings: Settings) -> SplitResult:
    """``ledgerdesk split``: one pre-filled return per unit from the master, and a 下发清单."""
    master = Path(master)
    if not master.is_file():
        raise JobError(f"找不到汇总台账：{master}")
    try:
        return split_master(master, Path(out_dir), load_directory(settings.units_file or None), settings)
    except NotAMaster as exc:
        raise JobError(str(exc)) from None


def merge_into_master(
    inbox: str | Path,
    master: str | Path,
    settings: Settings,
    progress: Progress | None = None,
    units_file: str | Path | None = None,
) -> ApplyResult:
    """``ledgerdesk merge INBOX --master MASTER``: apply the units' returns to the master by 问题编号."""
    inbox, master = Path(inbox), Path(master)
    if not master.is_file():
        raise JobError(f"找不到汇总台账：{master}")
    found = inbox_files(inbox, exclude=[master])
    units = load_directory(units_file or settings.units_file or None)
    returns = merge_ledgers(
        found.returns,
        units,
        settings.as_of or date.today(),
        progress=progress,
        calendar=settings.calendar(),
        vocabulary=settings.vocabulary(),
        skipped=found.skipped,
        status_required=False,  # a blank status in a return changes nothing
    )
    try:
        return apply_returns(master, returns, units, settings)
    except NotAMaster as exc:
        raise JobError(str(exc)) from None

"""The jobs a button or a command runs: plain values in, results and output paths out.

One pipeline serves ``merge``, ``stats`` and ``run``: read the source (an inbox folder of returns,
or a master workbook a clerk may have edited), compute the figures, store the period in the
history database, and, when the source was an inbox, write the master workbook.
"""

from __future__ import annotations

import gc
import shutil
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import LedgerdeskError
from .figures.history import HISTORY_NAME, Delta, HistoryError, record_snapshot
from .figures.metrics import Metrics, compute_metrics
from .files import keep_version, latest_version, one_writer
from .outputs.workbook import MasterContent, NotAMaster, read_master, recorded_as_of, write_master
from .reading.merge import Inbox, MergeResult, Progress, merge_ledgers, survey_inbox
from .reading.schema import UnitDirectory, load_units
from .reading.settings import Settings
from .reading.sources import convert_ahead
from .resources import MASTER_NAME, unit_directory_file
from .roundtrip import MANIFEST_NAME, ApplyResult, SplitResult, apply_returns, split_master

if TYPE_CHECKING:  # python-docx, docxtpl and Jinja load only for the jobs that write documents
    from .outputs.briefing import Documents


class JobError(LedgerdeskError):
    """Work cannot start or continue; the message is Chinese and meant for the clerk."""


def resolve_as_of(
    explicit: date | None, settings: Settings, source: Path | None = None, default: date | None = None
) -> tuple[date, str]:
    """The as-of date of a job, decided once: given explicitly, else the 统计截止日 the master
    being read records (a 通报 from a master then states the master's figures), else the
    settings', else ``default`` (the sample's date), else today. Returns it and where it came from:
    argument, master, settings, sample or today (docs/cli.md)."""
    if explicit is not None:
        return explicit, "argument"
    if source is not None and source.is_file():
        recorded = recorded_as_of(source)
        if recorded is not None:
            return recorded, "master"
    if settings.as_of is not None:
        return settings.as_of, "settings"
    if default is not None:
        return default, "sample"
    return date.today(), "today"


def settings_for(settings: Settings, source: Path | None) -> tuple[Settings, bool]:
    """The settings of a job from ``source``: when it is a master, the settings it was made with
    (its 说明) under those given now (Settings.over), so every road from one master gives the same
    通报; and whether the master's were used."""
    from .outputs.workbook import master_settings

    if source is None or not source.is_file():
        return settings, False
    recorded = master_settings(source)
    return (settings.over(recorded), True) if recorded is not None else (settings, False)


@dataclass
class Job:
    metrics: Metrics
    delta: Delta | None
    merge: MergeResult | None  # when the source was an inbox folder
    outputs: dict[str, str] = field(default_factory=dict)
    source: str = ""
    as_of_from: str = "settings"

    @property
    def has_errors(self) -> bool:
        return bool(self.merge and self.merge.has_errors)

    def to_dict(self) -> dict[str, Any]:
        """The JSON every command prints (docs/cli.md): as_of and where it came from, the files
        read, the rows, the problems and the outputs, then the figures."""
        if self.merge is not None:
            head = self.merge.summary(self.outputs)
        else:  # a master: one file, every row of 总台账 read and counted
            n = len(self.metrics.items)
            head = {
                "as_of": self.metrics.as_of.isoformat(),
                "files": [{"file": Path(self.source).name, "unit": None, "status": "merged", "rows": n}],
                "rows": {"read": n, "merged": n, "rejected": 0, "superseded": 0},
                "problems": [],
                "notes": [],
                "outputs": self.outputs,
            }
        return {
            **head,
            "as_of_from": self.as_of_from,
            **{k: v for k, v in self.metrics.to_dict().items() if k != "as_of"},
            "delta": self.delta.as_dict() if self.delta else None,
        }


def inbox_files(inbox: Path, exclude: list[Path]) -> Inbox:
    """The returns in an inbox folder, and what else is there (never read: a 下发清单 sent out
    earlier, a master); no return at all is a job error."""
    found = survey_inbox(inbox, exclude=exclude, own=(MANIFEST_NAME, MASTER_NAME, HISTORY_NAME))
    if not found.returns:
        raise JobError(f"文件夹中没有 Excel 台账文件：{inbox}")
    return found


def read_inbox(
    inbox: Path,
    settings: Settings,
    units: UnitDirectory,
    progress: Progress | None = None,
    exclude: list[Path] | None = None,
    status_required: bool = True,
) -> MergeResult:
    """Every return of an inbox read, checked and merged with the settings' calendar and words."""
    found = inbox_files(inbox, exclude=exclude or [])
    convert_ahead(found.returns)  # (the .doc and .wps in one LibreOffice run, not one a file)
    result = merge_ledgers(
        found.returns,
        units,
        settings.as_of or date.today(),
        progress=progress,
        calendar=settings.calendar(),
        vocabulary=settings.vocabulary(),
        skipped=found.skipped,
        status_required=status_required,
    )
    # Files that are no returns at all (a cover letter, a photo) are named; if that is all there is,
    # there is nothing to merge.
    tried = {p.file for p in result.report if p.code != "file-skipped"}
    if not any(f.rows or f.file in tried for f in result.files if f.status != "skipped"):
        raise JobError(f"文件夹中没有 Excel 台账文件：{inbox}")
    return result


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
    as_of_from: str = "settings",
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
        merge = read_inbox(source, settings, units, progress, exclude=[out_dir])
        ledger = merge.ledger
    elif source.is_file():
        try:
            ledger = read_master(source, settings.vocabulary().statuses)
        except NotAMaster as exc:
            raise JobError(str(exc)) from None
    else:
        raise JobError(f"找不到报送文件夹或汇总台账：{source}")
    # The ledger lives as long as the job: the cyclic garbage collector need not walk its millions
    # of objects again at every collection while the figures and outputs are made.
    gc.freeze()
    metrics = compute_metrics(ledger, as_of, settings, units)
    if merge is not None:
        metrics.notes[:0] = merge.left_out()  # printed by stats/run, kept in 说明 and the JSON notes
    # The periods of a master are recorded beside it, wherever the outputs go: one history per
    # master, whichever road (a button, brief, stats) reads it.
    history = (source.parent if merge is None else out_dir) / HISTORY_NAME
    outputs = {"history": str(history)}

    def write(delta: Delta | None) -> None:
        """Inside the history's transaction: the period is stored only once its master is written."""
        if merge is not None:
            had = (out_dir / MASTER_NAME).is_file()
            master = write_master(
                out_dir / MASTER_NAME, MasterContent.of(merge, delta, [str(source)]), metrics, settings
            )
            outputs["workbook"] = str(master)
            if had and settings.keep_versions > 0 and (kept := latest_version(master)) is not None:
                outputs["previous_workbook"] = str(kept)  # the one this merge replaced

    try:
        with one_writer(out_dir / MASTER_NAME):  # the history and the master it is recorded with
            delta = record_snapshot(history, metrics, source=str(source), then=write)
    except HistoryError as exc:
        raise JobError(str(exc)) from None
    return Job(metrics, delta, merge, outputs, source=str(source), as_of_from=as_of_from)


def check(
    inbox: str | Path,
    settings: Settings,
    progress: Progress | None = None,
    units_file: str | Path | None = None,
) -> MergeResult:
    """``校验`` / ``ledgerdesk check``: read and check every return; writes nothing at all."""
    inbox = Path(inbox)
    if not inbox.is_dir():
        raise JobError(f"找不到报送文件夹：{inbox}")
    return read_inbox(inbox, settings, load_directory(units_file or settings.units_file or None), progress)


def briefing_name(as_of: date) -> str:
    return f"通报_{as_of.isoformat()}.docx"


def check_briefing_path(path: str | Path | None) -> None:
    """The 通报 is a Word document: an --out that names anything else (the master, a folder, a
    .doc) is refused before any work is done, so it can never be overwritten with a .docx."""
    if path is None:
        return
    path = Path(path)
    if path.is_dir() or path.suffix.lower() != ".docx":
        raise JobError(
            f"通报要写成 Word 文件（.docx）：「{path.name}」不是 .docx 文件名。"
            "请换一个文件名，如 通报.docx；没有改动任何文件"
        )


def check_brief_inputs(
    settings: Settings,
    source: Path,
    briefing_path: str | Path | None = None,
    template: str | Path | None = None,
    notice_template: str | Path | None = None,
) -> None:
    """What a 通报 job is given is checked before any work is done, so a wrong file name or
    template stops it before the period is recorded in the history."""
    from .outputs.briefing import check_template_file

    if not source.exists():
        raise JobError(f"找不到报送文件夹或汇总台账：{source}")
    check_briefing_path(briefing_path)
    if template is not None:
        check_template_file(Path(template), settings, "briefing")
    if notice_template is not None:
        check_template_file(Path(notice_template), settings, "notice")


def brief(
    job: Job,
    settings: Settings,
    out_dir: str | Path,
    briefing_path: str | Path | None = None,
    template: str | Path | None = None,
    notices_dir: str | Path | None = None,
    notice_template: str | Path | None = None,
) -> Documents:
    """Write the briefing (default ``out_dir/通报_YYYY-MM-DD.docx``) and the reminder notices."""
    from .outputs.briefing import write_documents

    as_of = job.metrics.as_of
    check_briefing_path(briefing_path)
    path = Path(briefing_path) if briefing_path else Path(out_dir) / briefing_name(as_of)
    keep_version(path, settings.keep_versions)  # a 通报 the clerk edited in Word is kept first
    docs = write_documents(
        job.metrics,
        job.delta,
        settings,
        path,
        template=Path(template) if template else None,
        notices_dir=Path(notices_dir) if notices_dir else None,
        notice_template=Path(notice_template) if notice_template else None,
    )
    job.outputs["briefing"] = str(docs.briefing)
    if notices_dir:
        job.outputs["notices"] = str(notices_dir)
    return docs


def notices_folder(out_dir: str | Path, as_of: date) -> Path:
    return Path(out_dir) / f"催办通知_{as_of.isoformat()}"


def split(
    master: str | Path, out_dir: str | Path, settings: Settings, progress: Progress | None = None
) -> SplitResult:
    """``ledgerdesk split``: one pre-filled return per unit from the master, and a 下发清单."""
    master = Path(master)
    if not master.is_file():
        raise JobError(f"找不到汇总台账：{master}")
    try:
        return split_master(
            master, Path(out_dir), load_directory(settings.units_file or None), settings, progress
        )
    except NotAMaster as exc:
        raise JobError(str(exc)) from None


def split_summary(done: SplitResult, master: Path, out_dir: Path, as_of: date, how: str) -> dict[str, Any]:
    """The common JSON of ``split`` (docs/cli.md): the master as the one file read, the returns
    written and the 下发清单, the 问题编号 assigned and the earlier returns kept."""
    return {
        "as_of": as_of.isoformat(),
        "as_of_from": how,
        "files": [{"file": master.name, "unit": None, "status": "merged", "rows": None}],
        "rows": None,
        "problems": [],
        "outputs": {"returns": str(out_dir), "manifest": str(done.manifest)},
        "units": [p.name for p in done.returns],
        "assigned": len(done.assigned),
        "kept": [str(p) for p in done.kept],
    }


@dataclass
class MergeBack:
    """What merging the returns back into a master did: the changes, and the returns as read."""

    applied: ApplyResult
    returns: MergeResult

    @property
    def has_errors(self) -> bool:
        return bool(self.applied.report.errors)

    def to_dict(self, as_of_from: str) -> dict[str, Any]:
        """The common JSON (as_of, files, rows, problems, outputs) and the changes."""
        a = self.applied
        return {
            **self.returns.summary({"workbook": str(a.master)}),
            "problems": [p.as_json() for p in a.report],
            "as_of_from": as_of_from,
            "master": str(a.master),
            "changes": [{k: str(v) for k, v in r.items()} for r in a.changes.records()],
            "added": a.added,
            "silent": a.silent,
        }


def merge_into_master(
    inbox: str | Path,
    master: str | Path,
    settings: Settings,
    progress: Progress | None = None,
    units_file: str | Path | None = None,
    out_dir: str | Path | None = None,
) -> MergeBack:
    """``ledgerdesk merge INBOX --master MASTER``: apply the units' returns to the master by 问题编号.

    With ``out_dir`` the master is copied there first and the copy is updated; the clerk's own
    file stays as it was."""
    inbox, master = Path(inbox), Path(master)
    if not master.is_file():
        raise JobError(f"找不到汇总台账：{master}")
    if out_dir is not None and Path(out_dir).resolve() != master.parent.resolve():
        target = Path(out_dir) / master.name
        if target.exists():
            raise JobError(f"输出文件夹里已有「{target.name}」，请换一个输出文件夹，或直接对它合并")
        Path(out_dir).mkdir(parents=True, exist_ok=True)
        shutil.copy2(master, target)
        master = target
    units = load_directory(units_file or settings.units_file or None)
    # a blank status in a return changes nothing
    returns = read_inbox(inbox, settings, units, progress, exclude=[master], status_required=False)
    try:
        with one_writer(master):  # the master is read, changed and written by one run at a time
            return MergeBack(apply_returns(master, returns, units, settings), returns)
    except NotAMaster as exc:
        raise JobError(str(exc)) from None

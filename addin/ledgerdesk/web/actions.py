"""The page's buttons (and the WPS add-in's): each is one job verb of jobs.py, as excel.py's are.

A button reads the settings file (store.SettingsFile: the console workbook or TOML), takes the
报送文件夹, 输出文件夹 and 汇总台账文件 from it (relative to the file's folder, as the console's are to
the workbook's), checks that they lie in the folders the clerk may choose from, calls the verb with
plain values and turns what it returns into a plain dict for the page: files read, rows, problems,
figures per unit, the documents written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import LedgerdeskError
from ..model import Sheet
from ..reading.settings import Settings, SettingsError
from ..resources import MASTER_NAME, SPLIT_FOLDER
from .guard import Folders
from .store import SettingsFile

if TYPE_CHECKING:
    from ..jobs import Job
    from ..reading.merge import MergeResult

Progress = Callable[[int, int, str], None]

# tag -> what the page calls it (the ribbon's words, excel.LABELS without xlwings)
LABELS = {
    "merge": "合并台账",
    "check": "校验",
    "split": "拆分下发",
    "stats": "统计分析",
    "brief": "生成通报",
    "notices": "生成催办单",
}


@dataclass
class Context:
    """Where a button works: its settings, the inbox, the output folder and the master."""

    file: SettingsFile
    settings: Settings
    inbox: Path | None
    out: Path
    master: Path | None  # 汇总台账文件 when set

    @property
    def master_path(self) -> Path:
        """The master a job writes or reads: the one set, or 汇总台账.xlsx in the output folder."""
        return self.master or self.out / MASTER_NAME

    @property
    def folders(self) -> list[Path]:
        """The folders this context chose: files may be opened from these only."""
        found = [self.out, self.master_path.parent]
        return [*found, self.inbox] if self.inbox else found


def context(file: SettingsFile, folders: Folders, need_inbox: bool = True) -> Context:
    settings = file.load()
    if need_inbox and not settings.inbox:
        raise SettingsError("请先选择报送文件夹（点「选择」或在「设置」里填写 报送文件夹）")
    inbox = folders.inside(file.place(settings.inbox)) if settings.inbox else None
    out = folders.inside(file.place(settings.out_dir, "out"), writable=True)
    master = folders.inside(file.place(settings.master), writable=True) if settings.master else None
    if settings.units_file:  # read by the verbs as given (jobs.load_directory): confined as such
        folders.inside(settings.units_file)
    return Context(file, settings, inbox, out, master)


def _resolved(
    settings: Settings, source: Path | None = None, master: Path | None = None
) -> tuple[Settings, str]:
    """The settings over those the master was made with and the as-of date, resolved as every
    front end resolves them (jobs.settings_for, jobs.resolve_as_of)."""
    from ..jobs import resolve_as_of, settings_for

    settings, _ = settings_for(settings, master or source)
    as_of, how = resolve_as_of(None, settings, source)
    return settings.with_as_of(as_of), how


def _source(ctx: Context) -> Path:
    """Figures and documents come from the inbox, or from the master already in the output folder."""
    master = ctx.out / MASTER_NAME
    if ctx.inbox is not None and (ctx.inbox.is_dir() or not master.is_file()):
        return ctx.inbox
    if not master.is_file():
        raise SettingsError("请先选择报送文件夹，或先合并出汇总台账")
    return master


def _process(ctx: Context, progress: Progress) -> tuple[Job, Settings]:
    from ..jobs import process

    source = _source(ctx)
    settings, how = _resolved(ctx.settings, source)
    return process(source, ctx.out, settings, progress, as_of_from=how), settings


def on_merge(ctx: Context, progress: Progress) -> dict[str, Any]:
    """合并台账: the inbox into 汇总台账.xlsx; with a 汇总台账文件 set, merged back into it by 问题编号."""
    from ..jobs import merge_into_master

    assert ctx.inbox is not None
    if ctx.master is not None:
        back = merge_into_master(
            ctx.inbox, ctx.master, _resolved(ctx.settings, master=ctx.master)[0], progress
        )
        a = back.applied
        lines = [f"已合并回汇总台账：{len(a.changes)} 处变更，新增问题 {len(a.added)} 个。"]
        if a.silent:
            lines.append(f"{Sheet.SILENT}：{'、'.join(a.silent)}")
        return {
            **_merged(back.returns),
            "problems": [p.as_json() for p in a.report],
            "lines": lines,
            "outputs": [_output("汇总台账", a.master)],
        }
    job, _ = _process(ctx, progress)
    return _job(job)


def on_check(ctx: Context, progress: Progress) -> dict[str, Any]:
    """校验: read and check every return; writes nothing."""
    from ..jobs import check

    assert ctx.inbox is not None
    merged = check(ctx.inbox, _resolved(ctx.settings)[0], progress)
    c = merged.counts
    line = (
        f"可合并 {c['merged']} 行，退回 {c['rejected']} 行，被替代 {c['superseded']} 行（校验不写任何文件）"
    )
    return {**_merged(merged), "lines": [line]}


def on_split(ctx: Context, progress: Progress) -> dict[str, Any]:
    """拆分下发: a pre-filled return per unit from the master."""
    from ..jobs import split

    master = ctx.master_path
    done = split(master, ctx.out / SPLIT_FOLDER, _resolved(ctx.settings, master)[0], progress)
    return {
        "lines": [f"已为 {len(done.returns)} 个单位生成报送表，在 {ctx.out / SPLIT_FOLDER}"],
        "outputs": [_output(Sheet.MANIFEST, done.manifest), *[_output("报送表", p) for p in done.returns]],
    }


def on_stats(ctx: Context, progress: Progress) -> dict[str, Any]:
    """统计分析: the figures per unit."""
    job, _ = _process(ctx, progress)
    return _job(job)


def on_brief(ctx: Context, progress: Progress) -> dict[str, Any]:
    """生成通报: the Word briefing in the output folder."""
    from ..jobs import brief

    job, used = _process(ctx, progress)
    docs = brief(job, used, ctx.out)
    result = _job(job)
    result["outputs"].append(_output("通报", docs.briefing))
    return result


def on_notices(ctx: Context, progress: Progress) -> dict[str, Any]:
    """生成催办单: one notice per unit with overdue or due-soon items."""
    from ..jobs import brief, notices_folder

    job, used = _process(ctx, progress)
    folder = notices_folder(ctx.out, job.metrics.as_of)
    docs = brief(job, used, ctx.out, notices_dir=folder)
    result = _job(job)
    result["lines"].append(f"已生成催办通知 {len(docs.notices)} 份，在 {folder}")
    result["outputs"] += [_output("催办通知", p) for p in docs.notices]
    return result


ACTIONS: dict[str, Callable[[Context, Progress], dict[str, Any]]] = {
    "merge": on_merge,
    "check": on_check,
    "split": on_split,
    "stats": on_stats,
    "brief": on_brief,
    "notices": on_notices,
}
NEEDS_INBOX = {"merge", "check"}


def run(tag: str, file: SettingsFile, folders: Folders, progress: Progress) -> dict[str, Any]:
    """Run the button ``tag`` with the settings of ``file``; the page's result."""
    if tag not in ACTIONS:
        raise LedgerdeskError(f"没有「{tag}」这个按钮")
    ctx = context(file, folders, need_inbox=tag in NEEDS_INBOX)
    return {"tag": tag, "title": LABELS[tag], **ACTIONS[tag](ctx, progress)}


def _merged(merged: MergeResult) -> dict[str, Any]:
    summary = merged.summary()
    return {
        "as_of": summary["as_of"],
        "files": summary["files"],
        "rows": summary["rows"],
        "problems": summary["problems"],
        "notes": summary["notes"],
        "lines": [],
        "outputs": [],
    }


def _job(job: Job) -> dict[str, Any]:
    """What merge, stats, brief and notices show: the returns read (from an inbox), the figures."""
    from ..figures.metrics import WARNING_LABELS, format_rate, summary_sentence

    head = _merged(job.merge) if job.merge is not None else {"lines": [], "outputs": [], "problems": []}
    figures = job.metrics.to_dict()
    total = figures["total"]
    units = [
        {**u, "rate": format_rate(u["completion_rate"]), "warning_label": WARNING_LABELS[u["warning"]]}
        for u in figures["units"]
    ]
    outputs = [_output("汇总台账", Path(job.outputs["workbook"]))] if "workbook" in job.outputs else []
    return {
        **head,
        "as_of": figures["as_of"],
        "summary": summary_sentence(job.metrics),
        "total": {**total, "rate": format_rate(total["completion_rate"])},
        "units": units,
        "notes": figures["notes"],
        "outputs": [*head["outputs"], *outputs],
    }


def _output(label: str, path: Path) -> dict[str, str]:
    return {"label": label, "name": path.name, "path": str(path)}

"""The Excel ribbon (督查台账 tab): the only module that imports xlwings.

Every button of addin/xlam/customUI.xml runs, through the VBA callback in addin/xlam,
``RunPython "import ledgerdesk.button; ledgerdesk.button.press('<tag>')"``, which imports this module
and calls ``on_button``. A handler reads the
设置 sheet of the workbook the clerk is in (the control workbook 督查台账助手.xlsx), calls the same
job as the command line, writes what happened to a 运行结果 sheet and says so in a Chinese message
box. Problems a clerk can fix (a folder that does not exist, a file open in Excel, a bad setting)
are a message, never a traceback; anything else is a bug: its traceback goes to a log file
(``button.log_folder``) and the message says what failed and where that file is.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import xlwings as xw

from .button import LABELS, TITLE, failure, show
from .errors import LedgerdeskError
from .files import os_message
from .model import About, Col, Sheet
from .reading.readings import SheetReading, reading_table
from .reading.settings import (
    CONTROL_SHEET,
    SETTINGS,
    TABLE_HEADERS,
    Settings,
    SettingsError,
    settings_from_rows,
)
from .resources import MASTER_NAME, SPLIT_FOLDER
from .table import Table
from .tools.addin import HELP

if TYPE_CHECKING:
    from .jobs import Job
    from .reading.readings import SheetReading
    from .roundtrip import ApplyResult
    from .table import Table

# The jobs (and pandas' figures, python-docx's documents) load when a button needs them: a click
# on 帮助 or 打开设置 waits for none of it.
RESULT_SHEET = "运行结果"


def on_button(tag: str, book: xw.Book | None = None) -> None:
    """The one entry point of the ribbon: run the button ``tag``. However it ends, the clerk gets a
    Chinese message: what they can fix says what to do; anything else is written to a log file
    with its traceback, and the message says what failed and where the log is."""
    try:
        book = book or xw.Book.caller()
    except Exception as exc:  # no workbook to show a message in
        show(failure(tag, exc))
        return
    try:
        _run(tag, book)
    except Exception as exc:  # a bug, in ledgerdesk or a library: logged, and said in Chinese
        message = failure(tag, exc)
        try:
            _alert(book, message)
        except Exception:  # Excel took no message box
            show(message)
    finally:
        _status(book, None)


def _run(tag: str, book: xw.Book) -> None:
    handler = HANDLERS.get(tag)
    if handler is None:
        _alert(book, f"这个按钮（{tag}）还没有对应的功能，请升级督查台账助手。")
        return
    _status(book, f"{TITLE}：正在{LABELS.get(tag, tag)}……")
    try:
        handler(book)
    except LedgerdeskError as exc:
        _alert(book, str(exc))
    except OSError as exc:  # a full disk, a read-only folder, a file without permission
        _alert(book, os_message(exc))


# ---------------------------------------------------------------------------------------------
# Handlers


def on_merge(book: xw.Book) -> None:
    """合并台账: the inbox into 汇总台账.xlsx; with a 汇总台账文件 set, merged back into it by 问题编号."""
    from .jobs import merge_into_master

    settings, inbox, out = _context(book)
    if settings.master:
        master = _path(book, settings.master)
        applied = merge_into_master(
            inbox, master, _dated(settings, master=master), _progress(book, "merge")
        ).applied
        _report(book, "按编号合并回汇总台账", _applied_lines(applied))
        _alert(book, f"已合并回汇总台账：{len(applied.changes)} 处变更，新增问题 {len(applied.added)} 个。")
        return
    job, _ = _process(book, "merge", settings, inbox, out)
    assert job.merge is not None
    suggested = _suggest(book, job.merge.readings, f"汇总台账的「{Sheet.READING}」工作表")
    _report(book, "合并台账", [*suggested, *_merge_lines(job)])
    c, errors = job.merge.counts, len(job.merge.report.errors)
    _alert(book, f"合并完成：合并 {c['merged']} 行，退回 {c['rejected']} 行，错误 {errors} 个。")


def _applied_lines(applied: ApplyResult) -> list[tuple[str, str]]:
    return [
        ("汇总台账", str(applied.master)),
        ("变更", f"{len(applied.changes)} 处"),
        ("新增问题", "、".join(applied.added) or "无"),
        (Sheet.SILENT, "、".join(applied.silent) or "无"),
        *[("提示", f"{p.file}：{p.message}") for p in applied.report.warnings[:50]],
    ]


def _merge_lines(job: Job) -> list[tuple[str, str]]:
    assert job.merge is not None
    c = job.merge.counts
    return [
        ("汇总台账", job.outputs.get("workbook", "")),
        (
            About.CHECK,
            f"读入 {c['read']} 行 = 合并 {c['merged']} + 退回 {c['rejected']} + 被替代 {c['superseded']}",
        ),
        ("错误", str(len(job.merge.report.errors))),
        ("提示", str(len(job.merge.report.warnings))),
        *[("错误", f"{p.file} {p.sheet or ''} {p.message}") for p in job.merge.report.errors[:50]],
    ]


def on_check(book: xw.Book) -> None:
    """校验: read and check the returns; the problems go to 运行结果, no file is written."""
    from .jobs import check

    settings, inbox, _ = _context(book)
    merged = check(inbox, _dated(settings), _progress(book, "check"))
    problems = merged.report
    _write_sheet(book, Sheet.READING, reading_table(merged.readings))
    suggested = _suggest(book, merged.readings, f"本工作簿的「{Sheet.READING}」工作表")
    lines = [
        (f"{'错误' if p.severity == 'error' else '提示'}", f"{p.file} {p.sheet or ''} {p.message}")
        for p in problems
    ]
    _report(book, "校验", [*suggested, *(lines or [("结果", "没有发现问题")])])
    _alert(
        book,
        f"校验完成：错误 {len(problems.errors)} 个，提示 {len(problems.warnings)} 个，"
        f"{Col.TO_CONFIRM}：{dict(suggested)[Col.TO_CONFIRM]}。详见「{RESULT_SHEET}」和「{Sheet.READING}」。",
    )


def _suggest(book: xw.Book, readings: list[SheetReading], where: str) -> list[tuple[str, str]]:
    """The run's guesses and unknown words appended to the control workbook's 列对照, 状态词 and
    文件设置 sheets as 待确认 rows (never over a clerk's row); the summary lines of 运行结果."""
    from .reading.suggestions import plan_rows, suggest, summary

    found = suggest(readings)
    plan = plan_rows({name: _rows(book, name) for name in TABLE_HEADERS}, found)
    for name, start, rows in plan.writes:
        _sheet_or_new(book, name)[f"A{start}"].value = rows
    said = summary(readings, len(found), plan.added, "「列对照」「状态词」「文件设置」工作表")
    return [*said, ("详见", where)]


def _write_sheet(book: xw.Book, name: str, frame: Table) -> None:
    """A sheet of the tool's own in the control workbook (读取情况), written anew."""
    sheet = _sheet_or_new(book, name)
    sheet.clear_contents()
    sheet["A1"].value = [list(frame.columns), *[list(r) for r in frame.rows()]]


def _sheet_or_new(book: xw.Book, name: str) -> Any:
    """A sheet of the workbook by name, added after the last one when it has none."""
    try:
        return _sheet(book, name)
    except KeyError:
        return book.sheets.add(name, after=book.sheets[len(book.sheets) - 1])


def on_stats(book: xw.Book) -> None:
    """统计分析: the figures per unit, in 运行结果."""
    from .figures.metrics import format_rate, summary_sentence

    settings, inbox, out = _context(book)
    job, _ = _process(book, "stats", settings, _source(inbox, out), out)
    lines = [("总体", summary_sentence(job.metrics))]
    for u in job.metrics.units:
        lines.append(
            (
                u.unit,
                f"排名 {u.rank or '—'}，问题 {u.items} 个，已完成 {u.done} 个，超期 {u.overdue} 个，"
                f"临期 {u.due_soon} 个，完成率 {format_rate(u.completion_rate)}",
            )
        )
    _report(book, "统计分析", lines)
    _alert(book, summary_sentence(job.metrics))


def on_brief(book: xw.Book) -> None:
    """生成通报: the Word briefing in the output folder."""
    from .jobs import brief

    settings, inbox, out = _context(book)
    job, used = _process(book, "brief", settings, _source(inbox, out), out)
    docs = brief(job, used, out)
    _report(book, "生成通报", [("通报", str(docs.briefing))])
    _alert(book, f"通报已生成：{docs.briefing}")
    _open(docs.briefing)


def on_notices(book: xw.Book) -> None:
    """生成催办单: one notice per unit with overdue or due-soon items."""
    from .jobs import brief, notices_folder

    settings, inbox, out = _context(book)
    job, used = _process(book, "notices", settings, _source(inbox, out), out)
    folder = notices_folder(out, job.metrics.as_of)
    docs = brief(job, used, out, notices_dir=folder)
    _report(book, "生成催办单", [("文件夹", str(folder)), *[("催办通知", p.name) for p in docs.notices]])
    _alert(book, f"已生成催办通知 {len(docs.notices)} 份，在 {folder}")


def on_split(book: xw.Book) -> None:
    """拆分下发: a pre-filled return per unit from the master."""
    from .jobs import split

    settings, _, out = _context(book, need_inbox=False)
    master = _path(book, settings.master) if settings.master else out / MASTER_NAME
    done = split(master, out / SPLIT_FOLDER, _dated(settings, master), _progress(book, "split"))
    _report(
        book, "拆分下发", [(Sheet.MANIFEST, str(done.manifest)), *[("报送表", p.name) for p in done.returns]]
    )
    _alert(book, f"已为 {len(done.returns)} 个单位生成报送表，在 {out / SPLIT_FOLDER}")


def on_settings(book: xw.Book) -> None:
    """打开设置: show the 设置 sheet, adding any setting it does not list yet."""
    sheet = _sheet(book, CONTROL_SHEET)
    rows = sheet.used_range.options(ndim=2).value or []
    present = {str(r[0]).strip() for r in rows if isinstance(r, list) and r}
    missing = [(label, "", text) for label, text in SETTINGS.values() if label not in present]
    if missing:
        start = len(rows) + 1 if rows else 1
        if not rows:
            sheet["A1"].value = [["设置项", "值", Col.MESSAGE]]
            start = 2
        sheet[f"A{start}"].value = [list(m) for m in missing]
    sheet.activate()


def on_help(book: xw.Book) -> None:
    _alert(book, HELP)


HANDLERS: dict[str, Callable[[xw.Book], None]] = {
    "merge": on_merge,
    "check": on_check,
    "stats": on_stats,
    "brief": on_brief,
    "notices": on_notices,
    "split": on_split,
    "settings": on_settings,
    "help": on_help,
}


# ---------------------------------------------------------------------------------------------
# Helpers


def _context(book: xw.Book, need_inbox: bool = True) -> tuple[Settings, Path, Path]:
    """The settings of the 设置 sheet, the inbox and the output folder (relative to the workbook)."""
    try:
        rows = _sheet(book, CONTROL_SHEET).used_range.options(ndim=2).value
    except KeyError:
        raise SettingsError(f"本工作簿没有「{CONTROL_SHEET}」工作表，请在督查台账助手.xlsx 中操作") from None
    tables = {name: _rows(book, name) for name in TABLE_HEADERS}
    settings = settings_from_rows(rows if isinstance(rows, list) else [], tables)
    if need_inbox and not settings.inbox:
        raise SettingsError("请先在「设置」工作表中填写 报送文件夹")
    inbox = _path(book, settings.inbox) if settings.inbox else Path()
    out = _path(book, settings.out_dir or "out")
    return settings, inbox, out


def _dated(settings: Settings, source: Path | None = None, master: Path | None = None) -> Settings:
    """The settings over those the master was made with (jobs.settings_for) and the as-of date
    resolved from ``source`` as every front end resolves them (jobs.resolve_as_of)."""
    return _resolved(settings, source, master)[0]


def _resolved(
    settings: Settings, source: Path | None = None, master: Path | None = None
) -> tuple[Settings, str]:
    """_dated's settings, and where their as-of date came from (each resolved once)."""
    from .jobs import resolve_as_of, settings_for

    settings, _ = settings_for(settings, master or source)
    as_of, how = resolve_as_of(None, settings, source)
    return settings.with_as_of(as_of), how


def _process(book: xw.Book, tag: str, settings: Settings, source: Path, out: Path) -> tuple[Job, Settings]:
    """The job behind merge, stats, brief and notices, its progress in the status bar under ``tag``,
    and the settings it used (the documents are made with them)."""
    from .jobs import process

    settings, how = _resolved(settings, source)
    return process(source, out, settings, _progress(book, tag), as_of_from=how), settings


def _rows(book: xw.Book, name: str) -> list[list[Any]]:
    """The used rows of a sheet of the control workbook, or none when it has no such sheet."""
    try:
        rows = _sheet(book, name).used_range.options(ndim=2).value
    except KeyError:
        return []
    return [r if isinstance(r, list) else [r] for r in rows] if isinstance(rows, list) else []


def _source(inbox: Path, out: Path) -> Path:
    """Statistics and documents come from the inbox, or from the master already in the output folder."""
    master = out / MASTER_NAME
    return inbox if inbox.is_dir() or not master.is_file() else master


def _path(book: xw.Book, text: str) -> Path:
    path = Path(text)
    if path.is_absolute():
        return path
    folder = Path(book.fullname).parent if book.fullname else Path.cwd()
    return folder / path


def _sheet(book: xw.Book, name: str):
    for sheet in book.sheets:
        if sheet.name == name:
            return sheet
    raise KeyError(name)


def _report(book: xw.Book, action: str, lines: list[tuple[str, str]]) -> None:
    """Write what a button did to the 运行结果 sheet (made when missing)."""
    from .figures.metrics import format_date

    sheet = _sheet_or_new(book, RESULT_SHEET)
    sheet.clear_contents()
    sheet["A1"].value = [
        [f"{action}（{format_date(date.today())}）", ""],
        [Col.ITEM, Col.CONTENT],
        *[list(x) for x in lines],
    ]


def _alert(book: xw.Book, text: str) -> None:
    book.app.alert(text, title=TITLE)


def _status(book: xw.Book, text: str | None) -> None:
    """Excel's status bar while a button works (not every xlwings engine has one)."""
    try:
        book.app.status_bar = text if text is not None else False  # False hands the bar back to Excel
    except Exception:  # no status bar in this engine, or Excel busy: the bar never stops a job
        pass


STATUS_EVERY = 0.25  # seconds between two updates of the status bar (each is a call into Excel)


def _progress(book: xw.Book, tag: str) -> Callable[[int, int, str], None]:
    """A job's progress (each return read, each unit's form written) in Excel's status bar:
    督查台账助手：正在合并台账…… 12/200 市第0012局.xlsx. Updated at most every STATUS_EVERY seconds
    and at the end; where the engine has no status bar, nothing."""
    last = [-STATUS_EVERY]

    def progress(done: int, total: int, name: str) -> None:
        now = time.monotonic()
        if done < total and now - last[0] < STATUS_EVERY:
            return
        last[0] = now
        _status(book, f"{TITLE}：正在{LABELS.get(tag, tag)}…… {done}/{total} {name}".rstrip())

    return progress


def _open(path: Path) -> None:
    """Open an output for the clerk, as double-clicking it would (Windows only; elsewhere nothing)."""
    import os
    import sys

    if sys.platform == "win32" and path.is_file():
        os.startfile(path)  # type: ignore[attr-defined]

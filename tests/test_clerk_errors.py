"""Errors a clerk can act on: one Chinese line naming the file and what to do, exit 2, no traceback;
the history stores a period only once its master is written."""

from __future__ import annotations

import errno
import os
import sqlite3
import time

import pytest

from conftest import AS_OF, write_return
from ledgerdesk import cli, files, jobs
from ledgerdesk.figures import history
from ledgerdesk.figures.history import HISTORY_NAME, periods
from ledgerdesk.files import OutputLocked
from ledgerdesk.jobs import MASTER_NAME, JobError, process
from ledgerdesk.reading.settings import Settings

SETTINGS = Settings(as_of=AS_OF)


@pytest.fixture
def inbox(tmp_path):
    folder = tmp_path / "收件箱"
    folder.mkdir()
    write_return(folder / "市统计局.xlsx", [["问题描述", "整改状态"], ["材料多", "已完成"]])
    return folder


def _cli(capsys, *args) -> tuple[int, str]:
    code = cli.main([str(a) for a in args])
    return code, capsys.readouterr().err


def test_a_corrupt_history_is_named_with_what_to_do(inbox, tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    (out / HISTORY_NAME).write_bytes(b"this is not a database" * 100)
    code, err = _cli(capsys, "stats", inbox, "--out", out, "--as-of", "2024-07-31")
    assert code == 2 and "台账历史.sqlite" in err and "已损坏" in err and "改名或移走" in err
    assert "Traceback" not in err and "DatabaseError" not in err


def test_a_history_another_run_is_writing_is_waited_for_then_named(inbox, tmp_path, monkeypatch):
    out = tmp_path / "out"
    process(inbox, out, SETTINGS)
    other = sqlite3.connect(str(out / HISTORY_NAME), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another run, in the middle of writing
    monkeypatch.setattr(history, "LOCK_TIMEOUT", 0.2)
    try:
        with pytest.raises(JobError, match="正被另一次统计使用"):
            process(inbox, out, Settings(as_of=AS_OF.replace(day=30)))
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_the_period_is_stored_only_once_its_master_is_written(inbox, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / f"~${MASTER_NAME}").write_bytes(b"Excel has it open")
    with pytest.raises(OutputLocked):
        process(inbox, out, SETTINGS)
    assert periods(out / HISTORY_NAME) == []  # refused master, no period
    (out / f"~${MASTER_NAME}").unlink()
    process(inbox, out, SETTINGS)
    assert periods(out / HISTORY_NAME) == [AS_OF]


def test_libreoffice_holding_the_master_is_named_too(inbox, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / f".~lock.{MASTER_NAME}#").write_text("clerk,host", encoding="utf-8")
    with pytest.raises(OutputLocked, match="请关闭后重试"):
        process(inbox, out, SETTINGS)


@pytest.mark.parametrize(
    ("err", "words"),
    [(errno.ENOSPC, "磁盘已满"), (errno.EACCES, "没有写入权限"), (errno.EROFS, "只读")],
)
def test_a_full_disk_or_a_folder_without_permission_is_one_chinese_line(
    inbox, tmp_path, capsys, monkeypatch, err, words
):
    def refuse(src, dst):
        raise OSError(err, os.strerror(err), str(src))

    monkeypatch.setattr(files.os, "replace", refuse)
    code, message = _cli(capsys, "merge", inbox, "--out", tmp_path / "out", "--as-of", "2024-07-31")
    assert code == 2 and words in message and "Traceback" not in message
    assert str(tmp_path / "out") in message  # the folder, not our temporary file
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.startswith(files.TEMP_PREFIX)]


def test_temporary_files_of_a_killed_run_are_removed_by_the_next_and_outputs_are_not_private(inbox, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    stale = out / f"{files.TEMP_PREFIX}abcd1234.xlsx"
    stale.write_bytes(b"half a workbook")
    (out / f"{files.TEMP_PREFIX}abcd1234.xlsx.rows").write_bytes(b"rows")
    old = time.time() - 3600
    for left in out.iterdir():
        os.utime(left, (old, old))
    running = out / f"{files.TEMP_PREFIX}efgh5678.xlsx"  # a run writing right now
    running.write_bytes(b"in progress")
    process(inbox, out, SETTINGS)
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted([running.name, HISTORY_NAME, MASTER_NAME])
    mask = os.umask(0)
    os.umask(mask)
    assert (out / MASTER_NAME).stat().st_mode & 0o777 == 0o666 & ~mask


def test_a_bug_is_one_chinese_line_with_no_english_unless_verbose(inbox, tmp_path, capsys, monkeypatch):
    def bug(*args, **kwargs):
        raise ValueError("list index out of range somewhere deep")

    monkeypatch.setattr(jobs, "process", bug)  # the job the command calls
    code, err = _cli(capsys, "merge", inbox, "--out", tmp_path / "out")
    assert code == 2 and "程序出错" in err and "--verbose" in err
    assert "ValueError" not in err and "list index" not in err and "Traceback" not in err
    with pytest.raises(ValueError):
        cli.main(["merge", str(inbox), "--out", str(tmp_path / "out"), "--verbose"])


def test_a_folder_is_searched_for_leftovers_once_however_many_files_go_in_it(tmp_path, monkeypatch):
    """1,000 notices in one folder: listing it again for each one made writing them quadratic."""
    from pathlib import Path

    listed: list[Path] = []
    glob = Path.glob
    monkeypatch.setattr(Path, "glob", lambda self, pattern: listed.append(self) or glob(self, pattern))
    for n in range(5):
        with files.atomic_output(tmp_path / "催办通知" / f"{n:02d}.docx") as tmp:
            tmp.write_bytes(b"x")
    assert listed.count(tmp_path / "催办通知") == 1
    assert sorted(p.name for p in (tmp_path / "催办通知").iterdir()) == [f"{n:02d}.docx" for n in range(5)]


def test_a_full_disk_during_split_is_one_chinese_line_and_the_returns_stay(
    inbox, tmp_path, capsys, monkeypatch
):
    """Disk full while split puts the returns in place (issue 30, point 7): a Chinese line, exit 2, no
    traceback; the returns sent before are as they were, and no temporary file is left."""
    out = tmp_path / "out"
    process(inbox, out, SETTINGS)
    sent = tmp_path / "下发"
    assert _cli(capsys, "split", out / MASTER_NAME, "--out", sent)[0] == 0
    before = {p.name: p.read_bytes() for p in sent.iterdir() if p.is_file()}

    def full(src, dst):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(dst))

    monkeypatch.setattr(files.os, "replace", full)
    code, message = _cli(capsys, "split", out / MASTER_NAME, "--out", sent)
    assert code == 2 and "磁盘已满" in message and "Traceback" not in message and "Errno" not in message
    assert {p.name: p.read_bytes() for p in sent.iterdir() if p.is_file()} == before
    assert not [p for p in tmp_path.rglob(f"{files.TEMP_PREFIX}*")]

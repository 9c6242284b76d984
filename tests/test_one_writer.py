"""Two clicks at once (issue 30, point 5): runs on one master take turns; none loses another's
update, and one that cannot get its turn says so in Chinese with exit 2, leaving everything as it was."""

from __future__ import annotations

import multiprocessing
import shutil

import pytest
from openpyxl import load_workbook
from test_roundtrip import COL, FIRST

from ledgerdesk import files
from ledgerdesk.jobs import MASTER_NAME, merge_into_master, process, split
from ledgerdesk.outputs.workbook import read_master
from ledgerdesk.reading.settings import Settings
from ledgerdesk.resources import SAMPLE_AS_OF, sample_returns

SETTINGS = Settings(as_of=SAMPLE_AS_OF)
PAIRS = 20
FORK = multiprocessing.get_context("fork")


@pytest.fixture(scope="module")
def sent(tmp_path_factory):
    """The sample campaign's master and the per-unit returns split from it."""
    root = tmp_path_factory.mktemp("writers")
    process(sample_returns(), root / "out", SETTINGS)
    returns = split(root / "out" / MASTER_NAME, root / "下发", SETTINGS)
    return root / "out" / MASTER_NAME, sorted(returns.returns)


def _with_progress(source, inbox, text):
    """A unit's return with its first item's 整改进展 rewritten; the item's 问题编号."""
    inbox.mkdir(parents=True)
    path = inbox / source.name
    shutil.copyfile(source, path)
    book = load_workbook(path)
    ws = book["整改台账"]
    ws.cell(row=FIRST, column=COL["整改进展"], value=text)
    book.save(path)
    return ws.cell(row=FIRST, column=COL["问题编号"]).value


def _merge(inbox, master, results):
    try:
        merge_into_master(inbox, master, SETTINGS)
        results.put(("ok", str(inbox)))
    except files.Busy as exc:
        results.put(("busy", str(exc)))


def test_twenty_pairs_of_merges_at_once_lose_no_update(sent, tmp_path):
    master_source, returns = sent
    master = tmp_path / MASTER_NAME
    shutil.copyfile(master_source, master)
    expected = {}
    for n in range(PAIRS):
        first, second = returns[(2 * n) % len(returns)], returns[(2 * n + 1) % len(returns)]
        inboxes = [tmp_path / f"第{n}轮" / side for side in ("甲", "乙")]
        said = [f"第{n}轮{side}：已补充材料" for side in ("甲", "乙")]
        ids = [
            _with_progress(r, inbox, text)
            for r, inbox, text in zip((first, second), inboxes, said, strict=True)
        ]
        results = FORK.Queue()
        runs = [FORK.Process(target=_merge, args=(inbox, master, results)) for inbox in inboxes]
        for run in runs:
            run.start()
        for run in runs:
            run.join(120)
            assert run.exitcode == 0
        outcomes = [results.get(timeout=5) for _ in runs]
        ledger = read_master(master)
        progress = dict(zip(ledger["问题编号"], ledger["整改进展"], strict=True))
        for (how, _), item, text in zip(sorted(outcomes, key=lambda o: o[1]), ids, said, strict=True):
            if how == "ok":
                expected[item] = text
        assert all(how == "ok" for how, _ in outcomes), outcomes  # a turn comes within the wait
        assert {item: progress[item] for item in expected} == expected  # every update is there


def _hold(master, ready, release):
    with files.one_writer(master):
        ready.set()
        release.wait(60)


def _merge_now(inbox, master, results):
    files.WAIT_FOR_WRITER = 0.5  # this run waits half a second for its turn, not thirty
    from ledgerdesk import cli

    results.put(cli.main(["merge", str(inbox), "--master", str(master)]))


def test_a_run_that_cannot_get_its_turn_says_so_and_changes_nothing(sent, tmp_path, capfd):
    master_source, returns = sent
    master = tmp_path / MASTER_NAME
    shutil.copyfile(master_source, master)
    _with_progress(returns[0], tmp_path / "收件箱", "已补充材料")
    before = master.read_bytes()
    ready, release, results = FORK.Event(), FORK.Event(), FORK.Queue()
    holder = FORK.Process(target=_hold, args=(master, ready, release))
    holder.start()
    assert ready.wait(30)
    try:
        late = FORK.Process(target=_merge_now, args=(tmp_path / "收件箱", master, results))
        late.start()
        late.join(120)
        assert results.get(timeout=5) == 2
    finally:
        release.set()
        holder.join(30)
    assert "另一个合并或统计正在处理「汇总台账.xlsx」" in capfd.readouterr().err
    assert master.read_bytes() == before
    assert not list(tmp_path.glob("历史版本/*"))  # no version kept for a run that did nothing


def test_a_unit_cannot_write_into_another_unit_s_item(sent, tmp_path):
    """A return from one unit holding another unit's 问题编号 with 责任单位 set to that unit (issue 30,
    point 2): the other unit's item is left as it was, and the row is named in 校验问题."""
    master_source, returns = sent
    master = tmp_path / MASTER_NAME
    shutil.copyfile(master_source, master)
    ledger = read_master(master)
    mine, theirs = returns[0], returns[1]
    other = load_workbook(theirs)["整改台账"]
    their_id = other.cell(row=FIRST, column=COL["问题编号"]).value
    their_unit = other.cell(row=FIRST, column=COL["责任单位"]).value
    before = dict(zip(ledger["问题编号"], ledger["整改状态"], strict=True))[their_id]
    inbox = tmp_path / "收件箱"
    inbox.mkdir()
    path = inbox / mine.name
    shutil.copyfile(mine, path)
    book = load_workbook(path)
    ws = book["整改台账"]
    ws.cell(row=FIRST, column=COL["问题编号"], value=their_id)
    ws.cell(row=FIRST, column=COL["责任单位"], value=their_unit)
    ws.cell(row=FIRST, column=COL["整改状态"], value="未整改")
    book.save(path)
    back = merge_into_master(inbox, master, SETTINGS)
    after = read_master(master)
    assert dict(zip(after["问题编号"], after["整改状态"], strict=True))[their_id] == before
    refused = [p for p in back.applied.report.problems if p.code == "other-unit-row"]
    assert [(p.file, p.row, p.value) for p in refused] == [(mine.name, FIRST, their_unit)]

"""Broken and hostile returns: the merge goes on, loses nothing, lets nothing in (docs/reliability.md)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from conftest import AS_OF, DATA, write_return
from ledgerdesk.jobs import MASTER_NAME, process
from ledgerdesk.reading.merge import list_returns, merge_ledgers
from ledgerdesk.reading.settings import Settings

HOSTILE = DATA / "hostile"
EXPECTED = json.loads((HOSTILE / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def merged(units):
    return merge_ledgers(list_returns(HOSTILE), units, AS_OF)


def test_every_file_in_the_corpus_has_an_asserted_outcome():
    on_disk = {
        p.name for p in HOSTILE.iterdir() if p.suffix not in (".py", ".json") and not p.name.startswith("~$")
    }
    assert on_disk == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_outcome_of_each_file(name, merged):
    expected = EXPECTED[name]
    outcome = next(f for f in merged.files if f.file == name)
    codes = sorted({p.code for p in merged.report if p.file == name and p.code not in ("superseded",)})
    assert codes == sorted(expected["codes"]) or expected["status"] == "any"
    if expected["status"] != "any":
        assert (outcome.status, outcome.rows, outcome.merged) == (
            expected["status"],
            expected["rows"],
            expected["merged"],
        )
    for problem in merged.report:
        if problem.file == name:
            assert any("\u4e00" <= ch <= "\u9fff" for ch in problem.message), problem  # a Chinese reason


def test_lock_files_are_skipped_silently(merged):
    assert not any(f.file.startswith("~$") for f in merged.files)
    assert not any(p.file.startswith("~$") for p in merged.report)


def test_an_external_entity_is_never_resolved(merged):
    text = " ".join(str(v) for row in merged.ledger.rows() for v in row)
    text += " ".join(p.message + str(p.value) for p in merged.report)
    assert "root:" not in text and "/bin/" not in text


def test_every_good_row_is_merged_and_every_bad_file_is_named(merged):
    good = {n: e for n, e in EXPECTED.items() if e["status"] == "merged"}
    assert sum(f in good for f in merged.ledger["来源文件"]) == sum(e["merged"] for e in good.values())
    rejected = {n for n, e in EXPECTED.items() if e["status"] == "rejected"}
    named = {p.file for p in merged.report if p.severity == "error"}
    assert rejected <= named
    c = merged.counts
    assert c["read"] == c["merged"] + c["rejected"] + c["superseded"]


def corpus_inbox(tmp_path: Path) -> Path:
    """A copy of the corpus (lock file included) as a clerk's inbox folder."""
    inbox = tmp_path / "收件箱"
    inbox.mkdir()
    for p in HOSTILE.iterdir():
        if p.suffix not in (".py", ".json"):
            (inbox / p.name).write_bytes(p.read_bytes())
    return inbox


def test_the_master_lists_every_bad_file_in_the_problems_sheet(tmp_path):
    inbox = corpus_inbox(tmp_path)
    job = process(inbox, tmp_path / "out", Settings(as_of=AS_OF))
    sheet = load_workbook(tmp_path / "out" / MASTER_NAME)["校验问题"]
    files = {row[2] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert {n for n, e in EXPECTED.items() if e["status"] == "rejected"} <= files
    assert job.merge.counts["merged"] >= sum(e.get("merged", 0) for e in EXPECTED.values())


def digest(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()
    }


def test_department_files_are_never_modified(tmp_path):
    inbox = corpus_inbox(tmp_path)
    before = digest(inbox)
    process(inbox, inbox / "out", Settings(as_of=AS_OF))  # even with the outputs inside the inbox
    after = digest(inbox)
    assert before == after


def test_an_interrupted_run_leaves_the_previous_outputs_intact(tmp_path, monkeypatch):
    from ledgerdesk.outputs import workbook

    inbox = tmp_path / "收件箱"
    inbox.mkdir()
    write_return(
        inbox / "市司法局.xlsx", [["问题描述", "整改状态", "整改时限"], ["问题", "已完成", "2024.6.30"]]
    )
    process(inbox, tmp_path / "out", Settings(as_of=AS_OF))
    master = tmp_path / "out" / MASTER_NAME
    previous = master.read_bytes()

    def crash(*args, **kwargs):
        raise KeyboardInterrupt  # the clerk closes the window halfway through writing

    monkeypatch.setattr(workbook, "_overdue_sheet", crash)
    with pytest.raises(KeyboardInterrupt):
        process(inbox, tmp_path / "out", Settings(as_of=AS_OF))
    assert master.read_bytes() == previous
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "历史版本",
        "台账历史.sqlite",
        MASTER_NAME,
    ]
    (kept,) = (tmp_path / "out" / "历史版本").iterdir()  # the copy made before the rewrite began
    assert kept.read_bytes() == previous

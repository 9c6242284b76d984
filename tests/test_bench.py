"""The benchmark's contenders all run and read the same returns (a step that fails would only
show as "error" in its table), and its last line carries the ratios the issues compare.
Nothing here is timed: timings belong to `ledgerdesk bench`, not to the tests."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ledgerdesk.tools import bench


@pytest.fixture(scope="module")
def work(tmp_path_factory):
    bench.dataset("S")  # generated once, cached
    return tmp_path_factory.mktemp("bench")


@pytest.mark.parametrize("step", ["naive-read", "pandas-calamine", "fastest-read", "naive-cmd"])
def test_every_reader_reads_every_row_of_every_sheet(work, step):
    rows = bench.STEP_FUNCTIONS[step]("S", work)
    files, per_file = bench.SIZES["S"]
    assert rows >= files * per_file  # the data rows, and the title and header rows around them


def test_the_merge_and_the_merge_command_count_the_same_rows(work):
    merged = bench.step_merge("S", work)
    assert merged == bench.step_merge_cmd("S", work / "cmd") == bench.SIZES["S"][0] * bench.SIZES["S"][1]
    assert (work / "cmd" / "out" / "汇总台账.xlsx").is_file()


def test_the_last_line_has_every_ratio():
    rows = [
        bench.Row("M", step, [seconds], 100, 50.0)
        for step, seconds in (
            ("naive-read", 4.0),
            ("merge", 0.5),
            ("fastest-read", 0.25),
            ("naive-cmd", 6.0),
            ("merge-cmd", 2.0),
            ("run", 3.0),
        )
    ]
    assert bench.ratios(rows) == (
        "ratio_merge_vs_naive=8.00 ratio_merge_vs_fastest=2.00 ratio_cmd_vs_naive=3.00 run_M_s=3.00"
    )
    assert "nan" in bench.ratios(rows[:2])  # a step that did not run is not a number, not a guess


def test_steps_interleave_and_an_error_is_reported_not_hidden(monkeypatch):
    calls: list[str] = []

    def fake(step: str, size: str) -> dict[str, object]:
        calls.append(step)
        if step == "b":
            return {"error": "RuntimeError: boom"}
        return {"seconds": 1.0, "rows": 10, "peak_mb": 1.0}

    monkeypatch.setattr(bench, "measure", fake)
    monkeypatch.setattr(bench, "dataset", lambda size: Path("."))
    rows = bench.run_bench(["S"], {"S": 3}, ["a", "b", "c"], lambda line: None)
    assert calls == ["a", "b", "c", "a", "c", "a", "c"]  # round by round; a failed step is not retried
    assert [r.error for r in rows] == [None, "RuntimeError: boom", None]
    assert [len(r.runs) for r in rows] == [3, 0, 3]


def test_the_bench_measures_ledgerdesk_compiled_as_an_installed_package_is():
    """pip compiles a package's bytecode when it installs it; the bench does the same for
    ledgerdesk, and a new Python takes those files as they are (had they been stale or for another
    interpreter it would write them again), so no measured process compiles ledgerdesk's source."""
    import ledgerdesk.reading.merge as merge_module

    cached = Path(importlib.util.cache_from_source(merge_module.__file__))
    cached.unlink(missing_ok=True)
    bench.compile_installed()
    assert cached.is_file()
    before = cached.stat().st_mtime_ns
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-c", "import ledgerdesk.reading.merge"], env=env, check=True)
    assert cached.stat().st_mtime_ns == before


def test_a_size_the_bench_does_not_have_is_named_and_nothing_runs():
    proc = subprocess.run(
        [sys.executable, "-m", "ledgerdesk.cli", "bench", "--sizes", "S,X"], capture_output=True, text=True
    )
    assert proc.returncode == 2
    assert "没有「X」这一档" in proc.stderr and "S、M、L、P" in proc.stderr
    assert "准备" not in proc.stderr + proc.stdout  # no dataset prepared, no step run

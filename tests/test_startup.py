"""Start-up: every ribbon click and every command is a fresh Python, so what a command does
not need is not imported. `ledgerdesk --help` loads neither pandas nor python-docx; the Excel
entry point (and a click on 帮助) loads no Word or workbook writer (pandas comes with xlwings)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

HEAVY = ("pandas", "numpy", "docx", "docxtpl", "jinja2", "xlsxwriter", "rich", "openpyxl")


def imported_by(code: str, env: dict[str, str] | None = None) -> list[str]:
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)))"
    proc = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120, check=True
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_help_and_usage_errors_import_nothing_heavy():
    help_ = "from ledgerdesk.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass"
    assert imported_by(help_) == []
    usage = "from ledgerdesk.cli import main\ntry:\n    main(['merge'])\nexcept SystemExit:\n    pass"
    assert imported_by(usage) == []
    assert imported_by("import ledgerdesk") == []


def test_the_excel_entry_point_loads_no_document_or_workbook_writer():
    env = {**os.environ, "XLWINGS_LICENSE_KEY": "noncommercial"}
    xlwings_own = set(imported_by("import xlwings", env))  # xlwings itself loads pandas and jinja2
    loaded = set(imported_by("import ledgerdesk.excel", env)) - xlwings_own
    assert loaded == set(), loaded
    assert {"docx", "docxtpl", "xlsxwriter"}.isdisjoint(xlwings_own)


def test_the_front_ends_and_the_jobs_use_the_same_output_names():
    """The names live in resources.py (light), so a front end knows them without loading the jobs."""
    from ledgerdesk import cli, jobs, resources

    os.environ.setdefault("XLWINGS_LICENSE_KEY", "noncommercial")
    from ledgerdesk import excel

    assert cli.SPLIT_FOLDER == excel.SPLIT_FOLDER == resources.SPLIT_FOLDER == "下发"
    assert excel.MASTER_NAME == jobs.MASTER_NAME == resources.MASTER_NAME == "汇总台账.xlsx"


def test_the_whole_run_and_a_merge_back_never_import_pandas(tmp_path):
    """Merge, figures, history, master workbook, 通报, notices, split and merge-back work on
    plain columns (ledgerdesk.table): pandas' import alone takes longer than merging a city's
    returns, and a clerk pays it on every click."""
    out = tmp_path / "out"
    run = (
        "from ledgerdesk.cli import main\n"
        f"assert main(['run', '--out', {str(out)!r}]) == 0\n"
        f"assert main(['split', {str(out / '汇总台账.xlsx')!r}, '--out', {str(tmp_path / 'sent')!r}]) == 0\n"
        f"assert main(['merge', {str(tmp_path / 'sent')!r}, '--master', {str(out / '汇总台账.xlsx')!r}]) in (0, 1)"
    )
    loaded = imported_by(run)
    assert (out / "汇总台账.xlsx").is_file() and (tmp_path / "sent").is_dir()
    assert "pandas" not in loaded and "numpy" not in loaded, loaded
    assert {"docx", "docxtpl", "xlsxwriter"} <= set(loaded)  # the probe sees what the run did load


def test_merge_and_check_do_not_load_the_word_libraries(tmp_path):
    """Only the jobs that write a 通报 or notices load python-docx, docxtpl and Jinja."""
    from ledgerdesk.resources import sample_returns

    inbox, out = str(sample_returns()), str(tmp_path / "out")
    for command in (["check", inbox], ["merge", inbox, "--out", out]):
        code = f"from ledgerdesk.cli import main\nassert main({command!r}) in (0, 1)"
        loaded = imported_by(code)
        assert not {"docx", "docxtpl", "jinja2"} & set(loaded), (command, loaded)
    assert (tmp_path / "out" / "汇总台账.xlsx").is_file()  # the merge did write the master

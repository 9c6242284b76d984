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

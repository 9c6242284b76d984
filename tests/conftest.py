from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
import xlsxwriter

from ledgerdesk.jobs import load_directory
from ledgerdesk.reading import sources
from ledgerdesk.reading.schema import UnitDirectory

DATA = Path(__file__).parent / "data"
AS_OF = date(2024, 7, 31)


@pytest.fixture(scope="session", autouse=True)
def conversions_kept_apart(tmp_path_factory) -> None:
    """LibreOffice's conversions kept in a folder of this run, never the user's cache: shared by the
    processes the corpus is read in, so a .doc read twice (scored, then round the loop) is converted once."""
    os.environ[sources.CACHE_ENV] = str(tmp_path_factory.mktemp("converted"))


@pytest.fixture(scope="session")
def units() -> UnitDirectory:
    return load_directory()


def write_return(path: Path, rows: list[list[object]], sheet: str = "Sheet1", start_row: int = 0) -> Path:
    """A return as Excel writes it (shared strings); rows[0] lands on Excel row start_row + 1."""
    book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False})
    ws = book.add_worksheet(sheet)
    fmt = book.add_format({"num_format": "yyyy-mm-dd"})
    for r, values in enumerate(rows, start=start_row):
        for c, v in enumerate(values):
            if isinstance(v, date):
                ws.write_datetime(r, c, datetime(v.year, v.month, v.day), fmt)
            elif isinstance(v, bool) or v is None:
                continue
            elif isinstance(v, int | float):
                ws.write_number(r, c, v)
            else:
                ws.write_string(r, c, str(v))
    book.close()
    return path


def libreoffice_convert(
    sources: list[Path], to: str, outdir: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    """Convert files with LibreOffice headless (its own profile in ``outdir``; ``env`` added to
    the environment, a FONTCONFIG_FILE that hides fonts for instance).

    Skips where LibreOffice is not installed, but fails on CI, where .ci/run installs it.
    """
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice is missing: .ci/run installs libreoffice-calc-nogui and -writer-nogui")
        pytest.skip("LibreOffice not installed here")
    command = [
        soffice,
        f"-env:UserInstallation=file://{outdir / 'lo-profile'}",
        "--headless",
        "--convert-to",
        to,
        "--outdir",
        str(outdir),
        *map(str, sources),
    ]
    return subprocess.run(
        command, capture_output=True, text=True, timeout=300, env={**os.environ, **(env or {})}
    )

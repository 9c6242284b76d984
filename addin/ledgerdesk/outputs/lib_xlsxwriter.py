"""What ledgerdesk uses of XlsxWriter beyond its documented API (checked against the tested versions).

sheetdata.py streams the rows of large tables into the XML XlsxWriter wrote, so it relies on how
XlsxWriter lays out a worksheet and numbers its styles; tests/test_workbook.py compares every kind of
value with what XlsxWriter's own cell writer makes of it.
"""

from __future__ import annotations

from typing import Any

from .tested import require

TESTED = ">=3.1,<3.4"  # as pyproject.toml
VERSION = require("XlsxWriter", TESTED)


def register_format(fmt: Any) -> None:
    """Give a format its style index now (XlsxWriter gives one on a format's first use only)."""
    fmt._get_xf_index()

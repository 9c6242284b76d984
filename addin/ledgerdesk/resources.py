"""Where the bundled templates and sample returns are, installed or in a checkout."""

from __future__ import annotations

from datetime import date
from importlib import resources
from pathlib import Path

# The sample returns describe the 我陪群众走流程 campaign as reported on 2024-07-31.
SAMPLE_AS_OF = date(2024, 7, 31)


def resource_dir(name: str) -> Path:
    """The folder ``templates`` or ``workbooks``, shipped as package data."""
    try:
        found = Path(str(resources.files(f"ledgerdesk.{name}")))
        if found.is_dir():
            return found
    except (ModuleNotFoundError, TypeError):
        pass
    return Path(__file__).resolve().parents[2] / name  # a source checkout, not installed


def sample_returns() -> Path:
    return resource_dir("workbooks") / "returns"


def unit_directory_file() -> Path:
    return resource_dir("workbooks") / "单位名录.csv"

"""Where the bundled templates and sample returns are, installed or in a checkout."""

from __future__ import annotations

from datetime import date
from pathlib import Path

# The sample returns describe the 我陪群众走流程 campaign as reported on 2024-07-31.
SAMPLE_AS_OF = date(2024, 7, 31)
# The names of what the jobs write (here, so that a front end knows them without loading the jobs).
MASTER_NAME = "汇总台账.xlsx"
SPLIT_FOLDER = "下发"  # the pre-filled returns of split, beside the master
# What `ledgerdesk bundle` does by default (here, so that the command line's help knows it without
# loading the bundle's downloader): the Python versions a bundle for Windows has wheels for, and the
# release of the official Windows embeddable Python `--embedded-python download` fetches (the last
# 3.12 with Windows binaries) from where (a site with python.org's /ftp/python/ and /api/v2/).
BUNDLE_PYTHONS = ("3.11", "3.12", "3.13")
EMBEDDED_VERSION = "3.12.10"
PYTHON_ORG = "https://www.python.org/"


def resource_dir(name: str) -> Path:
    """The folder ``templates`` or ``workbooks``: inside the installed package, or in the checkout.

    A wheel install puts them in ``ledgerdesk/`` as package data; an editable install and a plain
    checkout leave them at the top of the repository, two levels above this file.
    """
    here = Path(__file__).resolve().parent
    installed = here / name
    return installed if installed.is_dir() else here.parents[1] / name


def sample_returns() -> Path:
    return resource_dir("workbooks") / "returns"


def sample_settings() -> Path:
    return resource_dir("workbooks") / "示例设置.toml"


def xlam_dir() -> Path:
    """customUI.xml and the VBA source the add-in is built from (addin/xlam)."""
    return (
        resource_dir("xlam")
        if (Path(__file__).resolve().parent / "xlam").is_dir()
        else Path(__file__).resolve().parents[1] / "xlam"
    )


def templates_dir() -> Path:
    return resource_dir("templates")


def unit_directory_file() -> Path:
    return resource_dir("workbooks") / "单位名录.csv"

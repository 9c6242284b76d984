"""What ledgerdesk uses of python-docx beyond its documented API (checked against the tested versions)."""

from __future__ import annotations

from typing import Any

from .tested import require

TESTED = ">=1.1,<1.3"  # as pyproject.toml
VERSION = require("python-docx", TESTED)


def section_properties(section: Any) -> Any:
    """A section's <w:sectPr> element (its header and footer references live there)."""
    return section._sectPr


def next_part_name(package: Any, template: str) -> Any:
    """The pack URI of the next free part name of a kind (/word/charts/chart%d.xml)."""
    from docx.opc.packuri import PackURI

    return PackURI(package.next_partname(template))

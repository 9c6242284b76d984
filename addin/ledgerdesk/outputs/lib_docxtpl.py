"""docxtpl's rendering steps, which ledgerdesk calls one by one (checked against the tested versions).

docxtpl renders a template in steps — init_docx, get_xml/patch_xml (tags made Jinja), render_xml_part,
resolve_listing, fix_tables, fix_docpr_ids — that it does not document as an API. briefing.py runs
them itself to compile a template once and fill it many times (a notice per unit); chart.py reads the
part being rendered to put a chart there. tests/test_briefing.py checks the result against docxtpl's
own render.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .tested import require

TESTED = ">=0.18,<0.21"  # as pyproject.toml
VERSION = require("docxtpl", TESTED)


def body(template: Any) -> str:
    """The document body with the template's tags made Jinja (docxtpl's get_xml, then patch_xml)."""
    template.init_docx()
    return patch(template, raw_body(template))


def raw_body(template: Any) -> str:
    """The document body as the template holds it (docxtpl's get_xml)."""
    return str(template.get_xml())


def patch(template: Any, raw: str) -> str:
    """A body with the template's tags made Jinja (docxtpl's patch_xml)."""
    return str(template.patch_xml(raw))


def prepare(template: Any) -> None:
    """What docxtpl's render does before it fills a template (render_init)."""
    template.render_init()


def filter_listing(template: Any, needed: Callable[[str], bool]) -> None:
    """Run docxtpl's resolve_listing only on a body that has something it changes."""
    listing = template.resolve_listing
    template.resolve_listing = lambda xml: listing(xml) if needed(xml) else xml


def resolve_listing(template: Any, xml: str) -> str:
    return str(template.resolve_listing(xml))


def fix_tables(template: Any, xml: str) -> Any:
    return template.fix_tables(xml)


def fix_docpr_ids(template: Any, tree: Any) -> None:
    template.fix_docpr_ids(tree)


def render_part(template: Any, xml: str, context: dict[str, Any], jinja: Any) -> str:
    """docxtpl's render_xml_part of the document body."""
    return str(template.render_xml_part(xml, template.docx.part, context, jinja))


def start_document(template: Any) -> None:
    """Where docxtpl's render starts each document: drawing ids from 1000, the body being rendered."""
    template.docx_ids_index = 1000
    template.current_rendering_part = template.docx.part


def rendering_part(template: Any) -> Any:
    """The part of the document being rendered now (a chart is related from it)."""
    return template.current_rendering_part

"""ledgerdesk 督查台账助手: merge, check and count rectification ledgers (整改台账).

Nothing heavy is imported here: every ribbon click and every command starts a fresh Python, and
``ledgerdesk --help`` should not wait for pandas. The names below load on first use (PEP 562).
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"
_LAZY = {
    "MergeResult": "reading.merge",
    "list_returns": "reading.merge",
    "merge_ledgers": "reading.merge",
    "Problem": "reading.problems",
    "Report": "reading.problems",
    "UnitDirectory": "reading.schema",
    "load_units": "reading.schema",
    "Table": "table",
}
__all__ = sorted(_LAZY)


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'ledgerdesk' has no attribute {name!r}")

"""Small hand-made merged ledgers for the metrics and history tests."""

from __future__ import annotations

from datetime import date

from ledgerdesk.model import LEDGER_COLUMNS
from ledgerdesk.reading.schema import STATE_LABELS
from ledgerdesk.table import Table


def item(
    unit: str, state: str, deadline: date | None = None, pid: str = "", description: str = "", **extra
) -> dict:
    """One merged ledger row: ``state`` is done / in_progress / not_started / long_term."""
    row = {c: "" for c in LEDGER_COLUMNS}
    row.update(
        {
            "问题编号": pid,
            "责任单位": unit,
            "问题描述": description or f"{unit}的问题{pid}",
            "整改时限": deadline,
            "发现时间": None,
            "完成时间": None,
            "填报日期": None,
            "整改状态": STATE_LABELS[state],
            "状态归类": STATE_LABELS[state],
            "来源行": 0,
        }
    )
    row.update(extra)
    return row


def ledger(*rows: dict) -> Table:
    return Table.of_records(rows, LEDGER_COLUMNS)

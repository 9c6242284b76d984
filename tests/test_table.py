"""The column table every step passes on (ledgerdesk.table): columns stay of one length, a view
never changes what it was taken from, and a sheet read back loses no column."""

from __future__ import annotations

from datetime import date

import pytest

from ledgerdesk.outputs.workbook import sheet_table
from ledgerdesk.table import Table


def test_rows_and_columns_are_two_views_of_one_table():
    table = Table.of_rows([("甲", 1), ("乙", None)], ["单位", "天数"])
    assert table.columns == ["单位", "天数"] and len(table) == 2
    assert table["天数"] == [1, None]
    assert list(table.rows(["天数", "单位"])) == [(1, "甲"), (None, "乙")]
    assert table.records() == [{"单位": "甲", "天数": 1}, {"单位": "乙", "天数": None}]
    assert Table.of_records(table.records(), table.columns) == table
    empty = Table.of_rows([], ["单位"])
    assert empty.columns == ["单位"] and len(empty) == 0 and empty["单位"] == []


def test_a_column_of_another_length_is_refused():
    table = Table({"单位": ["甲", "乙"]})
    with pytest.raises(ValueError, match="表有 2 行"):
        table["天数"] = [1]
    with pytest.raises(ValueError):
        Table.of_rows([("甲", 1), ("乙",)], ["单位", "天数"])
    with pytest.raises(ValueError):
        Table({"单位": ["甲", "乙"], "天数": [1]})
    with pytest.raises(ValueError):
        Table({"单位": ["甲", "乙"]}, length=3)  # a stated row count is checked too
    assert len(Table(length=4)) == 4 and len(Table({"单位": []}, length=0)) == 0


def test_take_select_and_with_columns_leave_the_table_as_it_was():
    table = Table({"单位": ["甲", "乙", "丙"], "天数": [3, 1, 2]})
    taken = table.take([2, 0])
    assert taken.records() == [{"单位": "丙", "天数": 2}, {"单位": "甲", "天数": 3}]
    wider = table.with_columns({"超期": [True, False, True]})
    assert wider.columns == ["单位", "天数", "超期"] and table.columns == ["单位", "天数"]
    assert table.select(["天数"]).columns == ["天数"] and table.columns == ["单位", "天数"]
    wider["天数"] = [0, 0, 0]  # replacing a column of the new table …
    assert table["天数"] == [3, 1, 2]  # … is not seen in the old one


def test_concat_fills_a_missing_column_with_blanks():
    a = Table({"单位": ["甲"], "备注": ["急"]})
    b = Table({"单位": ["乙", "丙"]})
    both = Table.concat([a, b])
    assert both.columns == ["单位", "备注"] and both["备注"] == ["急", "", ""] and len(both) == 3


def test_pandas_round_trip_keeps_values_and_types():
    table = Table({"单位": ["甲", "乙"], "天数": [3, None], "时限": [date(2024, 7, 31), None]})
    frame = table.to_pandas()
    assert list(frame.columns) == table.columns and frame["天数"].tolist() == [3, None]
    assert Table.from_pandas(frame) == table


def test_a_sheet_read_back_keeps_every_column_under_a_header_of_its_own():
    grid = [
        ["单位", "备注", "", "备注", ""],
        ["甲", "急", "手写", "二", ""],
        ["乙", "", "", "", ""],
    ]
    table = sheet_table(grid)
    assert table is not None
    assert table.columns == ["单位", "备注", "（无表头列）", "备注（2）"]  # the empty last column is not kept
    assert table["（无表头列）"] == ["手写", ""] and table["备注（2）"] == ["二", ""]
    assert sheet_table([]) is None

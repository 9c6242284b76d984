"""Each scenario workbook in tests/data merges to what expected.json says, row by row."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import AS_OF, DATA, write_return
from ledgerdesk.reading.intake import read_workbook
from ledgerdesk.reading.merge import list_returns, merge_ledgers

EXPECTED = json.loads((DATA / "expected.json").read_text(encoding="utf-8"))


def _iso(value):
    return value.isoformat() if value is not None else None


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_scenario(name, units):
    expected = EXPECTED[name]
    result = merge_ledgers([DATA / name], units, AS_OF)
    assert result.counts == expected["rows"]
    (outcome,) = result.files
    assert (outcome.unit, outcome.status) == (expected["unit"], expected["status"])
    assert [list(t) for t in result.report.flatten()] == expected["problems"]
    for column, values in expected["ledger"].items():
        got = [
            _iso(v) if column in ("整改时限", "完成时间", "发现时间") else v for v in result.ledger[column]
        ]
        assert got == values, column


def test_every_problem_names_its_file(units):
    result = merge_ledgers([DATA / n for n in sorted(EXPECTED)], units, AS_OF)
    assert result.report.problems
    for problem in result.report:
        assert problem.file in EXPECTED
        assert problem.message


def test_lock_files_and_other_documents_are_not_returns(tmp_path):
    (tmp_path / "~$市住建局.xlsx").write_bytes(b"lock")
    (tmp_path / "说明.docx").write_bytes(b"doc")
    (tmp_path / ".hidden.xlsx").write_bytes(b"")
    (tmp_path / "sub").mkdir()
    write_return(
        tmp_path / "sub" / "市住建局.xlsx",
        [["问题描述", "整改时限", "整改状态"], ["a", "2024.6.30", "已完成"]],
    )
    (tmp_path / "wps.csv").write_text("问题描述,整改状态\n", encoding="utf-8")
    # every file but lock and hidden files is read: its content says whether it is a return
    assert [p.name for p in list_returns(tmp_path)] == ["市住建局.xlsx", "wps.csv", "说明.docx"]


def test_a_broken_wps_file_is_named_with_how_to_save_it_again(tmp_path, units):
    path = tmp_path / "市司法局.et"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)  # a cut-off WPS 表格 file
    result = merge_ledgers([path], units, AS_OF)
    assert result.report.flatten(("file", "code")) == [("市司法局.et", "file-unreadable")]
    assert "另存为" in result.report.problems[0].message and "xlsx" in result.report.problems[0].message


def test_header_far_down_and_unit_from_the_title(tmp_path, units):
    rows = [
        ["市统计局政务服务问题整改清单"],
        [],
        [],
        [],
        [],
        [],
        ["序号", "主要问题", "整改举措", "办结时限", "是否完成"],
        [1, "统计数据查询不便", "开通线上查询", "2024-06-30", "是"],
    ]
    book = read_workbook(write_return(tmp_path / "清单.xlsx", rows), units)
    (table,) = book.tables
    assert table.header_row == 7
    assert table.unit.name == "市统计局"
    assert table.rows[0][0] == 8
    assert table.canonical >= {"问题描述", "整改措施", "整改时限", "整改状态"}


def test_several_responsible_unit_columns_are_joined_and_the_lead_unit_counts(tmp_path, units):
    import xlsxwriter

    path = tmp_path / "联合.xlsx"
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet()
    ws.merge_range("A1:A2", "问题描述")
    ws.merge_range("B1:C1", "整改责任单位")
    ws.write_row(1, 1, ["牵头", "配合"])
    ws.merge_range("D1:D2", "整改状态")
    ws.merge_range("E1:E2", "整改时限")
    ws.write_row(2, 0, ["不动产与税务数据不联通", "市自然资源和规划局", "市税务局", "已完成", "2024.6.30"])
    book.close()
    result = merge_ledgers([path], units, AS_OF)
    assert result.report.flatten() == []
    assert list(result.ledger["单位原文"]) == ["市自然资源和规划局、市税务局"]
    assert list(result.ledger["责任单位"]) == ["市自然资源和规划局"]


def test_a_date_without_a_year_takes_the_year_of_the_returns_report_date(tmp_path, units):
    rows = [
        ["填报单位：市司法局", None, "填报日期：2023年12月28日"],
        ["问题描述", "整改时限", "整改状态", "完成时间"],
        ["公证出证慢", "12月10日前", "已完成", "12.5"],
    ]
    result = merge_ledgers([write_return(tmp_path / "a.xlsx", rows)], units, AS_OF)  # AS_OF is in 2024
    assert result.ledger["整改时限"] == [date(2023, 12, 10)]
    assert result.ledger["完成时间"] == [date(2023, 12, 5)]
    assert result.ledger["填报日期"] == [date(2023, 12, 28)]


@pytest.mark.parametrize(
    ("above", "below", "unit"),
    [
        ([["填报日期：2024年7月30日", None, "填报单位（盖章）：市统计局"]], [], "市统计局"),  # either order
        ([["市统计局（盖章）", None, "2024年7月30日"]], [], "市统计局"),
        ([["请相关责任单位在规定时限内完成整改并报送整改情况"]], [], None),  # a sentence names no unit
        ([], [[None, "市统计局（盖章）"], [None, "2024年7月30日"]], "市统计局"),  # the 落款 under the table
    ],
)
def test_the_unit_comes_from_what_names_it_never_from_a_sentence(tmp_path, units, above, below, unit):
    rows = [*above, ["问题描述", "整改时限", "整改状态"], ["统计数据查询不便", "2024.6.30", "已完成"], *below]
    book = read_workbook(write_return(tmp_path / "台账.xlsx", rows), units)
    (table,) = book.tables
    assert (table.unit.name if table.unit else None, table.unit_text) == (unit, None)
    assert [r for r, _ in table.rows] == [len(above) + 2]  # the 落款 and date line are not items


def test_a_sentence_above_the_table_is_never_given_to_the_rows(tmp_path, units):
    rows = [
        ["请相关责任单位在规定时限内完成整改并报送整改情况"],
        ["问题描述", "整改时限", "整改状态"],
        ["统计数据查询不便", "2024.6.30", "已完成"],
    ]
    result = merge_ledgers([write_return(tmp_path / "台账.xlsx", rows)], units, AS_OF)
    assert result.counts["merged"] == 1  # kept, never dropped, and named for the clerk to fill in
    assert result.ledger["责任单位"] == ["未明确责任单位"]
    assert result.report.flatten(("row", "code")) == [(3, "unit-missing")]


def test_a_summary_sheet_of_counts_beside_the_ledger_is_not_read_as_items(tmp_path, units):
    import xlsxwriter

    path = tmp_path / "市统计局.xlsx"
    book = xlsxwriter.Workbook(str(path))
    ledger = book.add_worksheet("台账")
    for r, row in enumerate([["问题描述", "整改时限", "整改状态"], ["数据查询不便", "2024.6.30", "已完成"]]):
        ledger.write_row(r, 0, row)
    summary = book.add_worksheet("统计")
    for r, row in enumerate([["单位", "问题数", "已完成", "完成率"], ["市统计局", 1, 1, "100%"]]):
        summary.write_row(r, 0, row)
    book.close()
    result = merge_ledgers([path], units, AS_OF)
    assert result.counts == {"read": 1, "merged": 1, "rejected": 0, "superseded": 0}
    assert result.report.flatten(("sheet", "code")) == [("统计", "sheet-skipped")]


def test_an_instructions_sheet_with_a_small_table_is_not_read_as_items(tmp_path, units):
    import xlsxwriter

    path = tmp_path / "市统计局.xlsx"
    book = xlsxwriter.Workbook(str(path))
    ledger = book.add_worksheet("台账")
    for r, row in enumerate([["问题描述", "整改时限"], ["数据查询不便", "2024.6.30"]]):
        ledger.write_row(r, 0, row)
    guide = book.add_worksheet("填表说明")
    for r, row in enumerate([["问题描述", "填写要求"], ["写清楚问题", "一句话说明"], ["整改时限", "写日期"]]):
        guide.write_row(r, 0, row)
    book.close()
    result = merge_ledgers([path], units, AS_OF)
    assert result.ledger["来源工作表"] == ["台账"]
    assert result.report.flatten(("sheet", "code")) == [("台账", "no-status-column")]


def test_one_sheet_per_town_not_in_the_directory_gives_each_sheet_its_town(tmp_path, units):
    import xlsxwriter

    path = tmp_path / "各乡镇整改台账.xlsx"
    book = xlsxwriter.Workbook(str(path))
    for town in ("城关镇", "王助镇"):
        ws = book.add_worksheet(town)
        for r, row in enumerate(
            [["问题描述", "整改时限", "整改状态"], [f"{town}便民服务站无人值守", "2024.6.30", "已完成"]]
        ):
            ws.write_row(r, 0, row)
    book.close()
    result = merge_ledgers([path], units, AS_OF)
    # a town named bare stands for its government, the fullest name a person would write
    assert result.ledger["责任单位"] == ["城关镇人民政府", "王助镇人民政府"]
    assert sorted(p.value for p in result.report if p.code == "unknown-unit") == ["城关镇", "王助镇"]


def test_a_completion_column_written_as_deadlines_is_the_deadline_when_there_is_none(tmp_path, units):
    rows = [
        ["问题描述", "完成时间", "整改状态"],
        ["窗口人员不足", "2024年6月底前", "正在整改"],
        ["排队时间长", "3个月内", "正在整改"],
        ["指引不清", "2024.5.20", "已完成"],
    ]
    result = merge_ledgers([write_return(tmp_path / "市统计局.xlsx", rows)], units, AS_OF)
    assert result.ledger["整改时限"][0] == date(2024, 6, 30)
    assert result.ledger["整改时限原文"] == ["2024年6月底前", "3个月内", "2024.5.20"]
    assert ("column-guessed", "完成时间") in {(p.code, p.value) for p in result.report}
    real = [
        ["问题描述", "整改时限", "完成时间", "整改状态"],
        ["指引不清", "2024.6.30", "2024.5.20", "已完成"],
    ]
    kept = merge_ledgers([write_return(tmp_path / "市气象局.xlsx", real)], units, AS_OF)
    assert kept.ledger["完成时间"] == [date(2024, 5, 20)]  # beside a 整改时限 it is the finish date


HEADER = ["序号", "责任单位", "问题描述", "整改措施", "整改时限", "整改状态"]
CELLS = st.one_of(
    st.sampled_from(
        ["", None, "合计", "小 计", "注：本表由各单位填写", "填表说明", "填报人：张三", "联系电话："]
    ),
    st.sampled_from([*HEADER, "市民政局", "窗口排队时间长", "已完成", "2024年6月底前", "（1）"]),
    st.integers(0, 6),
    st.floats(0, 6, allow_nan=False).map(lambda v: round(v, 1)),
)


ROWS = st.one_of(
    st.lists(CELLS, min_size=6, max_size=6),
    st.just(HEADER),  # the header pasted again
    st.just([1, 2, 3, 4, 5, 6]),  # a (1)(2)(3) column-numbering row
    st.just(["", 1.0, 2.0, 3.0, "", ""]),
    st.just(["", "合计", "", "", "", "已完成"]),  # a total row: two values
)


@settings(max_examples=300, deadline=None)
@given(st.lists(ROWS, min_size=1, max_size=12))
def test_the_rows_taken_without_the_rules_are_rows_no_rule_would_skip(rows):
    """_item_rows takes a row as an item without the rules when _RowFilter.sure says none can
    apply: for any table, every such row also passes every rule."""
    from ledgerdesk.reading.headers import Field
    from ledgerdesk.reading.rows import RowFilter as _RowFilter

    fields = [Field(0, "序号", ("_序号",))] + [Field(i, h, (h,)) for i, h in enumerate(HEADER) if i]
    skip = _RowFilter(fields, HEADER, rows)
    assert [row for row, sure in zip(rows, skip.sure, strict=True) if sure and skip(row)] == []


def test_a_returns_full_items_are_taken_without_the_rules_and_its_notes_are_not():
    """The common return: full item rows, then a blank row and a note. The items are known to be
    items from the columns alone (no rule is tried on them); the two rows after them go through
    the rules, which leave them out. With the header pasted again lower down, only the rows
    the columns cannot vouch for go through the rules."""
    from ledgerdesk.reading.headers import Field
    from ledgerdesk.reading.rows import RowFilter as _RowFilter
    from ledgerdesk.reading.rows import item_rows as _item_rows

    fields = [Field(0, "序号", ("_序号",))] + [Field(i, h, (h,)) for i, h in enumerate(HEADER) if i]
    items = [[float(k), "市民政局", f"问题{k}", "措施", "2024年6月底前", "已完成"] for k in range(1, 41)]
    note = ["填表说明：整改状态填写已完成、正在整改或长期坚持。", "", "", "", "", ""]
    grid = [HEADER, *items, [""] * 6, note]
    skip = _RowFilter(fields, HEADER, grid[1:])
    assert skip.sure == [True] * 40 + [False, False]
    rows, footer, _ = _item_rows(grid, 1, fields, HEADER)
    assert [r for r, _ in rows] == list(range(2, 42)) and footer == [note]

    pasted = [HEADER, *items[:5], HEADER, *items[5:10]]
    skip = _RowFilter(fields, HEADER, pasted[1:])
    assert skip.sure == [True] * 5 + [False] + [True] * 5
    rows, _, _ = _item_rows(pasted, 1, fields, HEADER)
    assert [r for r, _ in rows] == [2, 3, 4, 5, 6, 8, 9, 10, 11, 12]


def _header_like_texts():
    from ledgerdesk.reading.schema import HEADER_ALIASES

    aliases = sorted({a for names in HEADER_ALIASES.values() for a in names})
    piece = st.one_of(
        st.sampled_from(aliases),
        st.sampled_from(["\n", "/", "／", "、", "（必填）", " ", "情况", "时间", "数量", "计划", "群众反映"]),
        st.text(alphabet="整改完成责任单位时限问题描述序号人0123456789abc", max_size=6),
    )
    return st.lists(piece, min_size=1, max_size=4).map("".join)


class _Always:
    """A stand-in for a shortcut's regex that always says "maybe": the full rule runs."""

    def __init__(self, pattern):
        self.split = pattern.split

    def search(self, text):
        return True


@settings(max_examples=400, deadline=None)
@given(_header_like_texts())
def test_header_classification_shortcuts_change_no_answer(text):
    """classify_header skips the split when there is no separator and the alias loop when no
    alias is inside (one regex each): the answer is the one the full rule gives."""
    from ledgerdesk.reading import headers as intake

    fast = intake.classify_header.__wrapped__(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(intake, "HEADER_PARTS", _Always(intake.HEADER_PARTS))
        patch.setattr(intake, "CONTAINS_ANY", _Always(intake.CONTAINS_ANY))
        assert fast == intake.classify_header.__wrapped__(text)

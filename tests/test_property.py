"""Random ledgers, random garbage: nothing escapes, nothing is lost, every rejected row is named."""

from __future__ import annotations

import re
import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import AS_OF, write_return
from ledgerdesk.jobs import load_directory
from ledgerdesk.reading.merge import merge_ledgers
from ledgerdesk.reading.schema import HEADER_ALIASES

UNITS = load_directory()
OPTIONAL = [
    "问题编号",
    "责任单位",
    "问题类别",
    "发现时间",
    "整改措施",
    "整改时限",
    "完成时间",
    "责任人",
    "备注",
]
WORDS = [
    "已完成",
    "已整改销号",
    "正在整改",
    "基本完成",
    "未启动",
    "长期坚持",
    "申请延期",
    "看情况",
    "",
    "已",
    "完成了吧",
]
DEADLINES = [
    "2024.6.30",
    "6月底前",
    "2024年底前",
    "5个工作日内",
    "长期坚持",
    "尽快",
    "2024.13.1",
    "",
    45473,
    3.5,
]
UNIT_NAMES = ["市住建局", "市司法局", "市民政厅", "", "市医保局\n张三", "=cmd|' /C calc'!A0"]

garbage = st.one_of(
    st.text(alphabet="问题整改=+-@年月日0123456789./ 　\n市局", max_size=12),
    st.integers(-5, 100000),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.dates(date(1990, 1, 1), date(2030, 12, 31)),
)
description = st.one_of(
    st.just(""), st.text(alphabet="窗口办事群众材料多排队慢线上入口", min_size=1, max_size=10)
)


@st.composite
def ledgers(draw):
    columns = ["问题描述", "整改状态"] + draw(
        st.lists(st.sampled_from(OPTIONAL), min_size=1, max_size=5, unique=True)
    )
    columns = draw(st.permutations(columns))
    headers = [draw(st.sampled_from([a for a in HEADER_ALIASES[c] if len(a) >= 2])) for c in columns]
    if len({h for h in headers}) != len(headers):
        headers = columns  # two columns drew the same spelling
    rows = []
    for _ in range(draw(st.integers(0, 12))):
        row = []
        for column in columns:
            if column == "问题描述":
                row.append(draw(description))
            elif column == "整改状态":
                row.append(draw(st.one_of(st.sampled_from(WORDS), garbage)))
            elif column == "责任单位":
                row.append(draw(st.sampled_from(UNIT_NAMES)))
            elif column in ("整改时限", "完成时间", "发现时间"):
                row.append(draw(st.one_of(st.sampled_from(DEADLINES), garbage)))
            else:
                row.append(draw(st.one_of(st.just(""), garbage)))
        rows.append(row)
    title_rows = draw(st.integers(0, 3))
    unit = draw(st.sampled_from(["市住建局", "市司法局", "市民政局"]))
    preamble = [[f"{unit}问题整改台账"]] + [[]] * (title_rows - 1) if title_rows else []
    return preamble, headers, rows


def _signature(row: list, headers: list[str]) -> bool:
    """A row a person reads as the foot of a return, not an item: only full written dates (the
    date line) and office names (the 落款), none of them in the description column, and not a
    lone unit name in the 责任单位 column (that is an item missing its other cells)."""
    cells = [(headers[i], v) for i, v in enumerate(row) if v not in ("", None)]
    if len(cells) == 1 and cells[0][0] in HEADER_ALIASES["责任单位"]:
        return False
    return all(
        h not in HEADER_ALIASES["问题描述"]
        and isinstance(v, str)
        and (
            re.fullmatch(r"\s*\d{4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}\s*日?\s*", v)
            or re.fullmatch(
                r"\s*[^\s，。；,;:：]{2,30}?(局|委|办|中心|政府|镇|乡|街道|县|区|院|公司|厅|所|站|队|馆|会)\s*",
                v,
            )
        )
        for h, v in cells
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ledgers(), min_size=1, max_size=3))
def test_every_row_is_merged_or_named(books):
    with tempfile.TemporaryDirectory() as folder:
        paths, expected = [], set()
        for n, (preamble, headers, rows) in enumerate(books):
            path = write_return(Path(folder) / f"第{n}份.xlsx", [*preamble, headers, *rows])
            paths.append(path)
            first = len(preamble) + 2  # Excel row of the first data row
            items = [i for i, row in enumerate(rows) if any(v not in ("", None) for v in row)]
            while items and _signature(rows[items[-1]], headers):
                items.pop()  # the date line and 落款 after the items are the foot, not items
            expected.update((path.name, first + i) for i in items)
        result = merge_ledgers(paths, UNITS, AS_OF)

    c = result.counts
    assert c["read"] == c["merged"] + c["rejected"] + c["superseded"] == len(expected)
    merged = set(zip(result.ledger["来源文件"], result.ledger["来源行"], strict=True))
    left = list(
        zip(result.rejected["来源文件"], result.rejected["来源行"], result.rejected["处理"], strict=True)
    )
    assert merged.isdisjoint({(f, r) for f, r, _ in left})
    assert merged | {(f, r) for f, r, _ in left} == expected
    assert len(merged) + len(left) == len(expected)  # each row in exactly one place
    errors = {(p.file, p.row) for p in result.report.errors}
    for file, row, how in left:
        if how == "退回":
            assert (file, row) in errors, (file, row)


STATUS_CELLS = ["已完成", "已整改", "已销号", "整改中", "未启动", "", "看情况", "已完成（已销号）"]
FINISH_CELLS = ["", "2024-06-01", date(2024, 6, 3), "不详"]
CLOSEOUT_CELLS = ["", "是", "否", "已销号"]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(STATUS_CELLS), st.sampled_from(FINISH_CELLS), st.sampled_from(CLOSEOUT_CELLS)
        ),
        min_size=1,
        max_size=30,
    )
)
def test_checks_made_on_distinct_values_flag_the_rows_the_rule_names(rows):
    """normalize_table decides 'done but no 完成时间' and 是否销号 on each distinct cell and walks
    the rows in C; the rule read row by row must name the same rows."""
    from datetime import datetime

    from ledgerdesk.model import Col
    from ledgerdesk.reading.intake import read_sheet
    from ledgerdesk.reading.normalize import normalize_table
    from ledgerdesk.reading.progress import is_verified, parse_status
    from ledgerdesk.reading.schema import DONE

    header = ["序号", "责任单位", "问题描述", "整改状态", "完成时间", "是否销号"]
    grid = [header] + [
        [
            k + 1,
            "市住建局",
            f"问题{k}",
            status,
            datetime(f.year, f.month, f.day) if isinstance(f, date) else f,
            c,
        ]
        for k, (status, f, c) in enumerate(rows)
    ]
    table = read_sheet(grid, [], "a.xlsx", "Sheet1", UNITS)
    assert table is not None and len(table.rows) == len(rows)
    result = normalize_table(table, UNITS, AS_OF)

    def done(status, f, closeout):  # the rule (docs/statistics.md), read row by row
        if closeout in ("是", "已销号"):
            return True  # closed and signed off, whatever the status word
        if status and parse_status(status) is not None:
            return parse_status(status) == DONE
        return f not in ("", "不详")  # a 完成时间 filled in (不详 is no date)

    flagged = [p.row for p in result.problems if p.code == "done-without-finish-date"]
    expected = [k + 2 for k, (status, f, c) in enumerate(rows) if status and done(status, f, c) and f == ""]
    assert flagged == expected
    kept = dict(zip(result.columns[Col.ROW], result.columns[Col.VERIFIED], strict=True))
    for k, (status, f, closeout) in enumerate(rows):
        if k + 2 in kept:
            done_here = done(status, f, closeout)
            assert kept[k + 2] == ("是" if done_here and is_verified(status, closeout) else ""), (
                status,
                f,
                closeout,
            )

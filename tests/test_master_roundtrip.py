"""write_master and read_master / read_previous are inverses: what a master records is read back
exactly (the ledger with a clerk's own column, 校验问题, 未采用行, the files and the counts of 说明),
for any content hypothesis makes up, not only for the sample."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ledgerdesk.figures.metrics import compute_metrics
from ledgerdesk.model import DATE_COLUMNS, LEDGER_COLUMNS, REJECTED_COLUMNS, Col
from ledgerdesk.outputs.workbook import MasterContent, read_master, read_previous, write_master
from ledgerdesk.reading.cells import as_text
from ledgerdesk.reading.merge import FileOutcome
from ledgerdesk.reading.problems import CODES, ERROR, WARNING, Problem, RejectedRow, Report
from ledgerdesk.reading.schema import STATE_LABELS, STATUS_WORDS
from ledgerdesk.table import Table

AS_OF = date(2024, 7, 31)
# Text as departments write it: Chinese, digits that must stay text, leading = + - @, line breaks.
ALPHABET = st.sampled_from(list("整改完成局市区中心问题台账0123456789-=+@.，。：:（）《》 abcXYZ\n"))
TEXT = st.text(ALPHABET, max_size=12).map(as_text)  # the merged ledger holds trimmed text
WORD = st.text(ALPHABET, min_size=1, max_size=12).map(as_text).filter(bool)
DATES = st.one_of(st.none(), st.dates(date(2020, 1, 1), date(2027, 12, 31)))
STATUS = st.sampled_from(sorted(w for w in STATUS_WORDS if len(w) > 1))  # a word the parser knows


@st.composite
def ledger_rows(draw: st.DrawFn) -> dict[str, object]:
    row: dict[str, object] = {c: draw(TEXT) for c in LEDGER_COLUMNS}
    for column in (*DATE_COLUMNS, Col.EXPECTED, Col.REPORTED_ON):
        row[column] = draw(DATES)
    status = draw(STATUS)
    row[Col.STATUS] = status
    row[Col.STATE] = STATE_LABELS[STATUS_WORDS[status]]
    row[Col.UNIT] = draw(st.sampled_from(["市教育局", "市民政局", "城关镇", "=SUM(A1)"]))
    row[Col.DESCRIPTION] = draw(WORD)
    row[Col.VERIFIED] = draw(st.sampled_from(["是", ""]))
    row[Col.ROW] = draw(st.one_of(st.none(), st.integers(1, 100_000)))
    row["科室自填"] = draw(TEXT)  # a column the clerk added to 总台账
    return row


PROBLEMS = st.builds(
    Problem,
    code=st.sampled_from(sorted(CODES)),
    severity=st.sampled_from([ERROR, WARNING]),
    file=WORD,
    sheet=st.one_of(st.none(), WORD),
    row=st.one_of(st.none(), st.integers(1, 5000)),
    column=st.one_of(st.none(), WORD),
    value=st.one_of(st.none(), WORD),
    message=WORD,
)
REJECTED = st.builds(
    RejectedRow,
    file=WORD,
    sheet=st.one_of(st.none(), WORD),
    row=st.one_of(st.none(), st.integers(1, 5000)),
    action=st.sampled_from(["退回", "被替代"]),
    reason=WORD,
    original=WORD,
)
FILES = st.builds(
    FileOutcome,
    file=WORD,
    unit=st.one_of(st.none(), WORD),
    status=st.sampled_from(["merged", "rejected", "superseded", "skipped"]),
    rows=st.integers(0, 500),
    merged=st.integers(0, 500),
    rejected=st.integers(0, 500),
    superseded=st.integers(0, 500),
    reason=st.one_of(st.just(""), WORD),
)
COUNTS = st.fixed_dictionaries(
    {k: st.integers(0, 10**6) for k in ("read", "merged", "rejected", "superseded")}
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(ledger_rows(), min_size=1, max_size=6),
    problems=st.lists(PROBLEMS, max_size=4),
    rejected=st.lists(REJECTED, max_size=4),
    files=st.lists(FILES, max_size=4),
    counts=COUNTS,
)
def test_a_master_reads_back_what_was_written(tmp_path, rows, problems, rejected, files, counts):
    ledger = Table.of_records(rows, list(rows[0]))
    left = Table.of_records([r.record() for r in rejected], REJECTED_COLUMNS)
    content = MasterContent(Report(problems), left, files, counts)
    path = write_master(tmp_path / "汇总台账.xlsx", content, compute_metrics(ledger, AS_OF))

    back = read_master(path)
    assert list(back.columns) == [*LEDGER_COLUMNS, "科室自填"]
    assert _differences(back, ledger.select(back.columns)) == []

    previous = read_previous(path)
    assert previous.problems == sorted(problems, key=lambda p: p.severity != "error")  # errors first
    assert _differences(previous.rejected, left) == []
    assert previous.files == files
    assert previous.counts == counts
    path.unlink()


def _differences(got: Table, want: Table) -> list[tuple[int, str, object, object]]:
    """(row, column, read back, written) wherever a value or its type differs (NaN is NaN)."""
    assert len(got) == len(want) and list(got.columns) == list(want.columns)
    return [
        (i, column, a, b)
        for i, (x, y) in enumerate(zip(got.records(), want.records(), strict=True))
        for column, a, b in ((c, x[c], y[c]) for c in got.columns)
        if (a != b and not (a != a and b != b)) or type(a) is not type(b)
    ]

"""汇总台账.xlsx as a clerk gets it: tables, formats, validation, printing, safety, LibreOffice."""

from __future__ import annotations

import math
import random
import zipfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

from conftest import AS_OF, libreoffice_convert, write_return
from ledgerdesk.figures.metrics import compute_metrics
from ledgerdesk.files import OutputLocked
from ledgerdesk.jobs import MASTER_NAME, process
from ledgerdesk.outputs.workbook import MasterContent, write_master
from ledgerdesk.reading.merge import merge_ledgers
from ledgerdesk.reading.settings import Settings
from ledgerdesk.resources import SAMPLE_AS_OF, sample_returns
from ledgerdesk.table import Table

SHEETS = ["总台账", "单位统计", "超期清单", "校验问题", "未采用行", "说明"]


@pytest.fixture(scope="module")
def master(tmp_path_factory):
    """The samples merged twice, two weeks apart, so the second master has a 变化情况 sheet."""
    out = tmp_path_factory.mktemp("master")
    process(sample_returns(), out, Settings(as_of=date(2024, 7, 15)))
    job = process(sample_returns(), out, Settings(as_of=SAMPLE_AS_OF))
    return out / MASTER_NAME, job


@pytest.fixture(scope="module")
def book(master):
    return load_workbook(master[0])


def header(ws, row=1):
    return [c.value for c in ws[row]]


def column(ws, name, row=1):
    return header(ws, row).index(name) + 1


def test_sheets_in_order_each_a_real_table_with_a_frozen_header(book):
    assert book.sheetnames == [
        "总台账",
        "单位统计",
        "超期清单",
        "校验问题",
        "未采用行",
        "读取情况",
        "变化情况",
        "说明",
    ]
    for name in SHEETS:
        ws = book[name]
        assert ws.tables, name
        table = next(iter(ws.tables.values()))
        assert table.ref.startswith("A1:"), name
        assert table.headerRowCount in (None, 1)
        assert ws.freeze_panes in ("A2", "C2"), name
    ledger = book["总台账"]
    assert (
        ledger.tables["Ledger"].ref == f"A1:{ledger.cell(row=1, column=ledger.max_column).column_letter}165"
    )


def test_formats_dates_and_percentages(book):
    ws = book["总台账"]
    deadline = ws.cell(row=2, column=column(ws, "整改时限"))
    assert deadline.is_date and deadline.number_format == "yyyy-mm-dd"
    units = book["单位统计"]
    rate = units.cell(row=2, column=column(units, "完成率"))
    assert rate.value == 1 and rate.number_format == "0.00%"
    total = [r for r in units.iter_rows(values_only=True) if r[1] == "合计"][0]
    assert total[2:4] == (164, 160) and total[9] == pytest.approx(160 / 164)
    assert ws.cell(row=2, column=column(ws, "问题描述")).alignment.wrap_text


def dimension(ws, name):
    """The column's width/hidden/outline settings (openpyxl groups equal neighbours as min..max)."""
    index = column(ws, name)
    return next((d for d in ws.column_dimensions.values() if d.min <= index <= d.max), None)


def test_audit_columns_are_folded_away_not_lost(book):
    ws = book["总台账"]
    for name in ("整改时限原文", "单位原文", "是否超期"):
        assert dimension(ws, name).hidden and dimension(ws, name).outlineLevel == 1, name
    assert not dimension(ws, "问题描述").hidden
    assert round(dimension(ws, "问题描述").width) == 27  # 26 characters plus XlsxWriter's padding


def test_status_drop_down_offers_the_canonical_words(book):
    ws = book["总台账"]
    (dv,) = ws.data_validations.dataValidation
    letter = ws.cell(row=1, column=column(ws, "整改状态")).column_letter
    assert dv.type == "list" and str(dv.sqref).startswith(f"{letter}2:")
    assert dv.formula1 == '"已完成,已销号,整改中,未整改,长期坚持,申请延期"'
    assert dv.errorStyle == "warning"  # a unit's own word is still allowed


def test_conditional_formats_mark_overdue_rows_and_rates(book):
    ws = book["总台账"]
    rules = [(str(rng.sqref), r.formula) for rng in ws.conditional_formatting for r in rng.rules]
    flag = ws.cell(row=1, column=column(ws, "是否超期")).column_letter
    assert any(f == [f'${flag}2="是"'] for _, f in rules)
    red_fill = next(
        r.dxf.fill.bgColor.rgb
        for rng in ws.conditional_formatting
        for r in rng.rules
        if r.formula == [f'${flag}2="是"']
    )
    assert red_fill.endswith("FFC7CE")
    units = book["单位统计"]
    kinds = {r.type for rng in units.conditional_formatting for r in rng.rules}
    assert {"dataBar", "cellIs"} <= kinds
    late = book["超期清单"]
    assert {r.formula[0] for rng in late.conditional_formatting for r in rng.rules} == {
        '$B2="超期"',
        '$B2="临期"',
    }


def test_overdue_list_is_most_overdue_first(book):
    ws = book["超期清单"]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    days = [r[column(ws, "超期天数") - 1] for r in rows if r[1] == "超期"]
    assert days == sorted(days, reverse=True) == [30, 16]  # 2024-06-30 was a Sunday: due 07-01
    assert [r[2] for r in rows] == ["市医疗保障局", "市自然资源和规划局"]


def test_every_sheet_prints_a4_landscape_at_full_size_with_titles(book):
    for name in book.sheetnames:
        ws = book[name]
        assert ws.page_setup.orientation == "landscape", name
        assert ws.page_setup.paperSize == 9, name
        # Never shrunk to fit: the 9 pt text prints at 9 pt (the render test measures it).
        assert not (ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage), name
        assert int(ws.page_setup.scale or 100) == 100, name
        assert ws.print_title_rows.replace("$", "") == "1:1", name
        assert "截至2024年7月31日" in ws.oddHeader.center.text, name
        assert ws.oddFooter.center.text == "第 &P 页 共 &N 页"


def test_wide_ledger_prints_its_right_part_after_the_left_with_the_unit_repeated(book):
    ws = book["总台账"]
    assert ws.print_title_cols.replace("$", "") == "A:B"  # 问题编号 and 责任单位 on every page
    assert ws.page_setup.pageOrder == "overThenDown"


def test_unit_sheet_prints_the_table_and_not_the_chart_beside_it(book):
    ws = book["单位统计"]
    area = ws.print_area.replace("$", "").split("!")[-1]
    assert area == "A1:K39"  # 37 units, the header and 合计; the chart starts in column M


def test_unit_sheet_has_a_native_bar_chart_of_completion_rates(master):
    with zipfile.ZipFile(master[0]) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
        assert len(charts) == 1
        xml = z.read(charts[0]).decode("utf-8")
    assert "<c:barChart>" in xml and '<c:barDir val="bar"/>' in xml
    assert "单位统计!$B$2:$B$38" in xml and "单位统计!$J$2:$J$38" in xml


def test_changes_sheet_lists_what_changed_since_the_previous_period(book):
    ws = book["变化情况"]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:4] == ("单位", "本期完成率", "上期完成率", "变化（百分点）")
    items = [r for r in rows if r[0] == "新超期"]
    assert [r[1] for r in items] == ["市自然资源和规划局"]


def test_about_sheet_reconciles(book):
    about = {r[0]: r[1] for r in book["说明"].iter_rows(min_row=2, values_only=True) if r[0]}
    assert about["核对"] == "读入 171 = 合并 164 + 退回 3 + 被替代 4"
    assert about["统计截止日"] == "2024-07-31"
    assert about["设置：完成率分母"] == "全部问题"
    # counts are numbers a clerk can add up, not text
    counts = [
        about[k] for k in ("读取文件数", "读入行数", "合并行数", "退回行数", "被替代行数", "错误数", "提示数")
    ]
    assert all(type(v) is int for v in counts) and counts[1:5] == [171, 164, 3, 4]


def test_department_text_is_never_a_formula(tmp_path, units):
    path = write_return(
        tmp_path / "市民政局.xlsx",
        [
            ["问题描述", "整改状态", "整改时限", "备注", "责任人"],
            ['=HYPERLINK("http://example.invalid","点我")', "已完成", "2024.6.30", "+1", "-2"],
            ["@SUM(A1:A2)", "正在整改", "2024.8.30", "=1+1", "=cmd|' /C calc'!A0"],
            ["", "=A1", "尽快", "", ""],
            ["=A1 重复", "已完成", "2024.6.30", "", ""],
            ["=A1 重复", "已完成", "2024.6.30", "", ""],  # pasted twice: the copy is in 未采用行
        ],
    )
    merge = merge_ledgers([path], units, AS_OF)
    out = write_master(
        tmp_path / "out" / "汇总台账.xlsx", MasterContent.of(merge), compute_metrics(merge.ledger, AS_OF)
    )
    book = load_workbook(out)
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
    ledger = book["总台账"]
    assert ledger.cell(row=2, column=column(ledger, "问题描述")).value.startswith("=HYPERLINK")
    rejected = [r for r in book["未采用行"].iter_rows(min_row=2, values_only=True)]
    assert "=A1" in rejected[0][5]
    with zipfile.ZipFile(out) as z:
        assert not any(
            "<f>" in z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("xl/worksheets/")
        )


def _small_master(tmp_path, units):
    path = write_return(
        tmp_path / "a.xlsx", [["问题描述", "整改状态", "整改时限"], ["问题", "已完成", "2024.6.30"]]
    )
    merge = merge_ledgers([path], units, AS_OF)
    return merge, compute_metrics(merge.ledger, AS_OF)


def test_an_open_target_is_reported_and_left_alone(tmp_path, units):
    merge, metrics = _small_master(tmp_path, units)
    target = tmp_path / "汇总台账.xlsx"
    target.write_bytes(b"the clerk's open copy")
    (tmp_path / "~$汇总台账.xlsx").write_bytes(b"owner")  # what Excel/WPS leave while the file is open
    with pytest.raises(OutputLocked, match="正在被其他程序使用"):
        write_master(target, MasterContent.of(merge), metrics)
    assert target.read_bytes() == b"the clerk's open copy"


def test_a_failed_rename_leaves_the_old_file_and_no_temp_file(tmp_path, units, monkeypatch):
    from ledgerdesk import files

    merge, metrics = _small_master(tmp_path, units)
    target = tmp_path / "汇总台账.xlsx"
    target.write_bytes(b"previous output")

    def locked(src, dst):  # what Windows does while Excel holds the file open
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files.os, "replace", locked)
    with pytest.raises(OutputLocked):
        write_master(target, MasterContent.of(merge), metrics)
    assert target.read_bytes() == b"previous output"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.xlsx", "历史版本", "汇总台账.xlsx"]
    assert [p.read_bytes() for p in (tmp_path / "历史版本").iterdir()] == [b"previous output"]


def test_libreoffice_opens_and_prints_the_workbook(master, tmp_path):
    proc = libreoffice_convert([master[0]], "pdf", tmp_path)
    pdf = tmp_path / "汇总台账.pdf"
    assert proc.returncode == 0 and pdf.is_file(), proc.stdout + proc.stderr
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 20_000


def _cells(path):
    book = load_workbook(path)
    return {
        ws.title: [[(c.value, c.data_type, c.number_format) for c in row] for row in ws.iter_rows()]
        for ws in book.worksheets
    }, {ws.title: dict(ws.tables.items()) for ws in book.worksheets}


def test_long_tables_streamed_in_hold_exactly_what_cell_by_cell_writing_holds(tmp_path, units, monkeypatch):
    """Above BULK_ROWS the rows bypass XlsxWriter (sheetdata.py); the workbook must not change."""
    from ledgerdesk.outputs import workbook

    rows = [["问题描述", "整改状态", "整改时限", "备注", "完成时间"]]
    for n in range(620):
        rows.append(
            [
                f"问题{n}\u0007"
                if n == 5
                else (
                    "=SUM(A1:A2)"
                    if n == 7
                    else f"  问题{n % 50}号窗口排队  "
                    + "群众反映等候时间过长，叫号系统时常出错" * (n % 4 == 0)
                ),
                ["已完成", "正在整改", "基本完成"][n % 3],
                f"2024.{n % 12 + 1}.{n % 28 + 1}",
                "+1" if n == 9 else "",
                "2024.7.1" if n % 3 == 0 else "",
            ]
        )
    path = write_return(tmp_path / "市民政局.xlsx", rows)
    merge = merge_ledgers([path], units, AS_OF)
    metrics = compute_metrics(merge.ledger, AS_OF)
    monkeypatch.setattr(workbook, "BULK_ROWS", 100)  # 总台账 and 超期清单 both streamed, sharing strings
    streamed = write_master(tmp_path / "streamed.xlsx", MasterContent.of(merge), metrics)
    monkeypatch.setattr(workbook, "BULK_ROWS", 10**9)
    direct = write_master(tmp_path / "direct.xlsx", MasterContent.of(merge), metrics)
    (a_cells, a_tables), (b_cells, b_tables) = _cells(streamed), _cells(direct)
    assert a_tables == b_tables and a_tables["总台账"]["Ledger"].endswith("621")
    for sheet in ("总台账", "超期清单", "校验问题"):
        assert len(a_cells[sheet]) == len(b_cells[sheet]) > (0 if sheet == "校验问题" else 200)
        for r, (x, y) in enumerate(zip(a_cells[sheet], b_cells[sheet], strict=True)):
            assert [v[:2] for v in x] == [v[:2] for v in y], (sheet, r)
            assert [v[2] for v in x if v[0] is not None] == [v[2] for v in y if v[0] is not None], (sheet, r)
    heights = [
        {r: d.height for r, d in load_workbook(path)["总台账"].row_dimensions.items() if d.height}
        for path in (streamed, direct)
    ]
    # the long 问题描述 rows grow (XlsxWriter rounds a height to whole pixels: 26 pt -> 26.25)
    assert heights[0].keys() == heights[1].keys() and len(heights[0]) > 100
    assert all(abs(heights[0][r] - heights[1][r]) < 0.5 for r in heights[0])
    ledger = load_workbook(streamed)["总台账"]
    formula = next(c for row in ledger.iter_rows() for c in row if c.value == "=SUM(A1:A2)")
    assert formula.data_type == "s"


@pytest.mark.parametrize("width", [10, 30, 60])
def test_row_heights_count_wide_and_narrow_characters_and_line_breaks(width):
    from ledgerdesk.outputs.workbook import _lines, _lines_of

    texts = [
        "窗口排队时间长" * 6,  # 42 CJK characters
        "Window queue " * 8,  # 104 narrow characters
        "第1条：" + "材料多" * 5 + "\n第2条：已整改",
        "\n".join(["短"] * 20),  # more lines than a row shows
        "a" * 500,
    ]
    lines = _lines_of(texts, width)
    assert lines == [_lines(t, width) for t in texts]
    room = width - 1.5  # the ragged ends of wrapped lines take room
    assert lines[0] == min(15, math.ceil(42 * 1.8 / room))  # CJK: 1.8 units each
    assert lines[1] == min(15, math.ceil(104 * 1.0 / room))  # the others: 1 unit
    # two paragraphs, each on its own lines: 19 characters (18 wide) and 7 (6 wide)
    assert lines[2] == math.ceil((1.0 * 19 + 0.8 * 18) / room) + math.ceil((1.0 * 7 + 0.8 * 6) / room)
    assert lines[3] == 15  # capped: a row never grows past 15 lines
    assert lines[4] == min(15, math.ceil(500 * 1.0 / room))


def test_row_heights_are_the_tallest_cell_of_each_row_whether_texts_repeat_or_not():
    """row_heights measures a column of mostly different texts (问题描述) text by text and a column
    of repeated ones (整改措施, statuses) once per text; either way a row is as tall as its
    tallest cell, and a row of one-line cells keeps the default height."""
    from ledgerdesk.outputs.workbook import LINE_HEIGHT, _lines, row_heights

    rng = random.Random(3)
    n = 400
    unique = [
        ("窗口排队" * rng.randint(1, 12)) + f"第{i}项" + ("\n补充" if i % 17 == 0 else "") for i in range(n)
    ]
    repeated = [rng.choice(["已整改", "梳理流程，压减环节，明确专人负责" * 2, ""]) for _ in range(n)]
    mixed = [rng.choice([None, 3, date(2024, 6, 30), "短", "很长的说明文字" * 8]) for _ in range(n)]
    one_line = [f"{i}" for i in range(n)]
    columns, widths = [unique, repeated, mixed, one_line], [26, 20, 14, 10]
    expected = []
    for row in zip(*columns, strict=True):
        most = max(_lines(v, w) for v, w in zip(row, widths, strict=True))
        expected.append(LINE_HEIGHT * most + 2 if most > 1 else None)
    assert row_heights(columns, widths, n) == expected
    assert any(h is None for h in expected) and len(set(expected)) > 5
    assert row_heights([one_line], [10], n) == [None] * n


def test_every_kind_of_value_is_written_alike_cell_by_cell_and_streamed(tmp_path, monkeypatch):
    """sheetdata.cell_value is the one rule: XlsxWriter's cells and the streamed rows (each of its
    column fast paths and the value-by-value path) give the same cells for every kind of value."""
    import numpy as np
    import xlsxwriter

    from ledgerdesk.outputs import workbook
    from ledgerdesk.outputs.sheetdata import stream_rows

    mixed = [None, "", "整改中", "=SUM(A1)", "@x", True, False, 0, 3, 2.5, float("nan"), float("inf")]
    mixed += [pd.NaT, date(2024, 5, 1), datetime(2024, 5, 1, 13, 30), pd.Timestamp("2024-05-02 08:15")]
    mixed += [np.int64(7), np.float64(1.25), Decimal("1.5"), -float("inf")]
    n = len(mixed)
    frame = Table(
        {
            "混合": mixed,
            "文字": [f"第{i}行" if i % 3 else "" for i in range(n)],
            "日期": [date(2024, 1, i + 1) if i % 4 else None for i in range(n)],
            "整数": list(range(n)),
            "数字": [None if i % 5 == 0 else i / 4 for i in range(n)],
            "完成率": [i / n for i in range(n)],
        }
    )

    def write(path: Path, streamed: bool) -> Path:
        monkeypatch.setattr(workbook, "BULK_ROWS", 0 if streamed else 10**9)
        book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_urls": False})
        ws = book.add_worksheet("表")
        bulk: list = []
        workbook._table(book, ws, workbook._formats(book), "T", frame, bulk=bulk)
        book.close()
        stream_rows(path, bulk)
        assert bool(bulk) == streamed
        return path

    (a, _), (b, _) = (
        _cells(write(tmp_path / "streamed.xlsx", True)),
        _cells(write(tmp_path / "direct.xlsx", False)),
    )
    assert a["表"] == b["表"]
    column = [row[0] for row in a["表"][1:]]
    assert [v for v, _, _ in column[:10]] == [None, None, "整改中", "=SUM(A1)", "@x", "是", None, 0, 3, 2.5]
    assert column[3][1] == "s"  # text that looks like a formula stays text
    assert [v for v, _, _ in column[10:13]] == [None, None, None]  # NaN, infinity, NaT: nothing
    assert column[14][0] == datetime(2024, 5, 1, 13, 30) and column[14][2] == "yyyy-mm-dd"
    assert [v for v, _, _ in column[16:]] == [7, 1.25, "1.5", None]


def test_a_failure_while_compressing_rows_in_the_background_reaches_the_writer():
    """The rows of a big sheet are compressed in a second thread; a disk that fills up there must
    stop the master being written (the old one stays), not leave a truncated file or a thread."""
    import threading

    from ledgerdesk.outputs.sheetdata import _Background

    class Full:
        written: list[bytes] = []

        def write(self, data: bytes) -> None:
            if len(self.written) == 2:
                raise OSError(28, "No space left on device")
            self.written.append(data)

    member = Full()
    with pytest.raises(OSError, match="No space left"):
        with _Background(member) as out:
            for n in range(50):
                out.write(b"<row/>" * n)
    assert member.written == [b"", b"<row/>"]  # in order, and nothing after the failure
    assert not [t for t in threading.enumerate() if t.name == "ledgerdesk-zip"]


@pytest.mark.parametrize("seed", range(5))
def test_texts_numbered_all_at_once_get_the_same_shared_strings_as_one_by_one(seed):
    """A column of mostly different texts is added to the shared-string table all at once; the
    table (order, indices, escapes of control characters and of _xHHHH_, the 32,767-character cut)
    is the one adding them one by one makes."""
    from ledgerdesk.outputs.sheetdata import MAX_CELL, _number, _shared

    rng = random.Random(seed)
    pool = ["窗口排队时间长", "", "指引\x07不清", "写着_x0041_的原文", "长" * (MAX_CELL + 5), " 前后空格 "]
    texts = [rng.choice(pool) if rng.random() < 0.3 else f"问题{rng.randrange(40)}" for _ in range(80)]
    known = {"窗口排队时间长": 7}  # added by an earlier block of rows (XlsxWriter wrote 7 strings)
    one_by_one: tuple[list[str], dict[str, int]] = (["窗口排队时间长"], dict(known))
    for t in texts:
        if t:
            _shared(t, 7, *one_by_one)
    at_once: tuple[list[str], dict[str, int]] = (["窗口排队时间长"], dict(known))
    _number(dict.fromkeys(texts), 7, *at_once)
    assert at_once == one_by_one
    assert any("_x0007_" in a for a in at_once[0]) or "指引\x07不清" not in texts

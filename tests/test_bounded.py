"""Bounded work per input: one odd return costs what any return costs, and never stops the others."""

from __future__ import annotations

import random
import time
import zipfile
from datetime import date, timedelta
from pathlib import Path

import xlsxwriter
from openpyxl import load_workbook

from conftest import AS_OF, write_return
from ledgerdesk.reading.merge import merge_ledgers
from ledgerdesk.reading.sources import _Input, _listed, _zip_listing
from ledgerdesk.reading.workdays import WorkCalendar


def _data(source: Path | bytes) -> bytes:
    return source.read_bytes() if isinstance(source, Path) else source


def _inflated_size(source: Path | bytes) -> int:
    """What a return unzips to, as the reader works it out before inflating anything (0: no zip)."""
    listing = _zip_listing(_Input("x", _data(source)))
    return listing.inflated if listing else 0


def _directory_sizes(source: Path | bytes) -> int | None:
    """The same, read straight off a plain zip's central directory; None where zipfile must read it."""
    listing = _listed(_data(source))
    return listing.inflated if listing else None


def _walk_between(cal: WorkCalendar, start: date, end: date) -> int:
    n, day = 0, start
    while day < end:
        day += timedelta(days=1)
        n += cal.is_workday(day)
    return n


def test_working_days_are_counted_arithmetically_and_agree_with_a_day_by_day_walk():
    rng = random.Random(7)
    overrides = WorkCalendar([date(2024, 3, 5), date(2030, 1, 2)], [date(2024, 3, 9), date(2030, 1, 5)])
    for cal in (WorkCalendar(), overrides):
        for _ in range(400):
            start = date(2002, 1, 1) + timedelta(days=rng.randrange(365 * 30))
            end = start + timedelta(days=rng.randrange(-5, 300))
            count = rng.randrange(0, 40)
            assert cal.workdays_between(start, end) == _walk_between(cal, start, end), (start, end)
            walked, day = 0, start
            while walked < count:
                day += timedelta(days=1)
                walked += cal.is_workday(day)
            assert cal.add_workdays(start, count) == day, (start, count)
    began = time.perf_counter()
    assert WorkCalendar().workdays_between(date(2024, 1, 1), date(9999, 12, 31)) > 2_000_000
    WorkCalendar().add_workdays(date(2024, 1, 1), 100_000)
    assert time.perf_counter() - began < 0.5  # day by day, this took a minute


def test_far_future_dates_and_huge_durations_are_reported_not_counted(tmp_path, units):
    rows = [
        ["问题描述", "发现时间", "整改时限", "整改状态"],
        ["年份写错", "2024.6.1", "9999-12-31", "正在整改"],
        ["时限太长", "2024.6.1", "999个月内", "正在整改"],
        ["很多工作日", "2024.6.1", "999个工作日内", "正在整改"],
        ["正常", "2024.6.1", "2024.6.30", "正在整改"],
    ]
    began = time.perf_counter()
    result = merge_ledgers([write_return(tmp_path / "市统计局.xlsx", rows)], units, AS_OF)
    assert time.perf_counter() - began < 5
    assert result.counts["merged"] == 4
    assert result.ledger["整改时限"][:2] == [None, None]
    assert result.ledger["整改时限"][3] == date(2024, 6, 30)
    flagged = {(p.row, p.code) for p in result.report}
    assert {(2, "unparseable-date"), (3, "unparseable-date")} <= flagged


def test_one_return_that_breaks_the_reader_is_named_and_the_rest_merges(tmp_path, units, monkeypatch):
    from ledgerdesk.reading import merge

    good = write_return(tmp_path / "市统计局.xlsx", [["问题描述", "整改状态"], ["材料多", "已完成"]])
    bad = write_return(tmp_path / "市气象局.xlsx", [["问题描述", "整改状态"], ["排队久", "已完成"]])
    real = merge.normalize_table

    def broken(table, *args, **kwargs):
        if table.file == bad.name:
            raise IndexError("list index out of range")  # a bug a strange layout might still hit
        return real(table, *args, **kwargs)

    monkeypatch.setattr(merge, "normalize_table", broken)
    result = merge_ledgers([good, bad], units, AS_OF)
    assert result.ledger["来源文件"] == [good.name]
    (problem,) = [p for p in result.report if p.file == bad.name]
    assert problem.code == "file-unreadable" and "读取时程序出错" in problem.message
    assert [f.status for f in result.files] == ["merged", "rejected"]


def test_files_with_the_same_names_in_same_named_folders_are_told_apart(tmp_path, units):
    paths = []
    for group, unit in (("一组", "市司法局"), ("二组", "市民政局")):
        folder = tmp_path / group / "报送"
        folder.mkdir(parents=True)
        paths.append(
            write_return(
                folder / "台账.xlsx", [["责任单位", "问题描述", "整改状态"], [unit, "问题", "已完成"]]
            )
        )
    result = merge_ledgers(paths, units, AS_OF)
    assert sorted(result.ledger["来源文件"]) == ["一组/报送/台账.xlsx", "二组/报送/台账.xlsx"]


def test_empty_merged_cells_anywhere_below_the_table_are_harmless(tmp_path, units):
    path = tmp_path / "市统计局.xlsx"
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet()
    ws.write_row(0, 0, ["问题描述", "整改时限", "整改状态"])
    ws.write_row(1, 0, ["材料多", "2024.6.30", "已完成"])
    ws.merge_range("A20:C25", "")  # formatted, merged and empty, far below the data
    ws.merge_range("E2:E40", "")
    book.close()
    result = merge_ledgers([path], units, AS_OF)
    assert result.counts == {"read": 1, "merged": 1, "rejected": 0, "superseded": 0}


def test_console_markup_in_a_cell_is_printed_as_text(tmp_path):
    from test_cli import run

    inbox = tmp_path / "收件箱"
    inbox.mkdir()
    write_return(
        inbox / "台账.xlsx",
        [
            ["责任单位", "问题描述", "整改时限", "整改状态"],
            ["见附件[/b]办", "材料多[red]", "2024.6.1", "正在整改"],
        ],
    )
    proc = run("stats", inbox, "--out", tmp_path / "out", "--as-of", "2024-07-31")
    assert proc.returncode == 0, proc.stderr
    assert "见附件[/b]办" in proc.stdout and "Traceback" not in proc.stderr


def test_every_entry_of_the_inbox_is_accounted_for_with_its_reason(tmp_path, monkeypatch):
    import json
    import os
    import shutil

    from test_cli import run

    from ledgerdesk.reading import merge

    inbox = tmp_path / "收件箱"
    (inbox / "子文件夹").mkdir(parents=True)
    write_return(
        inbox / "市统计局.xlsx ", [["问题描述", "整改状态"], ["材料多", "已完成"]]
    )  # a trailing space
    write_return(inbox / "子文件夹" / "市气象局.xlsx", [["问题描述", "整改状态"], ["排队久", "已完成"]])
    (inbox / "附件.zip").write_bytes(b"PK\x05\x06" + b"\x00" * 18)
    (inbox / "说明.docx").write_bytes(b"doc")
    (inbox / "~$市统计局.xlsx").write_bytes(b"lock")
    (inbox / ".DS_Store").write_bytes(b"")
    old = run("run", "--out", tmp_path / "旧")
    assert old.returncode == 0
    shutil.copyfile(tmp_path / "旧" / "汇总台账.xlsx", inbox / "上周的汇总.xlsx")  # an old master, renamed

    proc = run("merge", inbox, "--out", tmp_path / "out", "--as-of", "2024-07-31", "--json")
    files = {f["file"]: f for f in json.loads(proc.stdout)["files"]}
    assert files["市统计局.xlsx "]["status"] == "merged" and files["市气象局.xlsx"]["status"] == "merged"
    # every other file is read by what it holds and named with why it gave no item
    assert files["附件.zip"]["status"] == files["说明.docx"]["status"] == "rejected"
    assert files["~$市统计局.xlsx"]["status"] == files[".DS_Store"]["status"] == "skipped"
    assert files["上周的汇总.xlsx"]["status"] == "rejected" and files["上周的汇总.xlsx"]["rows"] == 0
    notes = json.loads(proc.stdout)["notes"]
    assert "另有 2 个文件未读取（见「说明」的文件表）：" in notes[-1] and "临时锁文件" in notes[-1]
    assert notes[0].startswith("5 个文件中 3 个未采用：")
    problems = {(p["file"], p["code"]): p["message"] for p in json.loads(proc.stdout)["problems"]}
    assert "压缩包中没有文件" in problems[("附件.zip", "file-unreadable")]
    assert "不是台账" in problems[("说明.docx", "file-unreadable")]
    assert ("上周的汇总.xlsx", "file-is-master") in problems
    assert "临时锁文件" in problems[("~$市统计局.xlsx", "file-skipped")]  # named, not only a note
    about = [
        r[6]
        for r in load_workbook(tmp_path / "out" / "汇总台账.xlsx")["说明"].iter_rows(values_only=True)
        if len(r) > 6 and r[0] == ".DS_Store"
    ]
    assert about == ["未读取：隐藏文件"]

    real_walk = os.walk  # a folder the clerk's account may not open (root reads everything here)

    def walk(top, onerror=None, **kwargs):
        onerror(PermissionError(13, "Permission denied", str(inbox / "机密")))
        yield from real_walk(top, **kwargs)

    monkeypatch.setattr(merge.os, "walk", walk)
    found = merge.survey_inbox(inbox)
    assert ("机密/", "文件夹无法打开（没有权限），其中的文件未读取") in found.skipped


def test_control_characters_and_huge_cells_leave_every_output_valid(tmp_path):
    from docx import Document
    from openpyxl import Workbook

    from ledgerdesk.jobs import brief, notices_folder, process
    from ledgerdesk.reading.settings import Settings

    inbox = tmp_path / "收件箱"
    inbox.mkdir()
    description = "窗口\x0b排队<&>长\x01"  # a Word soft break pasted into Excel, markup characters, a control
    write_return(
        inbox / "市统计局.xlsx",
        [["问题描述", "整改时限", "整改状态"], [description, "2024.6.30", "正在整改"]],
    )
    book = Workbook()  # a writer that does not stop at Excel's 32,767 characters, as some do
    book.active.append(["问题描述", "整改时限", "整改状态", "整改进展"])
    book.active.append(["材料多", "2024.6.30", "正在整改", "进展" * 20000])
    book.save(inbox / "市气象局.xlsx")
    settings = Settings(as_of=AS_OF)
    job = process(inbox, tmp_path / "out", settings)
    assert ("cell-too-long", "整改进展") in {(p.code, p.column) for p in job.merge.report}
    docs = brief(job, settings, tmp_path / "out", notices_dir=notices_folder(tmp_path / "out", AS_OF))
    ledger = load_workbook(tmp_path / "out" / "汇总台账.xlsx")["总台账"]
    header = [c.value for c in ledger[1]]
    values = {ledger.cell(row=r, column=header.index("问题描述") + 1).value: r for r in (2, 3)}
    assert any("<&>" in v for v in values)
    longest = max(len(ledger.cell(row=r, column=header.index("整改进展") + 1).value or "") for r in (2, 3))
    assert longest == 32767
    for path in (docs.briefing, *docs.notices):
        document = Document(str(path))  # every document opens: its XML is valid
        text = "\n".join(p.text for p in document.paragraphs)
        text += "".join(c.text for t in document.tables for r in t.rows for c in r.cells)
        if "市统计局" in text:
            assert "排队<&>长" in text, path.name  # kept, next to the control character that went
    assert len(docs.notices) == 2


def _listed_size(path: Path) -> int:
    with zipfile.ZipFile(path) as z:
        return sum(info.file_size for info in z.infolist())


def test_the_unzipped_size_is_read_from_the_zip_directory_as_zipfile_lists_it(tmp_path):
    """The zip-bomb guard reads a plain workbook's central directory itself (in the bytes read,
    or in the file mapped); every workbook of the corpora gives zipfile's total, and the zips it
    does not read itself — a comment, data before the archive, zip64 entries, a cut-off file — are
    read by zipfile."""
    root = Path(__file__).parents[1]
    books = [
        p
        for p in sorted([*root.glob("tests/data/**/*"), *root.glob("workbooks/returns/**/*")])
        if p.is_file() and zipfile.is_zipfile(p)
    ]
    assert len(books) > 40
    read_directly = 0
    for path in books:  # read from the file, and from its bytes (how read_workbook reads a return)
        assert _inflated_size(path) == _inflated_size(path.read_bytes()) == _listed_size(path), path.name
        read_directly += _directory_sizes(path) is not None
        assert _directory_sizes(path.read_bytes()) == _directory_sizes(path)
    assert read_directly >= len(books) - 2  # Excel's, WPS's, LibreOffice's and XlsxWriter's files alike

    book = books[0]
    commented = tmp_path / "comment.xlsx"
    with zipfile.ZipFile(book) as src, zipfile.ZipFile(commented, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.comment = b"saved by a mail gateway"
    prefixed = tmp_path / "prefixed.xlsx"
    prefixed.write_bytes(b"\0" * 1000 + book.read_bytes())
    big = tmp_path / "zip64.xlsx"
    with zipfile.ZipFile(big, "w") as z, z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
        member.write(b"<x/>" * 1000)
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(book.read_bytes()[:-10])
    for path in (commented, prefixed):
        assert _directory_sizes(path) is None and _directory_sizes(path.read_bytes()) is None
        assert _inflated_size(path) == _inflated_size(path.read_bytes()) == _listed_size(path) > 0, path.name
    assert _inflated_size(big) == _inflated_size(big.read_bytes()) == _listed_size(big) == 4000  # zip64
    assert _directory_sizes(cut) is None and _directory_sizes(cut.read_bytes()) is None
    assert _inflated_size(cut) == _inflated_size(cut.read_bytes()) == 0  # not a zip: calamine says so
    assert _directory_sizes(b"PK") is None and _inflated_size(b"PK") == 0  # shorter than the end record


def test_a_return_too_big_to_read_into_memory_is_read_from_disk_alike(units, monkeypatch):
    """A return is read into memory at once unless it is bigger than READ_WHOLE; then calamine
    reads it from disk. Both ways give the same tables, rows and problems, for every sample return."""
    from ledgerdesk.reading import intake, sources

    returns = sorted((Path(__file__).parents[1] / "workbooks" / "returns").glob("*.xlsx"))
    assert len(returns) > 30

    def read_all() -> list[tuple]:
        books = [intake.read_workbook(p, units) for p in returns]
        return [
            (
                b.file,
                b.mtime,
                [(t.sheet, t.header_row, [tuple(r) for _, r in t.rows]) for t in b.tables],
                b.problems,
            )
            for b in books
        ]

    in_memory = read_all()
    monkeypatch.setattr(sources, "READ_WHOLE", 0)
    opened = []
    from_path = sources.calamine.CalamineWorkbook.from_path
    monkeypatch.setattr(
        sources.calamine.CalamineWorkbook,
        "from_path",
        lambda p: opened.append(p) or from_path(p),
        raising=True,
    )
    assert read_all() == in_memory
    assert len(opened) == len(returns)  # each read from disk this time

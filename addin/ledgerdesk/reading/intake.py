"""One return file -> raw ledger tables with provenance (file, sheet, Excel row).

The stages, each a module: sources.py opens a file by what it is (a workbook through calamine, a
CSV, a Word document's tables, a zip of returns) into sheets of cells; shapes.py finds the table in
a sheet (its header by its words or its shape; ticks under a two-row header) and forms.py reads a
label|text form; headers.py tells what each column means; rows.py which rows are items;
preamble.py which unit sent the return and when. The original values travel on to normalize.py.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Any

from ..model import Col
from .cells import as_text
from .dates import parse_date
from .forms import (
    Form,
    is_form_line,
    is_form_row,
    read_answers,
    read_dashed,
    read_form,
    read_letters,
    read_list,
    read_replies,
)
from .headers import (
    CLERK,
    CONTENT,
    CONTENT_SAMPLE,
    KEPT_HOW,
    ROLE,
    Field,
    classify_header,
    clerk_columns,
    infer_by_content,
    name_items,
)
from .preamble import SENTENCE, org_name, read_preamble, year_said
from .problems import ERROR, Problem, make_problem
from .progress import BRACKETED
from .rows import drop_checked_fine, fill_down, item_rows, join_spans
from .schema import OWN_SECTIONS, Unit, UnitDirectory, Vocabulary, clean_header, lower_header
from .shapes import (
    LABEL_MAX,
    SCAN_LIMIT,
    find_header,
    next_header,
    read_facets,
    read_labelled_cells,
    read_second_closure,
    read_ticks,
)
from .sources import Source, open_return

HEADER_SCAN_ROWS = 30
FORM_WIDTH = 8  # cells in a line of label | text pairs at most (four pairs)
# Sheets that explain the return (填表说明, 目录, 下拉选项): read only under a header that is clearly
# a ledger's (three ledger columns, or 问题描述 and 整改状态), never a "问题描述 | 填写要求" list.
INSTRUCTIONS = re.compile(r"说明|填表|目录|封面|字典|下拉")
PRAISE = re.compile(
    r"亮点|好的做法|经验做法|典型经验|表扬|先进典型|值得推广"
)  # a heading over rows that are no problems
OWN_DATE = re.compile(
    r"^本(通报|通知|文|函|清单|表)?(印发|下发|发布|发出)?$"
)  # counted from the return's own date
NUMBERED_HEADING = re.compile(r"^\s*([一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十]+[）)])")
HEADING_MAX = 60  # characters of a heading between items at most
NOTE_MARK = re.compile(r"[，。；！？,;!?]")  # a header cell with a sentence's marks is a note


FILE_RULE_FROM = "文件设置"


@dataclass
class RawTable:
    """The rows of one ledger found in one sheet, values as the unit typed them."""

    file: str
    sheet: str
    header_row: int  # Excel row number of the (last) header row
    fields: list[Field]
    rows: list[tuple[int, Sequence[object]]]  # (Excel row, cell values)
    unit: Unit | None = None
    unit_text: str | None = None  # 填报单位 as written, when it names no known unit
    unit_from: str = ""  # where the unit was read: 填报单位, 标题, 落款, 文件名 … (读取情况)
    unit_fixed: bool = False  # the clerk's 文件设置 names the unit of every row
    report_date: date | None = None
    problems: list[Problem] = field(default_factory=list)
    extras: list[Field] = field(default_factory=list)  # columns the ledger model does not know
    base_date: tuple[date, str] | None = None  # start of relative deadlines, and where it came from
    filled: dict[int, list[str]] = field(default_factory=dict)  # Excel row -> headers filled down
    # The cells of ``rows`` column by column, empty cells as "", when the row filter made them
    # already (rows of equal length, the items first): (the rows they were made from, the columns).
    transposed: tuple[list[Any], list[Sequence[object]]] | None = None
    ends_at: int | None = None  # the grid row where another table of the sheet begins
    deadline_rule: str | None = None  # a deadline the lines around the table set for all (三个月内)
    # deadlines set by kind ("一般问题3个工作日内办结；较复杂的问题10个工作日"): (what the rule is for, 时限)
    deadline_rules: list[tuple[str, str]] = field(default_factory=list)
    deadline_start: str | None = None  # what relative deadlines count from, said around the table (领导批示)
    immediate_start: str | None = None  # what 立行立改 counts from, when a note names it apart (督查当日)
    deadline_column: str | None = None  # the column a note says holds each item's time (计划开展时间)
    responsible: str | None = None  # who a note says answers for each item, named as a column's (用户)
    base_said: tuple[str, str] | None = None  # an event's day told without its year: (day, event)
    dated: dict[str, date] = field(default_factory=dict)  # days named around the table: 审计报告 -> 6月14日
    # periods named there: 攻坚期 -> its end (9月8日 as written when no year is said: the items' year)
    periods: dict[str, date | str] = field(default_factory=dict)
    # Excel row -> the heading over it ("恒利购物广场（责任单位：市消防支队）", "市政府第26次常务会议（2024年7月9日）")
    headings: dict[int, str] = field(default_factory=dict)
    # code legends written around the table (完成情况代码：1-待接收 … 6-完成): (what it is for, code -> word)
    legends: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    spans: list[tuple[int, int, int]] = field(default_factory=list)  # cells merged down: (column, Excel rows)

    @property
    def canonical(self) -> set[str]:
        return {t for f in self.fields for t in f.targets}

    @property
    def sender(self) -> str:
        """The name of the unit that sent the table (its 填报单位, title or 落款); "" when none is known."""
        return self.unit.name if self.unit is not None else self.unit_text or ""

    def keep_apart(self, fields: Sequence[Field], how: str | None = None) -> None:
        """``fields`` feed no ledger column any more: each stays a column of its own, as written, with
        what it would have fed kept as its ``alt`` (``how``: why, when not the field's own)."""
        if not fields:
            return
        gone = {id(f) for f in fields}
        self.fields = [f for f in self.fields if id(f) not in gone]
        kept = [Field(f.index, f.header, (), how or f.how, f.targets) for f in fields]
        self.extras = sorted([*self.extras, *kept], key=lambda f: f.index)

    def columns(self) -> list[Sequence[object]] | None:
        """The cells column by column, if intake made them for exactly these rows."""
        if self.transposed is not None and self.transposed[0] is self.rows:
            return self.transposed[1]
        return None


@dataclass
class WorkbookRead:
    file: str
    path: Path
    tables: list[RawTable]
    problems: list[Problem]
    mtime: float = 0.0


def read_workbook(
    path: str | Path, units: UnitDirectory, name: str | None = None, vocabulary: Vocabulary | None = None
) -> WorkbookRead:
    """Every ledger table in one return file, with the problems that stop a sheet or the file (the
    first return of a zip; ``read_returns`` gives them all)."""
    return read_returns(path, units, name, vocabulary)[0]


def read_returns(
    path: str | Path, units: UnitDirectory, name: str | None = None, vocabulary: Vocabulary | None = None
) -> list[WorkbookRead]:
    """The returns in a file, each with its ledger tables and the problems that stop a sheet or the
    file: one for a workbook, a CSV or a Word document, one per return in a zip (sources.py tells
    what a file is by its content).

    ``name`` is how the file is named in problems and provenance (default: its file name);
    ``vocabulary`` carries the clerk's 列对照.
    """
    path = Path(path)
    return [read_source(source, path, units, vocabulary) for source in open_return(path, name or path.name)]


def read_source(
    source: Source, path: Path, units: UnitDirectory, vocabulary: Vocabulary | None = None
) -> WorkbookRead:
    """The ledger tables in each sheet (or Word table) of one return."""
    name = source.name
    problems = list(source.problems)
    tables: list[RawTable] = []
    for grid in source.grids:
        header_row = vocabulary.file_rule(name, grid.sheet)[1] if vocabulary else 0
        found = read_tables(grid.rows, grid.merged, name, grid.sheet, units, vocabulary, header_row)
        tables.extend(found)
        rows = sum(len(table.rows) for table in found)
        if found and grid.hidden and rows:
            problems.append(make_problem("hidden-sheet", name, sheet=grid.sheet, value=rows))
        elif not found and _has_content(grid.rows) and not INSTRUCTIONS.search(grid.sheet):
            problems.append(make_problem("sheet-skipped", name, sheet=grid.sheet))
    if source.prose is not None and sum(len(t.rows) for t in tables) <= 1:
        # no table of the document is a ledger (or one that reads as a single row: 被督导学校 | 督导时间
        # over a report whose items are its numbered paragraphs): its paragraphs
        found = read_tables(source.prose.rows, [], name, source.prose.sheet, units, vocabulary)
        if sum(len(t.rows) for t in found) > sum(len(t.rows) for t in tables):
            tables = found
            problems = [p for p in problems if p.code != "sheet-skipped"]
    said = [t for t in tables if (t.unit is not None or t.unit_text) and t.unit_from not in NAMES_FROM]
    sender = next(iter(said), None) or next((t for t in tables if t.unit is not None or t.unit_text), None)
    for t in tables:  # one return, one sender: 表格2 of a document under the title over 表格1
        # (the file's name guessed the unit of a table the return says nothing over; the 填报单位 over
        # its first table is the return's: 华龙分局 in the name, 濮阳市公安局华龙分局 over 表格1)
        if sender is not None and (t.unit is None and not t.unit_text or t.unit_from == "文件名" and said):
            t.unit, t.unit_text = sender.unit, sender.unit_text
            t.unit_from = f"同一文件「{sender.sheet}」的{sender.unit_from}"
        if vocabulary and (fixed := vocabulary.file_rule(name, t.sheet)[0]):
            t.unit = units.resolve(fixed) or units.find_in(fixed)
            t.unit_text, t.unit_fixed, t.unit_from = (None if t.unit else fixed), True, FILE_RULE_FROM
    for t in tables:
        _objects_not_units(t, units)
    if any(_by_words(t) for t in tables):  # beside a ledger, a sheet whose only guess is a text column
        for t in [t for t in tables if not _by_words(t) and _only_texts(t)]:  # (调度记录: 会议名称)
            tables.remove(t)
            problems.append(make_problem("sheet-skipped", name, sheet=t.sheet))
    if not tables and source.grids and not any(p.severity == ERROR for p in problems):
        problems = [p for p in problems if p.code != "sheet-skipped"]
        problems.append(source.when_none or make_problem("no-header", name))
    return WorkbookRead(name, path, tables, problems, source.mtime)


# The places or businesses a unit checked (排查对象, 被检查场所, 商户名称): what was checked, not who reports.
CHECKED_OBJECT = re.compile(
    r"^被?(检查|督查|抽查|巡查|排查|检测)(对象|单位|场所)(名称)?$"
    r"|^(场所|商户|店铺|门店|网点|经营户|经营者|经营主体|市场主体)(名称)?$"
)


def _objects_not_units(table: RawTable, units: UnitDirectory) -> None:
    """The places a unit checked are the units of their items (a shop puts right its own hazard) —
    except in a return where the sender answers for them itself: a self-check (自查台账 of a town:
    its villages, schools, works) or a list whose own column names the sender's section in charge of
    each (a county 市场监管局's 排查对象 beside 责任股所). There the items are the sender's, the places
    kept as a column, when the places are not units of the directory."""
    if table.unit is None and not table.unit_text:
        return
    headers = [clean_header(f.header) for f in (*table.fields, *table.extras)]
    named = f"{table.file}{table.sheet}"
    # (定点医药机构…自查自纠问题整改清单: each institution checked and corrects itself, compiled by the 医保局)
    if ("自查" not in named or "自查自纠" in named) and not any(OWN_SECTIONS.match(h) for h in headers):
        return
    field = next(
        (
            f
            for f in table.fields
            if f.targets == (Col.UNIT,) and f.how == ROLE and CHECKED_OBJECT.search(clean_header(f.header))
        ),
        None,
    )
    if field is None:
        return
    names = {
        as_text(v).strip() for _, row in table.rows if field.index < len(row) and (v := row[field.index])
    }
    known = sum(1 for n in names if units.resolve(n) or units.find_in(n))
    if not names or known * 2 >= len(names):
        return
    table.fields = [f for f in table.fields if f is not field]
    table.extras = sorted(
        [*table.extras, Field(field.index, field.header, (), KEPT_HOW)], key=lambda f: f.index
    )


def _by_words(table: RawTable) -> bool:
    """Whether any ledger column of a table was known by its header's words."""
    return any(f.how != CONTENT and not f.targets[0].startswith("_") for f in table.fields)


def _only_texts(table: RawTable) -> bool:
    """Whether the columns guessed from a table's cells are only its description."""
    return {t for f in table.fields for t in f.targets if not t.startswith("_")} <= {Col.DESCRIPTION}


def read_sheet(
    grid: Sequence[Sequence[object]],
    merged: list[tuple[tuple[int, int], tuple[int, int]]],
    file: str,
    sheet: str,
    units: UnitDirectory,
    vocabulary: Vocabulary | None = None,
    forced: int | None = None,
) -> RawTable | None:
    """The ledger in one sheet grid (row 0 = Excel row 1), or None when the sheet holds none;
    ``forced``: the grid row of the header when the clerk's 文件设置 names it.

    The steps: find the header (shapes.find_header), read what each column means (its header,
    then its cells), fill in cells merged down, keep the rows that are items (rows.item_rows), and
    read the lines above and below the table for the unit and dates (preamble.read_preamble)."""
    strict = bool(INSTRUCTIONS.search(sheet))
    top, spans_right = _header_rows(grid, merged, max(HEADER_SCAN_ROWS + 1, (forced or 0) + 4))
    clerk = clerk_columns(vocabulary, units, " ".join([Path(file).stem, sheet, *_texts(top[:5])]))
    header = find_header(top, spans_right, clerk, strict, forced)
    if (
        header is None and len(grid) > len(top) and forced is None
    ):  # a header further down, under a long preamble
        top, spans_right = _header_rows(grid, merged, SCAN_LIMIT)
        header = find_header(top, spans_right, clerk, strict)
    if header is None:
        return None
    start = header.last + 1
    sample = _sample(grid, start)
    # a note is no column — unless the rows fill it in (若有，请描述（楼号、班级、部位） over what was found)
    extras = [
        f
        for f in header.extras
        if f.how == CLERK or not _is_note(f.header) or _texts_under(sample, f.index) >= 2
    ]
    seen: Counter[str] = Counter()
    for f in extras:  # two columns under one header text stay two columns
        seen[f.header] += 1
        if seen[f.header] > 1:
            f.header = f"{f.header}（{seen[f.header]}）"
    table = RawTable(file=file, sheet=sheet, header_row=start, fields=header.fields, rows=[], extras=extras)
    table.filled = fill_down(grid, merged, start, [f.index for f in table.fields], table)
    read_ticks(table, sample)
    read_facets(table, sample)
    read_second_closure(table, sample)
    read_labelled_cells(table, grid, start)
    infer_by_content(table, units, sample)
    if header.by_shape and Col.DESCRIPTION not in table.canonical:
        return None  # labels over rows, but nothing a person would read as a problem: no ledger
    name_items(table, sample)
    rows, footer, skip = item_rows(
        grid, start, table.fields, grid[header.last] if header.last < len(grid) else []
    )
    table.ends_at = next_header(
        grid,
        start,
        table.fields,
        skip.columns,
        clerk,
        strict,
        grid[header.last] if header.last < len(grid) else (),
    )
    if table.ends_at is not None:  # another table below: this one ends above it (its title, its card)
        table.ends_at = _block_above(grid, table.ends_at, start)
        rows = _above(rows, table.ends_at)
        last = rows[-1][0] if rows else start  # the notes under it (其它需要说明的情况：限7日内整改到位)
        footer = [row for row in grid[last : table.ends_at] if skip.is_footer(row)]
    table.rows = rows
    join_spans(table)
    if fine := drop_checked_fine(table):
        table.problems.append(
            make_problem("checked-fine", file, sheet=sheet, row=fine[0], detail="、".join(map(str, fine)))
        )
    _headings(grid, table)
    if table.headings and (praised := [r for r, _ in table.rows if PRAISE.search(table.headings.get(r, ""))]):
        table.rows = [(r, v) for r, v in table.rows if r not in set(praised)]  # （一）工作亮点: no problems
        table.transposed = None
        table.problems.append(
            make_problem(
                "praised-rows", file, sheet=sheet, row=praised[0], detail="、".join(map(str, praised))
            )
        )
    if table.rows is rows and skip.columns is not None and rows and rows[-1][0] == start + len(rows):
        # the items are the first rows under the header (notes and blank rows may follow them)
        k = len(rows)
        table.transposed = (rows, [c if len(c) == k else c[:k] for c in skip.columns])
    read_preamble(table, top[: header.first], units)
    read_preamble(table, footer, units, below=True)
    _unit_from_names(table, units)
    _deadline_column(table)
    if table.deadline_start and OWN_DATE.search(table.deadline_start) and table.report_date is not None:
        table.base_date = (
            table.report_date,
            f"{table.deadline_start}日期",
        )  # 自本通报印发之日起: its own date
    if table.base_date is None and table.base_said is not None:  # 7月10日…检查, in the return's year
        table.base_date = _said_day(table, _year_in(top[: header.first]))
    if table.base_date is None and table.report_date is not None:
        table.base_date = (table.report_date, Col.REPORTED_ON)
    return table


def _said_day(table: RawTable, year: int | None = None) -> tuple[date, str] | None:
    """The day an event above the table was told without its year, in the return's year: its
    填报日期's, else the one its title names (2024年…物业管理小区常态检查情况通报)."""
    assert table.base_said is not None
    year = table.report_date.year if table.report_date else year or date.today().year
    day = parse_date(table.base_said[0], year).value
    return (day, f"表上方写明的{table.base_said[1]}日期") if day else None


def _year_in(rows: Sequence[Sequence[object]]) -> int | None:
    """The first year the lines above a table name (2024年…的通报), or None."""
    return next((year for row in rows for v in row if isinstance(v, str) and (year := year_said(v))), None)


def _is_note(header: str) -> bool:
    """A cell in the header row that is a note (请于7月31日前报送，逾期视为未报), not a column: a
    sentence, or a long text with a note's words (申请人 holds 请 and is a column)."""
    return bool(NOTE_MARK.search(header)) or (len(header) > LABEL_MAX and bool(SENTENCE.search(header)))


def read_tables(
    grid: Sequence[Sequence[object]],
    merged: list[tuple[tuple[int, int], tuple[int, int]]],
    file: str,
    sheet: str,
    units: UnitDirectory,
    vocabulary: Vocabulary | None = None,
    header_row: int = 0,
) -> list[RawTable]:
    """Every ledger table in one sheet: a header over rows, several such tables one under the other
    (已办结事项, then 未办结事项), or a label|text form (forms.read_form). ``header_row``: the Excel
    row of the first table's header when the clerk's 文件设置 says so."""
    tables: list[RawTable] = []
    offset = 0
    while offset < len(grid):
        part = grid if offset == 0 else grid[offset:]
        moved = merged if offset == 0 else _shift(merged, offset)
        forced = header_row - 1 if header_row and offset == 0 else None
        table = read_sheet(part, moved, file, sheet, units, vocabulary, forced)
        if forced is not None:
            if table is None:
                break  # the clerk's row holds no header: nothing read, the sheet is named
            tables.append(table)
            if table.ends_at is None:
                break
            offset = table.ends_at
            continue
        if (table is None or (offset == 0 and _weak(table, part))) and not INSTRUCTIONS.search(sheet):
            form = read_form(part)
            if offset == 0 and (table is None or _lone_header(table, part)):
                listed = (
                    read_answers(part)
                    or read_list(part)
                    or read_letters(part)
                    or read_dashed(part)
                    or read_replies(part)
                )
                if form is None or (listed is not None and _items_told(listed, form)):
                    form = listed
            if form is not None and (
                found := _form_table(form, part, file, sheet, units, vocabulary, offset)
            ):
                return [*tables, found]
        if table is None:
            break
        if offset:
            _move(table, offset)
            _inherit(table, tables[-1])
        tables.append(table)
        if table.ends_at is None or table.ends_at <= offset:
            break
        offset = table.ends_at  # (made a row of the whole sheet by _move)
    return tables


def _items_told(listed: Form, card: Form) -> bool:
    """Whether numbered items that name their own 整改要求, 整改情况 … (1.围墙外墙皮脱落。整改要求：…) are
    what a report is about, not the one card over them (被督导学校：… 督导时间：…) — or the same items as
    the form's, read with the lines between them that the form left unread (1.… 整改时限：… over
    一是…；二是…，已销号。): what was done on each."""
    if len(listed.grid) <= 2 or len(listed.grid[0]) <= 2:
        return False
    if len(card.grid) == len(listed.grid) and _columns_named(listed) > _columns_named(card):
        return True  # 一、存在的突出问题 … 四、工作要求 taken for labels: the numbered lines name more
    if set(card.rows[1:]) <= set(listed.rows[1:]) and _columns_named(listed) > _columns_named(card):
        # 1.问题…。整改措施：…。责任单位：…。 under 进展情况：… lines: the list reads every item the form
        # does (and one with no 进展情况 line the form passed over), with the labels inside each line
        return True
    if len(card.grid) > 2:
        return listed.rows[1:] == card.rows[1:] and len(listed.grid[0]) > len(card.grid[0])
    return listed.rows[1] > card.rows[-1]


def _columns_named(form: Form) -> int:
    """How many ledger columns a form's labels name."""
    return len({t for label in form.grid[0] for t in classify_header(label)[0] if not t.startswith("_")})


def _inherit(table: RawTable, first: RawTable) -> None:
    """A table lower in a sheet belongs to the same return: the unit and dates written above the
    first table are its own when nothing above it says otherwise."""
    if table.unit is None and (table.unit_text is None or first.unit is not None):
        table.unit, table.unit_text, table.unit_from = first.unit, first.unit_text, first.unit_from
    table.report_date = table.report_date or first.report_date
    table.base_date = table.base_date or first.base_date


def _lone_header(table: RawTable, grid: Sequence[Sequence[object]]) -> bool:
    """A "header" of one cell (现将发现的问题及整改情况报告如下：) over lines of a report: no table, the
    lines under it may be a numbered list."""
    return sum(v not in ("", None) for v in grid[table.header_row - 1]) == 1


def _weak(table: RawTable, grid: Sequence[Sequence[object]]) -> bool:
    """A header naming only two ledger columns, or one that is label | text pairs: maybe a form."""
    named = {t for f in table.fields for t in f.targets if not t.startswith("_")}
    if len(named) <= 2:
        return True
    header = grid[table.header_row - 1]
    return len(header) - header.count("") <= FORM_WIDTH and is_form_row(header)


def _form_table(
    form: Form,
    grid: Sequence[Sequence[object]],
    file: str,
    sheet: str,
    units: UnitDirectory,
    vocabulary: Vocabulary | None,
    offset: int,
) -> RawTable | None:
    """A form's blocks read as a table, each row given the Excel row of its first label; the lines
    after the last item (the 落款) read as a table's footer."""
    lines = [*form.preamble, *form.grid]
    table = read_sheet(lines, [], file, sheet, units, vocabulary)
    if table is None or table.header_row <= len(form.preamble):
        # labels a form gave its items (问题描述 | 责任单位): its header, however few — never a line above
        # them (现将发现的问题及整改情况报告如下：), which would count the labels as an item
        table = read_sheet(lines, [], file, sheet, units, vocabulary, forced=len(form.preamble))
    if table is None:
        return None
    dated = table.report_date
    read_preamble(table, grid[form.end :], units, below=True)
    if table.base_said is not None and dated is None and table.report_date is not None:
        table.base_date = _said_day(table)  # the year of the date the 落款 gives
    at = {k + 1: excel for k, excel in enumerate([0] * len(form.preamble) + form.rows)}
    table.rows = [(at[r], values) for r, values in table.rows]
    table.header_row = at[table.header_row]
    _headings(grid, table, listed=True)
    if offset:
        table.rows = [(r + offset, values) for r, values in table.rows]
        table.header_row += offset
        table.headings = {r + offset: text for r, text in table.headings.items()}
    table.transposed = None
    table.ends_at = None
    return table


def _shift(
    merged: list[tuple[tuple[int, int], tuple[int, int]]], offset: int
) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    return [((r1 - offset, c1), (r2 - offset, c2)) for (r1, c1), (r2, c2) in merged if r2 >= offset]


def _move(table: RawTable, offset: int) -> None:
    """Give a table read from rows lower down its rows' Excel numbers in the whole sheet."""
    columns = table.columns()
    table.rows = [(r + offset, values) for r, values in table.rows]
    table.transposed = (table.rows, columns) if columns is not None else None
    table.header_row += offset
    table.filled = {r + offset: headers for r, headers in table.filled.items()}
    if table.ends_at is not None:
        table.ends_at += offset


def _headings(grid: Sequence[Sequence[object]], table: RawTable, listed: bool = False) -> None:
    """The headings between the items, over the items under them (one text alone on its row): they
    may name the items' unit (恒利购物广场（责任单位：市消防支队）) or date them (市政府第24次常务会议
    （2024年6月7日）: relative deadlines count from there). In a list with no header (``listed``),
    the line right above the first item may be its heading: （一）市教育局."""
    first = _heading_above(grid, table.header_row - 1)  # 一、城关镇敬老院（公办） right over the header
    if listed and 0 < table.header_row <= len(grid):
        own = _only_text(grid[table.header_row - 1])
        # (its brackets may hold a sentence: 一、某景区（4A级，通报批评，限期3个月整改；整改责任单位：…）)
        plain = BRACKETED.sub("", own)
        first = own if own and len(own) <= HEADING_MAX and not SENTENCE.search(plain) else first
    if not table.rows or (table.rows[-1][0] - table.header_row == len(table.rows) and first is None):
        return  # the items fill every row under the header: no heading between them
    items = {r for r, _ in table.rows}
    heading = first
    for r in range(table.header_row + 1, table.rows[-1][0] + 1):
        if r in items:
            if heading:
                table.headings[r] = heading
            continue
        if (
            r <= len(grid)
            and len(text := _only_text(grid[r - 1])) <= HEADING_MAX
            and text
            and not LABELLED.match(text)
        ):
            heading = text  # (整改时限：7月20日前 under an item is a line of it, no heading)


LABELLED = re.compile(r"^[^\s：:，。；;,]{2,8}[：:]\s*\S")  # a label and its text (整改情况：已整改)


def _heading_above(grid: Sequence[Sequence[object]], header: int) -> str | None:
    """A numbered heading alone on the line right above a header (blank lines between allowed)."""
    r = header - 1  # the header's grid row is ``header``
    while r >= 0 and not any(v not in ("", None) for v in grid[r]):
        r -= 1
    if r < 0:
        return None
    text = _only_text(grid[r])
    return text if NUMBERED_HEADING.match(text) and len(text) <= HEADING_MAX else None


def _only_text(row: Sequence[object]) -> str:
    """The one text a row holds (merged across, it repeats), or "" when it holds none or several."""
    texts = {v.strip() for v in row if isinstance(v, str) and v.strip()}
    return texts.pop() if len(texts) == 1 else ""


def _deadline_column(table: RawTable) -> None:
    """A note says which column's time each item must be done by (各项抽查任务须在计划开展时间内完成; 时间节点
    以化解办结时间为准, beside 复查复核): that column is the deadline (its period's end), whatever was read
    before (kept as a column of its own); not over the clerk's word."""
    if table.deadline_column is None:
        return
    said = clean_header(table.deadline_column)
    column = next(
        (f for f in (*table.fields, *table.extras) if f.how != CLERK and lower_header(f.header) == said), None
    )
    if column is None or column.targets == (Col.DEADLINE,):
        return
    before = [f for f in table.fields if f.targets == (Col.DEADLINE,)]
    if any(f.how == CLERK for f in before):
        return
    table.fields = [f for f in table.fields if f is not column and f not in before]
    table.extras = [f for f in table.extras if f is not column]
    table.keep_apart(before)
    table.fields.append(Field(column.index, column.header, (Col.DEADLINE,), ROLE))  # named by the note


CARD_LINE = re.compile(r"^\s*[^：:\s]{1,10}[：:]\s*$")  # 名称： | 华龙区实验小学 — a card's label cell
TITLE_LINES = 2  # title lines over a table, at most


def _block_above(grid: Sequence[Sequence[object]], at: int, start: int) -> int:
    """Where the table whose header is grid row ``at`` begins: its header, with the title lines and
    the card (名称：… 地址：…, 负责人：…) right above it, which are that table's, not the items of the
    one above."""
    titles = 0
    card = False
    while at - 1 > start:
        row = grid[at - 1]
        cells = [v for v in row if v not in ("", None)]
        if not cells:
            break
        if (
            is_form_row(row)
            or (isinstance(cells[0], str) and CARD_LINE.match(cells[0]) and len(cells) <= 4)
            or (
                card and len(cells) == 2 and is_form_line(row)
            )  # 项目主要建设目标 | … between the card's lines
        ):
            card = True
            at -= 1
        elif len(set(map(str, cells))) == 1 and titles < TITLE_LINES:
            titles += 1
            at -= 1
        else:
            break
    return at


def _above(rows: list[tuple[int, Sequence[object]]], end: int) -> list[tuple[int, Sequence[object]]]:
    """The rows above grid row ``end``, less the title line of the table that starts there."""
    kept = [(r, v) for r, v in rows if r <= end]
    while (
        kept
        and kept[-1][0] >= end - 1
        and (sum(1 for x in kept[-1][1] if x not in ("", None)) == 1 or is_form_row(kept[-1][1]))
    ):
        end = kept.pop()[0]  # its title, and the card over it (名称：… 地址：…), contiguous
    return kept


def _header_rows(
    grid: Sequence[Sequence[object]], merged: list[tuple[tuple[int, int], tuple[int, int]]], limit: int
) -> tuple[list[list[object]], dict[int, list[tuple[int, int]]]]:
    """The top ``limit`` rows of a sheet as a person sees them (a merged cell's value in each of its
    cells), and the column ranges merged across in each row."""
    top = [list(r) for r in grid[:limit]]
    spans_right: dict[int, list[tuple[int, int]]] = {}
    for (r1, c1), (r2, c2) in merged:
        if r1 >= limit:
            continue
        if c2 > c1:
            spans_right.setdefault(r1, []).append((c1, c2))
        value = top[r1][c1] if r1 < len(top) and c1 < len(top[r1]) else ""
        for r in range(r1, min(r2, limit - 1, len(top) - 1) + 1):
            row = top[r]
            if len(row) <= c2:
                row.extend([""] * (c2 + 1 - len(row)))
            for c in range(c1, c2 + 1):
                row[c] = value
    if not merged:  # a CSV or text table knows no merged cells: read the spans a person sees
        _spans_seen(top, spans_right)
    return top, spans_right


def _spans_seen(top: list[list[object]], spans_right: dict[int, list[tuple[int, int]]]) -> None:
    """A header cell followed by blank cells over a row of labels under them (缺损情况 | · over
    缺损数量 | 病害描述), the labels under the other header cells blank: the cell spans those columns,
    as a merged cell would; the cells beside it are filled down, as merged down ones would be."""
    for r in range(len(top) - 1):
        upper, lower = top[r], top[r + 1]
        labels = [c for c, v in enumerate(upper) if isinstance(v, str) and v.strip()]
        if len(labels) < 3:
            continue
        spans = []
        for k, c in enumerate(labels):
            end = (labels[k + 1] if k + 1 < len(labels) else len(upper)) - 1
            below = [lower[x] if x < len(lower) else "" for x in range(c, end + 1)]
            if end > c and all(isinstance(v, str) and v.strip() for v in below):
                spans.append((c, end))
        under = {x for c1, c2 in spans for x in range(c1, c2 + 1)}
        beside = [v for x, v in enumerate(lower) if x not in under and v not in ("", None)]
        if spans and not beside:
            spans_right[r] = spans
            for c1, c2 in spans:
                for x in range(c1 + 1, c2 + 1):
                    upper[x] = upper[c1]
            for x in range(len(lower)):
                if x not in under and x < len(upper) and lower[x] in ("", None):
                    lower[x] = upper[x]


def _texts_under(sample: list[Sequence[object]], index: int) -> int:
    """How many rows hold a text of some length under a column (not a tick, not a number)."""
    cells = [row[index] for row in sample if index < len(row)]
    return sum(1 for v in cells if isinstance(v, str) and len(v) >= 4)


def _sample(grid: Sequence[Sequence[object]], start: int) -> list[Sequence[object]]:
    """The rows under a header that hold two values or more (the items, and maybe a note), for
    reading columns by what they hold."""
    rows = [row for row in islice(grid, start, start + 2 * CONTENT_SAMPLE) if len(row) - row.count("") >= 2]
    return rows[:CONTENT_SAMPLE]


NAMES_FROM = ("工作表名", "文件名")  # a unit guessed from a name, not said in the return


def _unit_from_names(table: RawTable, units: UnitDirectory) -> None:
    """No unit above or below the table: the sheet's name, then the file's, names it (one sheet per
    town, 城关镇.xlsx)."""
    if table.unit is not None or table.unit_text is not None:
        return
    stem = Path(table.file).stem
    table.unit = units.resolve(table.sheet) or units.find_in(table.sheet)
    table.unit_text = None if table.unit else org_name(table.sheet)
    if table.unit or table.unit_text:
        table.unit_from = "工作表名"
        return
    table.unit = units.find_in(stem)
    bracketed = re.search(r"[（(]([^（）()]{2,30})[）)]\s*$", stem)  # 核查差错一览表（南乐县统计局）
    table.unit_text = None if table.unit else org_name(stem) or (bracketed and org_name(bracketed.group(1)))
    table.unit_from = "文件名" if table.unit or table.unit_text else ""


def _texts(rows: Sequence[Sequence[object]]) -> list[str]:
    return [str(v) for row in rows for v in dict.fromkeys(row) if isinstance(v, str) and v.strip()]


def _has_content(grid: Sequence[Sequence[object]]) -> bool:
    return sum(1 for row in grid for v in row if v not in ("", None)) >= 3

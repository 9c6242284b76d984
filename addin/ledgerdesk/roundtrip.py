"""The round trip: send each unit its own pre-filled ledger, merge the returns back by 问题编号.

The supervision office owns the master (汇总台账.xlsx). ``split_master`` gives every item a stable
ID (unit code + sequence, e.g. ZJJ-007) and writes one return per unit from the return template;
``apply_returns`` reads the units' returns with the normal intake and applies them to the master
item by item: status, progress and completion-date updates go into a 变更记录 sheet (item,
field, old, new, source file and row); new items, missing items, IDs of another unit, unknown IDs
and units that sent nothing are flagged in 校验问题. Applying the same returns twice changes
nothing the second time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import python_calamine
import xlsxwriter

from .figures.metrics import compute_metrics, format_date
from .files import atomic_output, keep_version, staged_folder, unique_names
from .model import (
    CHANGE_COLUMNS,
    COLUMNS,
    LEDGER_COLUMNS,
    LOCKED,
    MANIFEST_COLUMNS,
    REJECTED_COLUMNS,
    SENT_COLUMNS,
    UPDATABLE,
    Col,
    Sheet,
)
from .model import width as column_width
from .outputs.clerk import is_tool_sheet
from .outputs.sheetdata import BulkTable, register, stream_rows
from .outputs.workbook import (
    BOOK_OPTIONS,
    PAGE_WIDTH,
    MasterContent,
    print_pages,
    read_master,
    read_previous,
    row_heights,
    sheet_table,
    write_master,
)
from .reading.merge import MergeResult, Progress
from .reading.problems import Report
from .reading.readings import reading_table
from .reading.schema import RETURN_STATUS_CHOICES, UnitDirectory
from .reading.settings import Settings
from .table import Table

TEMPLATE_ROWS = 50  # open rows of an empty return, for the items a unit writes in
# Open rows below a unit's pre-filled items, for new ones (more can be inserted: the protection
# allows it). Fifty printed four pages of empty grid after a form of five items.
SPARE_ROWS = 10
MANIFEST_NAME = "下发清单.xlsx"
ID_PATTERN = re.compile(r"^(?P<code>[A-Z]+)-(?P<n>\d+)$")


@dataclass
class SplitResult:
    returns: list[Path]
    manifest: Path
    assigned: list[str]  # IDs given to items that had none
    kept: list[Path] = field(default_factory=list)  # returns already there, copied to 历史版本 first


@dataclass
class ApplyResult:
    master: Path
    changes: Table
    silent: list[str]
    report: Report
    added: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------
# IDs


class IdAllocator:
    """Hands out new IDs: unit code + the next free number for that code, e.g. ZJJ-007.

    A unit's code is its 单位代码 in the directory, else DW01, DW02 … in the order units are met.
    """

    def __init__(self, taken: set[str], units: UnitDirectory) -> None:
        self.taken = set(taken)
        self.units = units
        self.codes: dict[str, str] = {}
        self.unknown = 0
        self.next_n: dict[str, int] = {}
        for pid in self.taken:
            if m := ID_PATTERN.match(pid):
                self.next_n[m["code"]] = max(self.next_n.get(m["code"], 0), int(m["n"]))

    def code(self, unit_name: str) -> str:
        if unit_name not in self.codes:
            unit = self.units.resolve(unit_name)
            if unit is not None and unit.code:
                self.codes[unit_name] = unit.code.upper()
            else:
                self.unknown += 1
                self.codes[unit_name] = f"DW{self.unknown:02d}"
        return self.codes[unit_name]

    def new(self, unit_name: str) -> str:
        code = self.code(unit_name)
        n = self.next_n.get(code, 0) + 1
        while f"{code}-{n:03d}" in self.taken:
            n += 1
        self.next_n[code] = n
        pid = f"{code}-{n:03d}"
        self.taken.add(pid)
        return pid


def assign_ids(ledger: Table, units: UnitDirectory) -> tuple[list[str], IdAllocator]:
    """Give every item without a 问题编号 one (in place); returns the IDs given and the allocator.

    An ID used twice keeps its first item; the later ones get new IDs (an ID names one item).
    """
    ids = ["" if v is None else str(v).strip() for v in ledger[Col.ID]]
    first: set[str] = set()
    for i, pid in enumerate(ids):
        if pid in first:
            ids[i] = ""
        elif pid:
            first.add(pid)
    allocator = IdAllocator(first, units)
    unit_names = ledger[Col.UNIT]
    for name in unit_names:  # codes in the order units appear in the ledger
        allocator.code(name)
    assigned = []
    for i, pid in enumerate(ids):
        if not pid:
            ids[i] = allocator.new(unit_names[i])
            assigned.append(ids[i])
    ledger[Col.ID] = ids
    return assigned, allocator


# ---------------------------------------------------------------------------------------------
# The return template


def write_return_template(
    path: Path, unit: str = "", items: Table | None = None, as_of: date | None = None
) -> Path:
    """A return a unit fills in: its items pre-filled (or none), 问题编号/问题描述 locked."""
    with atomic_output(path) as tmp:
        book = xlsxwriter.Workbook(str(tmp), BOOK_OPTIONS)
        book.set_properties({"title": f"{unit}问题整改台账", "author": "督查台账助手"})
        base = {"font_name": "宋体", "font_size": 9, "border": 1, "valign": "top", "text_wrap": True}
        open_cell = book.add_format({**base, "locked": False})
        open_date = book.add_format({**base, "locked": False, "num_format": "yyyy-mm-dd"})
        locked_cell = book.add_format({**base, "locked": True, "bg_color": "#F2F2F2"})
        head = book.add_format(
            {**base, "bold": True, "align": "center", "bg_color": "#DDEBF7", "locked": True}
        )
        title = book.add_format({"bold": True, "font_size": 16, "align": "center", "font_name": "宋体"})
        label = book.add_format({"font_name": "宋体", "font_size": 11})
        ws = book.add_worksheet(Sheet.RETURN)
        last_col = len(COLUMNS) - 1
        widths = [column_width(column) for column in COLUMNS]  # as the master's
        first_page = _first_page(widths)  # the title over what the first printed page shows
        ws.merge_range(0, 0, 0, first_page, f"{unit}问题整改台账" if unit else "问题整改台账", title)
        ws.write_string(1, 0, f"填报单位：{unit}", label)
        ws.write_string(1, 7, "填报日期：", label)
        ws.write_blank(1, 8, None, open_date)
        ws.data_validation(
            1,
            8,
            1,
            8,
            {
                "validate": "date",
                "criteria": ">",
                "value": date(2000, 1, 1),
                "input_title": Col.REPORTED_ON,
                "input_message": "填写报送的日期，如 2024-07-31",
            },
        )
        for c, column in enumerate(COLUMNS):
            ws.write_string(2, c, column, head)
        n = 0 if items is None else len(items)
        spare = SPARE_ROWS if n else TEMPLATE_ROWS
        first, last = 3, 3 + n + spare - 1
        # The items, then the open rows for new ones: streamed in after XlsxWriter has written the
        # rest (sheetdata.py; a thousand cells cost XlsxWriter 5 ms, a unit's return at a time).
        # Every cell is there, empty ones too: bordered, and unlocked where the unit types.
        open_styles = [
            open_date if column in (Col.FOUND, Col.DEADLINE, Col.DONE_ON) else open_cell for column in COLUMNS
        ]
        item_styles = [
            locked_cell if column in LOCKED else style
            for column, style in zip(COLUMNS, open_styles, strict=True)
        ]
        register(open_cell, open_date, locked_cell)

        def block(values: list[list[Any]], styles: list[Any], top: int) -> BulkTable:
            rows = len(values[0])
            return BulkTable(
                ws.index,
                "",
                values,
                styles,
                styles,
                open_date,
                top,
                top + rows - 1,
                last_col,
                heights=row_heights(values, widths, rows),  # pre-filled texts shown whole
                blank_cells=True,
            )

        blocks = []
        if items is not None and n:
            values = [
                [_return_value(v) for v in items[column]] if column in items else [""] * n
                for column in COLUMNS
            ]
            blocks.append(block(values, item_styles, first))
        blocks.append(block([[""] * spare for _ in COLUMNS], open_styles, first + n))
        status = COLUMNS.index(Col.STATUS)
        ws.data_validation(
            first,
            status,
            last,
            status,
            {
                "validate": "list",
                "source": list(RETURN_STATUS_CHOICES),
                "input_title": Col.STATUS,
                "input_message": "从下拉列表选择",
                "error_type": "warning",
                "error_message": "请从下拉列表选择整改状态",
            },
        )
        for column in (Col.DEADLINE, Col.DONE_ON):
            c = COLUMNS.index(column)
            ws.data_validation(
                first,
                c,
                last,
                c,
                {
                    "validate": "date",
                    "criteria": "between",
                    "minimum": date(2000, 1, 1),
                    "maximum": date(2100, 12, 31),
                    "input_title": column,
                    "input_message": "填写日期，如 2024-06-30；确实写不出日期的（如 长期坚持）也可照写",
                    "error_type": "warning",
                    "error_message": "不是日期。确定要这样填吗？",
                },
            )
        c = COLUMNS.index(Col.ID)
        ws.data_validation(
            first,
            c,
            last,
            c,
            {
                "validate": "any",
                "input_title": Col.ID,
                "input_message": "由督查局编号，请勿修改；新增问题此列留空",
            },
        )
        for c, width in enumerate(widths):
            ws.set_column(c, c, width)
        ws.freeze_panes(3, 2)
        ws.protect(
            "",
            {
                "format_columns": True,
                "format_rows": True,
                "insert_rows": True,
                "sort": True,
                "autofilter": True,
            },
        )
        # Printed at full size (9 pt), 问题编号 to 整改状态 on the first page, the rest on the next
        # with 问题编号 repeated — not shrunk onto one page to a 5 pt nobody can read.
        print_pages(ws, None, widths, keep=1, header_rows=2)
        notes = book.add_worksheet("填表说明")
        for r, line in enumerate(
            [
                "填表说明",
                "1. 问题编号和问题描述由督查局填写，已锁定，请勿修改；要改请与督查局联系。",
                "2. 整改状态从下拉列表选择：已完成、正在整改、未整改、长期坚持、申请延期。",
                "3. 整改时限、完成时间请填写日期，如 2024-06-30；已完成的问题请填写完成时间。",
                "4. 新发现的问题写在表格下方空行，问题编号留空，由督查局编号。",
                "5. 工作表保护没有密码（审阅→撤消工作表保护），只为防止误改编号。",
                f"6. 统计截止日：{format_date(as_of)}。" if as_of else "6. 请按通知要求的时间报送。",
            ]
        ):
            notes.write_string(r, 0, line, label)
        notes.set_column(0, 0, 100)
        book.close()
        stream_rows(tmp, blocks)
    return path


def _first_page(widths: Sequence[float]) -> int:
    """The last column a printed page of A4 landscape holds at full size (print_pages)."""
    used = 0.0
    for c, width in enumerate(widths):
        used += width
        if used > PAGE_WIDTH:
            return max(c - 1, 0)
    return len(widths) - 1


def _return_value(value: Any) -> Any:
    """A master's value as a return shows it: a date as a date, anything else as its text."""
    if isinstance(value, date):
        return date(value.year, value.month, value.day)
    if value in (None, "") or (isinstance(value, float) and value != value):
        return ""
    return str(value)


# ---------------------------------------------------------------------------------------------
# Split


def split_master(
    master: Path, out_dir: Path, units: UnitDirectory, settings: Settings, progress: Progress | None = None
) -> SplitResult:
    """One pre-filled return per unit, and a 下发清单; IDs are given to items that had none.
    ``progress(done, total, unit)`` follows the returns (a province has a thousand of them)."""
    ledger = read_master(master, settings.vocabulary().statuses)
    assigned, _ = assign_ids(ledger, units)
    sent = _sent(master)
    before = dict(sent)
    for rec in ledger.select(SENT_COLUMNS).records():  # what each unit is about to see
        sent[rec[Col.ID]] = {c: _show(rec[c]) for c in SENT_COLUMNS[1:]}  # (as _sent reads them back)
    if assigned or sent != before:
        _rewrite_master(master, ledger, settings, Report(), [], changes=None, silent=None, sent=sent)
    rows_of: dict[str, list[int]] = {}
    for i, unit in enumerate(ledger[Col.UNIT]):
        rows_of.setdefault(str(unit), []).append(i)
    body = ledger.select(COLUMNS)  # what a return shows: the other columns are not copied per unit
    groups = [(unit, body.take(rows)) for unit, rows in rows_of.items()]
    # One name per unit, unique ignoring case, never a file the tool writes itself (nor the master).
    names = unique_names([u for u, _ in groups], ".xlsx", {MANIFEST_NAME, "汇总台账.xlsx", master.name})
    returns, manifest_rows = [], []
    # A return already in the folder may be one a unit filled in: it is copied to 历史版本 first.
    kept = [
        copy
        for name in names.values()
        if (copy := keep_version(out_dir / name, max(settings.keep_versions, 1))) is not None
    ]
    with staged_folder(out_dir) as stage:  # the returns arrive together, or not at all
        for k, (unit, items) in enumerate(groups):
            if progress:
                progress(k, len(groups), unit)
            write_return_template(stage / names[unit], unit, items, settings.as_of)
            returns.append(out_dir / names[unit])
            manifest_rows.append((unit, names[unit], len(items), "、".join(items[Col.ID])))
    if progress:
        progress(len(groups), len(groups), "")
    manifest = out_dir / MANIFEST_NAME
    with atomic_output(manifest) as tmp:
        book = xlsxwriter.Workbook(str(tmp), BOOK_OPTIONS)
        ws = book.add_worksheet(Sheet.MANIFEST)
        ws.add_table(
            0,
            0,
            max(len(manifest_rows), 1),
            3,
            {
                "data": [list(row) for row in manifest_rows],
                "columns": [{"header": c} for c in MANIFEST_COLUMNS],
                "name": "Sent",
                "style": "Table Style Light 9",
            },
        )
        ws.set_column(0, 1, 28)
        ws.set_column(3, 3, 80)
        ws.write_string(
            len(manifest_rows) + 2, 0, f"下发时间：{datetime.now():%Y-%m-%d %H:%M}；来源：{master.name}"
        )
        book.close()
    return SplitResult(returns, manifest, assigned, kept)


# ---------------------------------------------------------------------------------------------
# Apply the returns to the master


def _forms_sent(returns: MergeResult, by_id: dict[str, int], master_units: Sequence[Any]) -> dict[str, str]:
    """The returns that are a unit's own pre-filled form come back, though their 填报单位 reads as another
    name (南乐县千口镇纪委's form, its line read as the town's 人民政府): file -> the unit it was sent to,
    when every ID in it is that unit's and the file still bears the unit's name."""
    ids: dict[str, set[str]] = {}
    for file, pid in zip(returns.ledger[Col.FILE], returns.ledger[Col.ID], strict=True):
        ids.setdefault(file, set()).add(str(pid).strip())
    sent: dict[str, str] = {}
    for f in returns.files:
        if f.file not in ids:
            continue
        owners = {master_units[by_id[pid]] for pid in ids[f.file] if pid in by_id}
        if len(owners) == 1 and (owner := next(iter(owners))) != f.unit and owner in Path(f.file).stem:
            sent[f.file] = owner
    return sent


def apply_returns(
    master: Path, returns: MergeResult, units: UnitDirectory, settings: Settings
) -> ApplyResult:
    """Apply merged returns to the master by 问题编号 and rewrite the master (atomically)."""
    ledger = read_master(master, settings.vocabulary().statuses)
    _, allocator = assign_ids(ledger, units)
    # A reused ID is judged below, where it matters (the second row becomes an item of its own).
    report = Report([p for p in returns.report.problems if p.code != "duplicate-id"])
    now = datetime.now().strftime("%Y-%m-%d %H:%M")
    claimed: dict[tuple[str, str], object] = {}  # (file, ID) -> the Excel row that used it first
    by_id = {pid: i for i, pid in enumerate(ledger[Col.ID])}
    by_text = {
        (u, d): i for i, (u, d) in enumerate(zip(ledger[Col.UNIT], ledger[Col.DESCRIPTION], strict=True))
    }
    rows: list[dict[str, Any]] = ledger.records()
    # What each unit was sent, or last said: a value the return still shows as it was is no change
    # by the unit, even where the clerk has since corrected the master (a three-way merge).
    sent = _sent(master)
    # Columns of the units' own (kept as they are) travel with their items: new ones join the master.
    own = [c for c in returns.ledger.columns if c not in LEDGER_COLUMNS]
    changes: list[tuple[Any, ...]] = []
    added: list[str] = []
    seen: set[int] = set()
    # Whose return a file is, as the return says it (its 填报单位 line, else its file name) — not
    # the 责任单位 cells, which the unit may edit: a return updates and adds only its unit's items.
    known = set(ledger[Col.UNIT])
    sender_of = {f.file: f.unit for f in returns.files if f.unit in known}
    sent_to = _forms_sent(returns, by_id, ledger[Col.UNIT])
    sender_of.update(sent_to)
    read_as = {f.file: f.unit for f in returns.files}
    for rec in returns.ledger.records():
        pid, unit, where = (
            str(rec[Col.ID]).strip(),
            rec[Col.UNIT],
            (rec[Col.FILE], rec[Col.SHEET], rec[Col.ROW]),
        )
        if where[0] in sent_to and unit == read_as[where[0]]:
            # 南乐县千口镇纪委's own form, its 填报单位 read as the town's
            unit = rec[Col.UNIT] = sent_to[where[0]]
            if (part := _show(rec.get(Col.DEPARTMENT))) and part in unit:
                rec[Col.DEPARTMENT] = ""  # (its 纪委 read as the town's section: the unit itself)
        sender = sender_of.get(where[0])
        if sender is not None and unit != sender:
            report.add(
                "other-unit-row",
                where[0],
                sheet=where[1],
                row=where[2],
                column=Col.UNIT,
                value=unit,
                detail=f"（本报送是{sender}的）",
            )
            continue
        first = claimed.setdefault((where[0], pid), where[2]) if pid else where[2]
        taken = None
        if first != where[2]:  # the same ID twice in one return: the second row is another item
            taken = by_id.get(pid)
            report.add(
                "duplicate-id-in-return",
                where[0],
                sheet=where[1],
                row=where[2],
                column=Col.ID,
                value=pid,
                detail=f"第{first}行",
            )
            pid = ""
        target = by_id.get(pid) if pid else by_text.get((unit, rec[Col.DESCRIPTION]))
        if taken is not None and target == taken:
            continue  # the same item described again under its own ID: the first row stands
        if pid and target is None:
            target = by_text.get((unit, rec[Col.DESCRIPTION]))
            if target is None:
                report.add("unknown-id", where[0], sheet=where[1], row=where[2], column=Col.ID, value=pid)
                continue
        if target is not None and rows[target][Col.UNIT] != unit:
            report.add(
                "id-other-unit",
                where[0],
                sheet=where[1],
                row=where[2],
                column=Col.ID,
                value=pid,
                detail=f"（属于{rows[target]['责任单位']}）",
            )
            continue
        if target is None:  # an item the unit added: it joins the master with a new ID
            new: dict[str, Any] = {c: rec.get(c, "") for c in (*LEDGER_COLUMNS, *own)}
            new[Col.ID] = allocator.new(unit)
            rows.append(new)
            by_id[new[Col.ID]] = len(rows) - 1
            by_text[(unit, rec[Col.DESCRIPTION])] = len(rows) - 1
            seen.add(len(rows) - 1)
            added.append(new[Col.ID])
            report.add("new-item", where[0], sheet=where[1], row=where[2], column=Col.ID, value=new[Col.ID])
            changes.append(
                (now, new[Col.ID], unit, "（新增问题）", "", rec[Col.DESCRIPTION], *where[:1], where[2])
            )
            continue
        seen.add(target)
        base = sent.setdefault(rows[target][Col.ID], {})
        said: dict[str, str] = {c: _show(rec.get(c)) for c in SENT_COLUMNS[1:] if not _blank(rec.get(c))}
        for column in (*UPDATABLE, *own):
            new_value, old_value = rec.get(column), rows[target].get(column)
            if _blank(new_value) or _same(old_value, new_value) or base.get(column) == _show(new_value):
                continue
            rows[target][column] = new_value
            changes.append(
                (
                    now,
                    rows[target][Col.ID],
                    unit,
                    column,
                    _show(old_value),
                    _show(new_value),
                    where[0],
                    where[2],
                )
            )
            if column == Col.STATUS:
                rows[target][Col.STATE] = rec[Col.STATE]
                rows[target][Col.VERIFIED] = rec[Col.VERIFIED]
        if (
            _blank(rec.get(Col.STATUS))
            and rec.get(Col.STATE)
            and rec[Col.STATE] != rows[target].get(Col.STATE)
            and base.get(Col.PROGRESS) != _show(rec.get(Col.PROGRESS))
        ):
            # the unit left the status blank and told it in the progress (status-read-from-progress)
            old_label, rows[target][Col.STATE] = rows[target].get(Col.STATE), rec[Col.STATE]
            changes.append(
                (
                    now,
                    rows[target][Col.ID],
                    unit,
                    Col.STATE,
                    _show(old_label),
                    rec[Col.STATE],
                    where[0],
                    where[2],
                )
            )
        if not _blank(rec.get(Col.EXPECTED)) or not _blank(rec.get(Col.PROGRESS)):
            rows[target][Col.EXPECTED] = rec.get(Col.EXPECTED)  # read again from what the unit wrote
        _name_ignored(rows[target], rec, where, report)
        new_deadline, old_deadline = _deadline(rec), _deadline(rows[target])
        if new_deadline and new_deadline != old_deadline and base.get(Col.DEADLINE) != new_deadline:
            # the unit moved its deadline, or made it 长期坚持
            for column in (Col.DEADLINE, Col.DEADLINE_TEXT, Col.DEADLINE_KIND):
                rows[target][column] = rec.get(column, "")
            changes.append(
                (
                    now,
                    rows[target][Col.ID],
                    unit,
                    _deadline_change(rows[target].get(Col.DEADLINE), old_deadline, new_deadline),
                    old_deadline,
                    new_deadline,
                    where[0],
                    where[2],
                )
            )
        base.update(said)
    reported_units = set(returns.ledger[Col.UNIT]) | set(sent_to.values())
    file_of_unit = {f.unit: f.file for f in returns.files if f.unit}
    for i, row in enumerate(rows):
        if row[Col.UNIT] in reported_units and i not in seen:
            source = file_of_unit.get(row[Col.UNIT], row[Col.UNIT])
            report.add("missing-item", source, column=Col.ID, value=row[Col.ID], detail=row[Col.UNIT])
    silent = [u for u in dict.fromkeys(r[Col.UNIT] for r in rows) if u not in reported_units]
    for unit in silent:
        report.add("unit-silent", master.name, value=unit)
    updated = Table.of_records(rows, [*ledger.columns, *(c for c in own if c not in ledger.columns)])
    for column in own:  # rows that came without the column show it blank
        updated[column] = ["" if v is None or v != v else v for v in updated[column]]
    was_silent = _previous_sheet(master, Sheet.SILENT)
    if (
        not changes
        and not added
        and silent == ([] if was_silent is None else was_silent.get(Col.SILENT_UNIT, []))
    ):
        # (下发原值 may have learnt what a unit said, but only values the master already holds)
        # The same returns again (or returns nobody changed): the master stays as it is, byte for byte.
        return ApplyResult(master, Table.of_rows([], CHANGE_COLUMNS), silent, report, added)
    log = Table.concat([_previous_changes(master), Table.of_rows(changes, CHANGE_COLUMNS)])
    log = Table({c: ["" if v is None else v for v in log[c]] for c in log.columns}, len(log))
    _rewrite_master(
        master, updated, settings, report, returns.files, changes=log, silent=silent, merge=returns, sent=sent
    )
    return ApplyResult(master, Table.of_rows(changes, CHANGE_COLUMNS), silent, report, added)


def _rewrite_master(
    master: Path,
    ledger: Table,
    settings: Settings,
    report: Report,
    files: list[Any],
    changes: Table | None,
    silent: list[str] | None,
    merge: MergeResult | None = None,
    sent: dict[str, dict[str, str]] | None = None,
) -> None:
    """Write the master again with its ledger changed, carrying over what this run does not
    compute: its 校验问题 and 未采用行 (this run's are added), 说明's file list and counts, the
    whole 变更记录 (with any columns the clerk added), 未报送 and the clerk's own sheets."""
    as_of = settings.as_of or date.today()
    previous = read_previous(master)
    if changes is None:
        changes = _previous_changes(master)
    both = [previous.rejected] if merge is None else [previous.rejected, merge.rejected]
    rows = dict.fromkeys(row for table in both for row in table.rows(REJECTED_COLUMNS))  # each once
    rejected = Table.of_rows(list(rows), REJECTED_COLUMNS)
    seen = {(p.code, p.file, p.sheet, p.row, p.column, p.value) for p in previous.problems}
    new = [p for p in report if (p.code, p.file, p.sheet, p.row, p.column, p.value) not in seen]
    by_name = {f.file: f for f in (*previous.files, *files)}  # a file read again: its latest outcome
    counts = merge.counts if merge is not None else previous.counts
    content = MasterContent(Report([*previous.problems, *new]), rejected, list(by_name.values()), counts)
    content.reading = _reading(master, merge)
    content.extra_sheets[Sheet.CHANGE_LOG] = changes
    if silent is not None:
        content.extra_sheets[Sheet.SILENT] = Table(
            {Col.SEQ: list(range(1, len(silent) + 1)), Col.SILENT_UNIT: silent}, len(silent)
        )
    elif (old_silent := _previous_sheet(master, Sheet.SILENT)) is not None:
        content.extra_sheets[Sheet.SILENT] = old_silent
    if sent is not None:
        content.extra_sheets[Sheet.SENT] = Table.of_rows(
            [[pid, *(values.get(c, "") for c in SENT_COLUMNS[1:])] for pid, values in sent.items()],
            SENT_COLUMNS,
        )
    write_master(master, content, compute_metrics(ledger, as_of, settings), settings)


def _reading(master: Path, merge: MergeResult | None) -> Table | None:
    """读取情况: the returns read now, then the master's earlier lines for the files not read again."""
    old = _previous_sheet(master, Sheet.READING)
    if merge is None:
        return old
    new = reading_table(merge.readings)
    if old is None or list(old.columns) != list(new.columns):
        return new
    files = set(new[Col.FILE_NAME])
    kept = old.take([k for k, name in enumerate(old[Col.FILE_NAME]) if name not in files])
    return Table.concat([new, kept])


def _previous_sheet(master: Path, name: str) -> Table | None:
    try:
        grid = python_calamine.CalamineWorkbook.from_path(str(master)).get_sheet_by_name(name).to_python()
    except Exception:
        return None
    return sheet_table(grid)


def _previous_changes(master: Path) -> Table:
    """The master's 变更记录, every column the clerk added to it included (empty when it has none).
    A column of the log the clerk renamed is still that column, found where the tool put it."""
    log = _previous_sheet(master, Sheet.CHANGE_LOG)
    if log is None or not is_tool_sheet(Sheet.CHANGE_LOG, list(log.columns)):
        return Table.of_rows([], CHANGE_COLUMNS)
    header = list(log.columns)
    renamed = {
        header[k]: column
        for k, column in enumerate(CHANGE_COLUMNS)
        if column not in header and k < len(header) and header[k] not in CHANGE_COLUMNS
    }
    log = Table({renamed.get(c, c): log[c] for c in header}, len(log))
    log = log.take([i for i, row in enumerate(log.rows()) if any(v not in ("", None) for v in row)])
    for column in CHANGE_COLUMNS:
        if column not in log.columns:
            log[column] = [""] * len(log)
    return log.select([*CHANGE_COLUMNS, *(c for c in log.columns if c not in CHANGE_COLUMNS)])


def _sent(master: Path) -> dict[str, dict[str, str]]:
    """下发原值: per 问题编号, the values the unit was last sent or last said (empty for a master
    made before it was kept)."""
    table = _previous_sheet(master, Sheet.SENT)
    if table is None or Col.ID not in table.columns:
        return {}
    return {
        _show(rec[Col.ID]): {c: _show(rec.get(c)) for c in SENT_COLUMNS[1:] if c in table.columns}
        for rec in table.records()
        if not _blank(rec[Col.ID])
    }


def _deadline(rec: dict[str, Any]) -> str:
    """An item's deadline as text: its date, or what stands for it (长期坚持)."""
    return _show(rec.get(Col.DEADLINE)) or _show(rec.get(Col.DEADLINE_TEXT))


def _deadline_change(new_date: object, old: str, new: str) -> str:
    if _blank(new_date) or not old[:1].isdigit():
        return str(Col.DEADLINE)
    return f"{Col.DEADLINE}（延期）" if new > old else f"{Col.DEADLINE}（提前）"


# The columns a return shows but the office keeps: a unit's change to one is named, not applied.
KEPT_BY_OFFICE = tuple(
    c for c in COLUMNS if c not in (*UPDATABLE, Col.ID, Col.UNIT, Col.DEADLINE)
)  # 问题描述, 问题来源, 问题类别, 发现时间, 责任部门, 责任领导


def _name_ignored(item: dict[str, Any], rec: dict[str, Any], where: tuple[Any, ...], report: Report) -> None:
    """问题描述 and the other columns the office fills are the office's: a unit that rewrote one is
    told so (change-ignored, naming the column), and the master keeps the office's."""
    for column in KEPT_BY_OFFICE:
        new = rec.get(column)
        if not _blank(new) and not _same(item.get(column), new):
            report.add(
                "change-ignored",
                where[0],
                sheet=where[1],
                row=where[2],
                column=column,
                value=_show(new),
            )


def _blank(value: object) -> bool:
    return value is None or value == "" or (isinstance(value, float) and value != value)


def _same(a: object, b: object) -> bool:
    if _blank(a) and _blank(b):
        return True
    if isinstance(a, datetime):
        a = a.date()
    if isinstance(b, datetime):
        b = b.date()
    return _show(a) == _show(b)


def _show(value: object) -> str:
    if _blank(value):
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()

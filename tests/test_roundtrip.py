"""The round trip: master -> split -> units edit their returns -> merge back by 问题编号 -> again."""

from __future__ import annotations

import shutil
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from conftest import libreoffice_convert
from ledgerdesk.jobs import MASTER_NAME, load_directory, merge_into_master, process, split
from ledgerdesk.model import COLUMNS
from ledgerdesk.outputs.workbook import read_master
from ledgerdesk.reading.settings import Settings
from ledgerdesk.resources import SAMPLE_AS_OF, sample_returns, templates_dir
from ledgerdesk.roundtrip import LOCKED, SPARE_ROWS

SETTINGS = Settings(as_of=SAMPLE_AS_OF)
COL = {name: i + 1 for i, name in enumerate(COLUMNS)}
FIRST = 4  # items start on Excel row 4 of a return (title, 填报单位, header above)


def items_of(path):
    ws = load_workbook(path)["整改台账"]
    return {
        ws.cell(row=r, column=COL["问题编号"]).value: r
        for r in range(FIRST, ws.max_row + 1)
        if ws.cell(row=r, column=COL["问题编号"]).value
    }


def edit(path, changes):
    book = load_workbook(path)
    ws = book["整改台账"]
    for row, column, value in changes:
        ws.cell(row=row, column=COL[column], value=value)
    book.save(path)


@pytest.fixture(scope="module")
def loop(tmp_path_factory):
    root = tmp_path_factory.mktemp("loop")
    process(sample_returns(), root / "out", SETTINGS)
    master = root / "master.xlsx"
    shutil.copyfile(root / "out" / MASTER_NAME, master)
    sent = split(master, root / "下发", SETTINGS)
    return root, master, sent


def test_split_gives_every_item_an_id_and_every_unit_its_return(loop):
    root, master, sent = loop
    ledger = read_master(master)
    assert all(ledger["问题编号"]) and len(set(ledger["问题编号"])) == len(ledger)
    assert len(sent.returns) == 37 and sent.manifest.name == "下发清单.xlsx"
    assert "FGW-002" not in sent.assigned  # IDs the units already used are kept
    zjj = items_of(root / "下发" / "市住房和城乡建设局.xlsx")
    assert sorted(zjj) == sorted(
        pid for pid, unit in ledger.rows(["问题编号", "责任单位"]) if unit == "市住房和城乡建设局"
    )
    manifest = load_workbook(sent.manifest)["下发清单"]
    assert manifest.cell(row=1, column=1).value == "责任单位" and manifest.max_row >= 38


def test_the_return_template_locks_ids_and_offers_drop_downs(loop):
    root, _, sent = loop
    for path in (templates_dir() / "整改台账模板.xlsx", root / "下发" / "市医疗保障局.xlsx"):
        book = load_workbook(path)
        ws = book["整改台账"]
        assert ws.protection.sheet and not ws.protection.password  # protected, no password to lift it
        kinds = {(dv.type, str(dv.sqref).split(":")[0][:1]) for dv in ws.data_validations.dataValidation}
        status, deadline, finish = (
            ws.cell(row=FIRST, column=COL[c]).column_letter for c in ("整改状态", "整改时限", "完成时间")
        )
        assert {("list", status), ("date", deadline), ("date", finish)} <= kinds
        assert any(dv.promptTitle == "问题编号" for dv in ws.data_validations.dataValidation)
        assert "填表说明" in book.sheetnames
        assert [ws.cell(row=3, column=c).value for c in range(1, len(COLUMNS) + 1)] == list(COLUMNS)
    ws = load_workbook(root / "下发" / "市医疗保障局.xlsx")["整改台账"]
    assert ws.cell(row=FIRST, column=COL["问题编号"]).protection.locked
    assert ws.cell(row=FIRST, column=COL["问题描述"]).protection.locked
    assert not ws.cell(row=FIRST, column=COL["整改状态"]).protection.locked
    assert not ws.cell(row=FIRST + 10, column=COL["问题描述"]).protection.locked  # open rows for new items
    # Every cell of the form is there, the empty ones too: bordered, locked only where an item's ID
    # and description stand, dates typed into the date columns shown as dates.
    items = sum(1 for r in range(FIRST, ws.max_row + 1) if ws.cell(row=r, column=COL["问题编号"]).value)
    assert ws.max_row == FIRST + items + SPARE_ROWS - 1 and items >= 1
    for r in range(FIRST, ws.max_row + 1):
        for name, c in COL.items():
            cell = ws.cell(row=r, column=c)
            assert cell.border.left.style == "thin" and cell.font.name == "宋体", (r, name)
            assert cell.protection.locked == (r < FIRST + items and name in LOCKED), (r, name)
            if name in ("发现时间", "整改时限", "完成时间"):
                assert cell.number_format == "yyyy-mm-dd", (r, name)
                assert cell.value is None or isinstance(cell.value, datetime | str), (r, name)


def test_the_template_opens_in_libreoffice(tmp_path):
    proc = libreoffice_convert([templates_dir() / "整改台账模板.xlsx"], "pdf", tmp_path)
    assert (tmp_path / "整改台账模板.pdf").is_file(), proc.stderr


def test_the_full_loop_and_the_same_returns_again(loop, tmp_path):
    root, master, _ = loop
    inbox = tmp_path / "收件箱"
    shutil.copytree(root / "下发", inbox)
    (inbox / "下发清单.xlsx").unlink()
    before = read_master(master).to_pandas()
    ids = dict(zip(zip(before["责任单位"], before["问题描述"], strict=True), before["问题编号"], strict=True))

    zjj = inbox / "市住房和城乡建设局.xlsx"  # closes its open item
    open_id = before[(before["责任单位"] == "市住房和城乡建设局") & (before["状态归类"] != "已完成")][
        "问题编号"
    ].item()
    edit(
        zjj,
        [
            (items_of(zjj)[open_id], "整改状态", "已完成"),
            (items_of(zjj)[open_id], "完成时间", datetime(2024, 7, 25)),
        ],
    )
    ybj = inbox / "市医疗保障局.xlsx"  # adds an item
    new_row = max(items_of(ybj).values()) + 1
    edit(
        ybj,
        [
            (new_row, "问题描述", "新发现：医保窗口自助机故障"),
            (new_row, "整改状态", "正在整改"),
            (new_row, "整改时限", datetime(2024, 8, 31)),
        ],
    )
    sfj = inbox / "市司法局.xlsx"  # deletes one item
    deleted_id, deleted_row = sorted(items_of(sfj).items())[0]
    book = load_workbook(sfj)
    book["整改台账"].delete_rows(deleted_row)
    book.save(sfj)
    jyj = inbox / "市教育局.xlsx"  # mistypes an ID
    typo_id, typo_row = sorted(items_of(jyj).items())[1]
    edit(jyj, [(typo_row, "问题编号", "JYJ-902"), (typo_row, "问题描述", "误写编号的一行")])
    qxj = inbox / "市气象局.xlsx"  # writes an ID of 市水利局
    water_id = before[before["责任单位"] == "市水利局"]["问题编号"].iloc[0]
    qxj_id, qxj_row = sorted(items_of(qxj).items())[0]
    edit(qxj, [(qxj_row, "问题编号", water_id)])
    (inbox / "市统计局.xlsx").unlink()  # says nothing this week

    applied = merge_into_master(inbox, master, SETTINGS).applied
    after = read_master(master).to_pandas()
    new_id = applied.added[0]
    assert [(c["问题编号"], c["字段"], c["原值"], c["新值"]) for c in applied.changes.records()] == [
        (open_id, "整改状态", "正在整改", "已完成"),
        (open_id, "完成时间", "", "2024-07-25"),
        (new_id, "（新增问题）", "", "新发现：医保窗口自助机故障"),
    ]
    assert new_id.startswith("YBJ-") and new_id not in set(before["问题编号"])
    flags = sorted(
        (p.code, p.value)
        for p in applied.report
        if p.code in ("new-item", "missing-item", "unknown-id", "id-other-unit", "unit-silent")
    )
    assert flags == sorted(
        [
            ("new-item", new_id),
            ("missing-item", deleted_id),
            ("unknown-id", "JYJ-902"),
            ("missing-item", typo_id),
            ("id-other-unit", water_id),
            ("missing-item", qxj_id),
            ("unit-silent", "市统计局"),
        ]
    )
    assert len(after) == len(before) + 1
    row = after.set_index("问题编号").loc[open_id]
    assert (row["整改状态"], row["状态归类"], row["完成时间"]) == ("已完成", "已完成", date(2024, 7, 25))
    assert (
        after.set_index("问题编号").loc[deleted_id]["问题描述"]
        == before.set_index("问题编号").loc[deleted_id]["问题描述"]
    )
    assert ids == {
        k: v
        for k, v in zip(
            zip(after["责任单位"], after["问题描述"], strict=True), after["问题编号"], strict=True
        )
        if k in ids
    }
    book = load_workbook(master)
    assert [r[0] for r in book["未报送"].iter_rows(min_row=2, max_col=2, values_only=True)] == [1]
    assert [r[1] for r in book["未报送"].iter_rows(min_row=2, values_only=True)] == ["市统计局"]
    log = list(book["变更记录"].iter_rows(min_row=2, values_only=True))
    assert [(r[1], r[3]) for r in log] == [
        (open_id, "整改状态"),
        (open_id, "完成时间"),
        (new_id, "（新增问题）"),
    ]
    assert {r[6] for r in log} == {"市住房和城乡建设局.xlsx", "市医疗保障局.xlsx"}

    again = merge_into_master(inbox, master, SETTINGS).applied
    assert len(again.changes) == 0 and again.added == []
    assert len(read_master(master)) == len(after)
    assert (
        len(list(load_workbook(master)["变更记录"].iter_rows(min_row=2))) == 3
    )  # the log keeps the first round


def test_ids_are_stable_and_readable(loop):
    _, master, _ = loop
    ledger = read_master(master)
    directory = load_directory()
    for unit, pid in zip(ledger["责任单位"], ledger["问题编号"], strict=True):
        code = directory.resolve(unit).code
        assert pid.startswith(f"{code}-"), (unit, pid)


def test_split_reports_its_progress_return_by_return(loop, tmp_path):
    """A province splits for a thousand units: the progress callback (the bar of ``ledgerdesk
    split``) hears of every return before it is written, in order, and of the end."""
    root, master, _ = loop
    calls: list[tuple[int, int, str]] = []
    sent = split(
        master, tmp_path / "下发", SETTINGS, lambda done, total, unit: calls.append((done, total, unit))
    )
    total = len(sent.returns)
    assert [done for done, _, _ in calls] == list(range(total + 1))
    assert {t for _, t, _ in calls} == {total} and calls[-1][2] == ""
    named = {unit for _, _, unit in calls[:-1]}
    assert len(named) == total and "市住房和城乡建设局" in named


def _one_return_back(tmp_path):
    """A master of the samples, split, and 市住建局's return copied into an inbox of its own."""
    process(sample_returns(), tmp_path / "out", SETTINGS)
    copy = tmp_path / "master.xlsx"
    shutil.copyfile(tmp_path / "out" / MASTER_NAME, copy)
    split(copy, tmp_path / "下发", SETTINGS)
    inbox = tmp_path / "收件箱"
    inbox.mkdir()
    ret = inbox / "市住房和城乡建设局.xlsx"
    shutil.copyfile(tmp_path / "下发" / ret.name, ret)
    return copy, inbox, ret


def test_a_reused_id_never_overwrites_the_real_item_and_a_moved_deadline_is_logged(tmp_path):
    copy, inbox, ret = _one_return_back(tmp_path)
    before = read_master(copy).to_pandas().set_index("问题编号")
    (first_id, first_row), (second_id, second_row) = sorted(items_of(ret).items())[:2]
    edit(
        ret,
        [
            (second_row, "问题编号", first_id),  # the unit reused the first row's ID for a new item
            (second_row, "问题描述", "新发现：预售资金监管账户查询难"),
            (second_row, "整改状态", "未整改"),
            (first_row, "整改时限", datetime(2024, 12, 31)),  # and moved the first item's deadline
        ],
    )
    applied = merge_into_master(inbox, copy, SETTINGS).applied
    after = read_master(copy).to_pandas().set_index("问题编号")
    assert after.loc[first_id, "状态归类"] == before.loc[first_id, "状态归类"]  # not flipped to 未整改
    assert after.loc[first_id, "整改时限"] == date(2024, 12, 31)
    (added,) = applied.added
    assert after.loc[added, "问题描述"] == "新发现：预售资金监管账户查询难"
    assert after.loc[added, "状态归类"] == "未整改" and added not in before.index
    errors = [(p.code, p.row, p.value) for p in applied.report.errors]
    assert errors == [("duplicate-id-in-return", second_row, first_id)]
    log = [(c["问题编号"], c["字段"], c["原值"], c["新值"]) for c in applied.changes.records()]
    old_deadline = before.loc[first_id, "整改时限"].isoformat()
    assert (first_id, "整改时限（延期）", old_deadline, "2024-12-31") in log

    again = merge_into_master(inbox, copy, SETTINGS).applied  # the same return again: nothing moves
    assert len(again.changes) == 0 and again.added == []
    assert len(read_master(copy)) == len(after)


def test_an_item_written_twice_under_its_id_keeps_what_the_first_row_says(tmp_path):
    copy, inbox, ret = _one_return_back(tmp_path)
    (first_id, first_row), (second_id, second_row) = sorted(items_of(ret).items())[:2]
    book = load_workbook(ret)
    ws = book["整改台账"]
    for c in range(1, len(COLUMNS) + 1):  # the second row becomes a copy of the first …
        ws.cell(row=second_row, column=c, value=ws.cell(row=first_row, column=c).value)
    ws.cell(row=first_row, column=COL["整改状态"], value="已完成")
    ws.cell(row=second_row, column=COL["整改状态"], value="未整改")  # … that says something else
    book.save(ret)
    before = read_master(copy).to_pandas().set_index("问题编号")
    applied = merge_into_master(inbox, copy, SETTINGS).applied
    after = read_master(copy).to_pandas().set_index("问题编号")
    assert after.loc[first_id, "状态归类"] == "已完成" and applied.added == []
    assert [(p.code, p.row) for p in applied.report.errors] == [("duplicate-id-in-return", second_row)]
    assert len(after) == len(before)


def test_a_unit_whose_name_reads_as_another_gets_its_own_form_back(tmp_path):
    """A 责任单位 written as a body of a town or a school's section (南乐县千口镇纪委, …育才学校初中部) is a
    unit of its own in the master; its pre-filled form, whose 填报单位 line reads as the town's or the
    school's, comes back as that unit's: not reported 未报送, its progress applied, no column said rewritten."""
    from conftest import write_return

    inbox = tmp_path / "收件箱"
    inbox.mkdir()
    rows = [
        ["村级组织建设问题整改台账"],
        ["填报单位：清丰县委组织部"],
        ["序号", "责任单位", "存在问题", "整改时限", "整改情况"],
        [1, "南乐县千口镇纪委", "村务监督委员会未按期换届", "2024-08-20", "正在整改"],
        [2, "濮阳市华龙区育才学校初中部", "教室照明不足", "2024-08-20", "正在整改"],
    ]
    write_return(inbox / "台账.xlsx", rows)
    settings = Settings(as_of=date(2024, 7, 31))
    process(inbox, tmp_path / "out", settings)
    master = tmp_path / "out" / MASTER_NAME
    split(master, tmp_path / "下发", settings)
    form = tmp_path / "下发" / "南乐县千口镇纪委.xlsx"
    book = load_workbook(form)
    sheet = book.worksheets[0]
    state = next(c for c in sheet[3] if c.value == "整改状态").column
    sheet.cell(row=4, column=state, value="已完成")
    book.save(form)
    applied = merge_into_master(tmp_path / "下发", master, settings).applied
    assert applied.silent == []
    assert [(unit, column, new) for _, _, unit, column, _, new, *_ in applied.changes.rows()] == [
        ("南乐县千口镇纪委", "整改状态", "已完成")
    ]
    codes = {p.code for p in applied.report.problems}
    assert not codes & {"change-ignored", "id-other-unit", "other-unit-row"}

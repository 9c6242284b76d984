"""The master as the clerk left it (issue 30, point 3): a clerk's ordinary edits between two runs —
a renamed header, merged cells, sheets, columns and notes of the clerk's own, a corrected status —
survive the tool's next rewrite; a unit's return or a mistyped --out cannot undo them; what a return
changes but the tool does not apply is named."""

from __future__ import annotations

import re
import shutil

import pytest
from openpyxl import load_workbook
from test_roundtrip import COL, FIRST

from ledgerdesk.cli import main
from ledgerdesk.jobs import MASTER_NAME, merge_into_master, process, split
from ledgerdesk.outputs.workbook import read_master
from ledgerdesk.reading.problems import CODES
from ledgerdesk.reading.settings import Settings
from ledgerdesk.resources import SAMPLE_AS_OF, sample_returns

SETTINGS = Settings(as_of=SAMPLE_AS_OF)


@pytest.fixture(scope="module")
def sent(tmp_path_factory):
    """The sample campaign's master and the returns split from it, made once."""
    root = tmp_path_factory.mktemp("record")
    process(sample_returns(), root / "out", SETTINGS)
    split(root / "out" / MASTER_NAME, root / "下发", SETTINGS)
    return root


@pytest.fixture
def desk(sent, tmp_path):
    """A copy of the master and of the returns for one test: (master, returns folder)."""
    shutil.copytree(sent / "out", tmp_path / "out")
    shutil.copytree(sent / "下发", tmp_path / "下发")
    return tmp_path / "out" / MASTER_NAME, tmp_path / "下发"


def _return_of(inbox, unit="国网濮阳供电公司"):
    return inbox / f"{unit}.xlsx"


def _edit_return(path, column, text, row=FIRST):
    book = load_workbook(path)
    ws = book["整改台账"]
    ws.cell(row=row, column=COL[column], value=text)
    book.save(path)
    return ws.cell(row=row, column=COL["问题编号"]).value


def _values(path, sheet):
    book = load_workbook(path, read_only=True)
    rows = [list(r) for r in book[sheet].iter_rows(values_only=True)] if sheet in book.sheetnames else None
    book.close()
    return rows


def _all_text(path):
    book = load_workbook(path, read_only=True)
    text = {str(v) for ws in book for row in ws.iter_rows(values_only=True) for v in row if v is not None}
    book.close()
    return text


def test_a_renamed_change_log_header_keeps_every_earlier_line(desk):
    master, inbox = desk
    _edit_return(_return_of(inbox), "整改进展", "第一次报送的进展")
    merge_into_master(inbox, master, SETTINGS)
    book = load_workbook(master)
    book["变更记录"].cell(row=1, column=5).value = "原来的值"  # the clerk renames 原值
    book.save(master)
    _edit_return(_return_of(inbox), "整改进展", "第二次报送的进展", row=FIRST + 1)
    merge_into_master(inbox, master, SETTINGS)
    log = _values(master, "变更记录")
    assert [row[5] for row in log[1:]] == ["第一次报送的进展", "第二次报送的进展"]


def test_vertically_merged_unit_cells_keep_the_unit_of_every_item(desk):
    master, inbox = desk
    book = load_workbook(master)
    ws = book["总台账"]
    rows = [r for r in range(2, ws.max_row + 1) if ws.cell(r, 2).value == "国网濮阳供电公司"]
    assert len(rows) == 4 and rows == list(range(rows[0], rows[0] + 4))
    ws.merge_cells(start_row=rows[0], start_column=2, end_row=rows[-1], end_column=2)
    book.save(master)
    assert list(read_master(master)["责任单位"]).count("国网濮阳供电公司") == 4
    _edit_return(_return_of(inbox), "整改进展", "有进展")
    result = merge_into_master(inbox, master, SETTINGS)
    assert not [p for p in result.applied.report if p.code in ("id-other-unit", "other-unit-row")]
    units = [row[1] for row in _values(master, "总台账")[1:]]
    assert units.count("国网濮阳供电公司") == 4 and None not in units


def test_the_clerk_s_sheets_columns_and_notes_survive_two_rewrites(desk):
    master, inbox = desk
    book = load_workbook(master)
    mine = book.create_sheet("变化情况")  # the name of a sheet stats may write
    mine["A1"], mine["A2"] = "我的备忘", "周五前电话催办"
    ws = book["总台账"]
    end = ws.max_column
    ws.cell(1, end + 1, "剩余天数")  # named like a figure the tool works out
    ws.cell(2, end + 1, "办事员估计还要五天")
    ws.cell(1, end + 2, "督办意见")
    ws.cell(2, end + 2, "请分管领导过问")
    problems = book["校验问题"]
    problems.cell(1, problems.max_column + 1, "处理情况")
    problems.cell(2, problems.max_column, "已电话核实")
    about = book["说明"]
    about.cell(about.max_row + 2, 1, "本期由张三汇总，李四复核")
    book.save(master)
    first_item = _values(master, "总台账")[1][:6]
    for n in (1, 2):  # the second rewrite reads what the first wrote back
        _edit_return(_return_of(inbox), "整改进展", f"第{n}次的进展")
        merge_into_master(inbox, master, SETTINGS)
        text = _all_text(master)
        for mark in (
            "周五前电话催办",
            "办事员估计还要五天",
            "请分管领导过问",
            "已电话核实",
            "本期由张三汇总，李四复核",
        ):
            assert mark in text, (n, mark)
    ledger = _values(master, "总台账")
    header = ledger[0]
    row = next(r for r in ledger[1:] if r[:6] == first_item)
    assert row[header.index("督办意见")] == "请分管领导过问"
    assert row[header.index("剩余天数（办事员）")] == "办事员估计还要五天"
    assert _values(master, "变化情况")[1][0] == "周五前电话催办"
    notes = [r for r in _values(master, "说明") if r[0] == "本期由张三汇总，李四复核"]
    assert len(notes) == 1  # carried, not piled up


def test_an_unchanged_return_does_not_undo_the_clerk_s_correction(desk):
    master, inbox = desk
    book = load_workbook(master)
    ws = book["总台账"]
    header = [c.value for c in ws[1]]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 2).value == "国网濮阳供电公司")
    pid = ws.cell(row, 1).value
    ws.cell(row, header.index("整改状态") + 1).value = "正在整改"  # the clerk corrects it after split
    book.save(master)
    before = master.read_bytes()
    result = merge_into_master(inbox, master, SETTINGS)  # every return as it was sent
    assert len(result.applied.changes) == 0 and master.read_bytes() == before
    assert not [p for p in result.applied.report if p.code == "change-ignored"]  # nothing to name
    ledger = read_master(master)
    assert ledger["整改状态"][ledger["问题编号"].index(pid)] == "正在整改"
    # …and what a unit does change still arrives
    _edit_return(_return_of(inbox), "整改状态", "已完成", row=FIRST)
    merge_into_master(inbox, master, SETTINGS)
    ledger = read_master(master)
    assert ledger["整改状态"][ledger["问题编号"].index(pid)] == "已完成"


def test_a_deleted_problems_column_is_no_program_error(desk, capsys):
    master, inbox = desk
    book = load_workbook(master)
    book["校验问题"].delete_cols(7)  # 原值
    book.save(master)
    _edit_return(_return_of(inbox), "整改进展", "有进展")
    assert main(["merge", str(inbox), "--master", str(master)]) == 0
    assert "程序出错" not in capsys.readouterr().out
    assert _values(master, "校验问题")[0][:3] == ["级别", "问题类型", "文件"]


def test_a_merge_over_an_edited_master_keeps_it_and_carries_the_clerk_s_work(desk, capsys):
    master, _ = desk
    book = load_workbook(master)
    ws = book["总台账"]
    ws.cell(1, ws.max_column + 1, "督办意见")
    ws.cell(2, ws.max_column, "请分管领导过问")
    book.create_sheet("我的统计")["A1"] = "自己算的数"
    book.save(master)
    edited = master.read_bytes()
    assert main(["merge", str(sample_returns()), "--out", str(master.parent), "--as-of", "2024-07-31"]) == 0
    out = capsys.readouterr().out
    assert "留底" in out
    text = _all_text(master)
    assert {"请分管领导过问", "自己算的数"} <= text
    versions = sorted((master.parent / "历史版本").glob("汇总台账_*.xlsx"))
    assert versions[-1].read_bytes() == edited


def test_brief_never_writes_over_the_master(desk, capsys):
    master, _ = desk
    before = master.read_bytes()
    assert main(["brief", str(master), "--out", str(master)]) == 2
    assert "不是 .docx" in capsys.readouterr().err
    assert master.read_bytes() == before


def test_splitting_again_keeps_a_return_a_unit_filled_in(desk, capsys):
    master, inbox = desk
    _edit_return(_return_of(inbox), "整改进展", "单位已填写的进展")
    assert main(["split", str(master), "--out", str(inbox)]) == 0
    assert "留底" in capsys.readouterr().out
    kept = [p for p in (inbox / "历史版本").iterdir() if p.name.startswith("国网濮阳供电公司_")]
    assert len(kept) == 1 and "单位已填写的进展" in _all_text(kept[0])
    assert "单位已填写的进展" not in _all_text(_return_of(inbox))
    # the kept copies are no returns: merging the folder back reads each unit once
    result = merge_into_master(inbox, master, SETTINGS)
    assert not [f for f in result.applied.report if f.code == "superseded"]


def test_a_rewritten_description_is_named_and_a_long_term_deadline_arrives(desk):
    master, inbox = desk
    path = _return_of(inbox)
    pid = _edit_return(path, "问题描述", "单位改写了问题描述")
    _edit_return(path, "责任领导", "单位写的分管领导")
    long_term = _edit_return(path, "整改时限", "长期坚持", row=FIRST + 1)
    result = merge_into_master(inbox, master, SETTINGS)
    named = [p for p in result.applied.report if p.code == "change-ignored"]
    assert sorted((p.column, p.value, p.row) for p in named) == [
        ("责任领导", "单位写的分管领导", FIRST),
        ("问题描述", "单位改写了问题描述", FIRST),
    ]
    ledger = read_master(master)
    k = ledger["问题编号"].index(pid)
    assert ledger["问题描述"][k] != "单位改写了问题描述" and ledger["责任领导"][k] != "单位写的分管领导"
    k = ledger["问题编号"].index(long_term)
    assert ledger["整改时限"][k] is None and ledger["整改时限原文"][k] == "长期坚持"
    assert [(r[1], r[3], r[5]) for r in result.applied.changes.rows()] == [
        (long_term, "整改时限", "长期坚持")
    ]


def test_a_renamed_ledger_sheet_is_still_the_tool_s(desk):
    """The tool marks its sheets with its Excel tables (their names stay when a sheet is renamed): a
    clerk who renames 总台账 to 总台账（7月） still merges back into it, and gets no second copy of the
    old ledger as a sheet of the clerk's own."""
    master, inbox = desk
    book = load_workbook(master)
    book["总台账"].title = "总台账（7月）"
    book.save(master)
    assert len(read_master(master)) == 164
    _edit_return(_return_of(inbox), "整改进展", "改名后的进展")
    merge_into_master(inbox, master, SETTINGS)
    names = load_workbook(master, read_only=True).sheetnames
    assert "总台账" in names and "总台账（7月）" not in names
    assert "改名后的进展" in _all_text(master)


def test_splitting_an_unchanged_master_again_leaves_it_as_it_is(desk, tmp_path):
    """下发原值 already records what each unit was sent: a second split of the same master rewrites
    nothing (and keeps no new version of it)."""
    master, _ = desk
    before = master.read_bytes()
    versions = sorted((master.parent / "历史版本").iterdir())
    split(master, tmp_path / "再次下发", SETTINGS)
    assert master.read_bytes() == before
    assert sorted((master.parent / "历史版本").iterdir()) == versions


def test_the_problems_sheet_names_each_problem_in_chinese_errors_first_and_reads_back(tmp_path):
    """校验问题 lists errors before 提示, each by its Chinese 问题类型; a master read again keeps the
    problems by their codes."""
    from ledgerdesk.outputs.workbook import read_previous

    assert main(["run", "--out", str(tmp_path / "out")]) == 0
    master = tmp_path / "out" / "汇总台账.xlsx"
    rows = _values(master, "校验问题")
    levels = [r[0] for r in rows[1:]]
    assert levels == sorted(levels, key=lambda level: level != "错误") and "提示" in levels
    kinds = {r[1] for r in rows[1:]}
    assert "重复行" in kinds and not any(re.search(r"[a-z]-[a-z]", k) for k in kinds)
    codes = {p.code for p in read_previous(master).problems}
    assert "duplicate-row" in codes and codes <= set(CODES)

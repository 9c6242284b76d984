"""Merging several returns: supersession, duplicates across files, and the reconciliation."""

from __future__ import annotations

import os

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import AS_OF, write_return
from ledgerdesk.reading.merge import merge_ledgers

HEADER = ["问题编号", "问题描述", "整改时限", "整改状态", "完成时间"]


def _return(path, report_date, items, mtime=None):
    rows = [["填报单位：市住建局", None, "填报日期：" + report_date if report_date else None], HEADER, *items]
    write_return(path, rows)
    if mtime:
        os.utime(path, (mtime, mtime))
    return path


def test_the_newest_return_of_a_unit_supersedes_the_older_and_nothing_is_lost(tmp_path, units):
    june = _return(
        tmp_path / "住建6月.xlsx",
        "2024-06-28",
        [
            ["ZJJ-1", "施工许可慢", "2024.7.30", "正在整改", ""],
            ["ZJJ-2", "预售许可材料多", "2024.7.30", "正在整改", ""],
        ],
    )
    july = _return(
        tmp_path / "住建7月.xlsx",
        "2024-07-30",
        [
            ["ZJJ-1", "施工许可慢", "2024.7.30", "已完成", "2024.7.20"],
            ["ZJJ-2", "预售许可材料多", "2024.7.30", "已完成", "2024.7.25"],
            ["ZJJ-3", "新发现的问题", "2024.8.30", "正在整改", ""],
        ],
    )
    # The older return is passed last and has the newer file time: 填报日期 still decides.
    os.utime(june, (2_000_000_000, 2_000_000_000))
    result = merge_ledgers([july, june], units, AS_OF)
    assert result.counts == {"read": 5, "merged": 3, "rejected": 0, "superseded": 2}
    assert list(result.ledger["来源文件"]) == ["住建7月.xlsx"] * 3
    assert list(result.ledger["状态归类"]) == ["已完成", "已完成", "整改中"]
    assert [(f.file, f.status, f.rows) for f in result.files] == [
        ("住建7月.xlsx", "merged", 3),
        ("住建6月.xlsx", "superseded", 2),
    ]
    superseded = [r for r in result.rejected.records() if r["处理"] == "被替代"]
    assert [r["来源行"] for r in superseded] == [3, 4]
    assert all("施工许可慢" in r["原始内容"] or "预售许可材料多" in r["原始内容"] for r in superseded)
    assert result.report.flatten(("file", "code")) == [("住建6月.xlsx", "superseded")]


def test_without_a_report_date_the_newer_file_time_wins(tmp_path, units):
    old = _return(
        tmp_path / "a.xlsx", None, [["1", "问题甲", "2024.7.30", "正在整改", ""]], mtime=1_700_000_000
    )
    new = _return(
        tmp_path / "b.xlsx", None, [["1", "问题甲", "2024.7.30", "已完成", "2024.7.1"]], mtime=1_700_100_000
    )
    result = merge_ledgers([new, old], units, AS_OF)
    assert list(result.ledger["来源文件"]) == ["b.xlsx"]
    assert result.counts["superseded"] == 1


def test_two_files_with_the_same_name_in_subfolders_are_told_apart(tmp_path, units):
    for folder, unit in (("一组", "市司法局"), ("二组", "市民政局")):
        (tmp_path / folder).mkdir()
        write_return(
            tmp_path / folder / "台账.xlsx", [["责任单位", "问题描述", "整改状态"], [unit, "问题", "已完成"]]
        )
    result = merge_ledgers(sorted(tmp_path.rglob("*.xlsx")), units, AS_OF)
    assert sorted(result.ledger["来源文件"]) == ["一组/台账.xlsx", "二组/台账.xlsx"]
    assert result.counts["merged"] == 2


def test_a_units_own_newer_return_supersedes_its_rows_in_a_joint_return(tmp_path, units):
    header = ["责任单位", "问题描述", "整改时限", "整改状态"]
    row = ["市税务局", "不动产纳税需往返", "2024.6.30", "已完成"]
    joint = write_return(
        tmp_path / "资规局.xlsx", [header, ["市自然资源和规划局", "登记慢", "2024.6.30", "已完成"], row]
    )
    own = write_return(tmp_path / "税务局.xlsx", [header, row])
    os.utime(joint, (1_700_000_000, 1_700_000_000))
    os.utime(own, (1_700_100_000, 1_700_100_000))
    result = merge_ledgers([joint, own], units, AS_OF)
    assert result.counts == {"read": 3, "merged": 2, "rejected": 0, "superseded": 1}
    taxes = [f for f, u in result.ledger.rows(["来源文件", "责任单位"]) if u == "国家税务总局濮阳市税务局"]
    assert taxes == ["税务局.xlsx"]
    assert [(f.file, f.status) for f in result.files] == [
        ("资规局.xlsx", "merged"),
        ("税务局.xlsx", "merged"),
    ]


def test_identical_rows_count_once_however_the_date_is_written_and_reused_ids_are_flagged(tmp_path, units):
    header = ["问题编号", "责任单位", "问题描述", "整改措施", "整改时限", "整改状态"]
    rows = [
        header,
        ["MZJ-001", "市民政局", "低保审批慢", "压缩时限", "2024.6.30", "已完成"],
        ["MZJ-001", "市民政局", "低保审批慢", "压缩时限", "2024-06-30", "已完成"],  # the same item again
        ["MZJ-002", "市民政局", "低保审批慢", "增加窗口", "2024.6.30", "已完成"],  # another measure
        ["MZJ-002", "市民政局", "救助金发放迟", "按月发放", "2024.7.15", "正在整改"],  # reused ID
    ]
    path = write_return(tmp_path / "民政局.xlsx", rows)
    result = merge_ledgers([path], units, AS_OF)
    assert result.counts == {"read": 4, "merged": 3, "rejected": 1, "superseded": 0}
    assert list(result.ledger["来源行"]) == [2, 4, 5]
    duplicate = [p for p in result.report if p.code == "duplicate-row"]
    assert [p.message for p in duplicate] == ["第3行与第2行完全相同，重复行未采用"]
    reused = [p for p in result.report if p.code == "duplicate-id"]
    assert [p.message for p in reused] == ["第5行「问题编号」'MZJ-002'与第4行重复"]
    assert list(result.rejected["来源行"]) == [3] and list(result.rejected["处理"]) == ["退回"]


def test_a_date_typed_as_a_bare_number_is_shown_as_a_date_in_the_problem(tmp_path, units):
    """45431 in a General cell is what the unit sees; 校验问题 tells the clerk which date it is."""
    path = tmp_path / "民政局.xlsx"
    write_return(
        path,
        [
            ["问题描述", "发现时间", "整改状态", "完成时间"],
            ["婚姻登记排队久", 45449, "已完成", 45431],  # found 2024-06-06, done 2024-05-19
        ],
    )
    result = merge_ledgers([path], units, AS_OF)
    (problem,) = [p for p in result.report.problems if p.code == "finish-before-found"]
    assert problem.value == "2024-05-19（单元格里填的是数字 45431，没有设成日期格式）"
    assert problem.message.endswith("完成于2024-05-19，发现于2024-06-06") and "<" not in problem.message


def _dedupe_row_by_row(cols, keep):
    """The rule of _dedupe, written plainly: a row whose every column equals an earlier kept row's
    is a copy; a kept row whose 问题编号 (trimmed, not blank) an earlier one used is flagged."""
    from ledgerdesk.model import COLUMNS, Col

    first_content, first_id, merged, events = {}, {}, [], []
    for i in keep:
        content = tuple(cols[c][i] for c in COLUMNS)
        if content in first_content:
            events.append(("duplicate-row", cols[Col.ROW][i]))
            continue
        first_content[content] = i
        pid = str(cols[Col.ID][i]).strip()
        if pid and pid in first_id:
            events.append(("duplicate-id", cols[Col.ROW][i]))
        first_id.setdefault(pid, i)
        merged.append(i)
    return merged, events


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_dedupe_finds_the_copies_and_reused_ids_a_row_by_row_reading_finds(data):
    """_dedupe works in C on whole columns and looks only at the exceptions; for any rows (few
    distinct values, so copies, shared descriptions and reused IDs are common) it keeps, rejects and
    flags exactly what reading the rows one by one does, in the same order."""
    from ledgerdesk.model import COLUMNS, LEDGER_COLUMNS, Col
    from ledgerdesk.reading.merge import _dedupe
    from ledgerdesk.reading.problems import Report

    n = data.draw(st.integers(0, 30))
    small = {Col.DESCRIPTION: ["甲", "乙"], Col.UNIT: ["市民政局", "市财政局"], Col.DEADLINE: [None, 1, 2]}
    cols = {
        c: [data.draw(st.sampled_from(small.get(c, ["", "x"]))) for _ in range(n)]
        for c in (*LEDGER_COLUMNS, "_mtime")
        if c not in (Col.ID, Col.ROW, Col.FILE, Col.SHEET)
    }
    cols[Col.ID] = [data.draw(st.sampled_from(["", " ", "A1", "A1 ", "B2"])) for _ in range(n)]
    cols[Col.ROW] = list(range(2, n + 2))
    cols[Col.FILE], cols[Col.SHEET] = ["民政局.xlsx"] * n, ["Sheet1"] * n
    keep = sorted(data.draw(st.sets(st.integers(0, max(n - 1, 0)))) & set(range(n))) if n else []
    if data.draw(st.booleans()):
        keep = list(range(n))
    assert all(c in cols for c in COLUMNS)
    report = Report()
    merged, rejected = _dedupe(cols, keep, report)
    expected, events = _dedupe_row_by_row(cols, keep)
    assert merged == expected
    assert [(p.code, p.row) for p in report] == events
    assert [r.row for r in rejected] == [row for code, row in events if code == "duplicate-row"]

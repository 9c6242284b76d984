"""Merging several returns: supersession, duplicates across files, and the reconciliation."""

from __future__ import annotations

import os
from datetime import date

import pytest
from openpyxl import load_workbook

from conftest import AS_OF, write_return
from ledgerdesk.merge import merge_ledgers
from ledgerdesk.workbook import write_master

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
    superseded = result.rejected[result.rejected["处理"] == "被替代"]
    assert list(superseded["来源行"]) == [3, 4]
    assert all("施工许可慢" in t or "预售许可材料多" in t for t in superseded["原始内容"])
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
    taxes = result.ledger[result.ledger["责任单位"] == "国家税务总局濮阳市税务局"]
    assert list(taxes["来源文件"]) == ["税务局.xlsx"]
    assert [(f.file, f.status) for f in result.files] == [
        ("资规局.xlsx", "merged"),
        ("税务局.xlsx", "merged"),
    ]


def test_master_workbook_keeps_department_text_as_text_and_adds_up(tmp_path, units):
    path = write_return(
        tmp_path / "市民政局.xlsx",
        [
            ["问题描述", "整改状态", "整改时限", "备注"],
            ['=HYPERLINK("http://example.invalid","点我")', "已完成", "2024.6.30", "+1"],
            ["@SUM(A1:A2)", "正在整改", "2024.8.30", "-2"],
            ["", "看不懂", "尽快", ""],
        ],
    )
    result = merge_ledgers([path], units, AS_OF)
    out = write_master(result, tmp_path / "out" / "汇总台账.xlsx")
    book = load_workbook(out)
    assert book.sheetnames == ["总台账", "校验问题", "未采用行", "说明"]
    ws = book["总台账"]
    header = [c.value for c in ws[1]]
    desc = header.index("问题描述") + 1
    cells = [ws.cell(row=r, column=desc) for r in (2, 3)]
    assert [c.value for c in cells] == ['=HYPERLINK("http://example.invalid","点我")', "@SUM(A1:A2)"]
    assert all(c.data_type == "s" for c in cells)  # strings, never formulas
    deadline = ws.cell(row=2, column=header.index("整改时限") + 1).value
    assert deadline.date() == date(2024, 6, 30)
    assert ws.max_row == 1 + result.counts["merged"]
    problems = list(book["校验问题"].iter_rows(min_row=2, values_only=True))
    assert ("错误", "blank-description", "市民政局.xlsx", "Sheet1", 4, "问题描述") == problems[0][:6]
    left = list(book["未采用行"].iter_rows(min_row=2, values_only=True))
    assert [(r[2], r[3]) for r in left] == [(4, "退回")]
    about = dict(book["说明"].iter_rows(min_row=2, max_row=8, values_only=True))
    assert about["核对"] == "读入 3 = 合并 2 + 退回 1 + 被替代 0"


def test_an_output_that_cannot_be_replaced_is_reported_and_left_alone(tmp_path, units, monkeypatch):
    from ledgerdesk import workbook

    path = write_return(
        tmp_path / "a.xlsx", [["问题描述", "整改状态", "整改时限"], ["问题", "已完成", "2024.6.30"]]
    )
    result = merge_ledgers([path], units, AS_OF)
    target = tmp_path / "汇总台账.xlsx"
    target.write_bytes(b"the clerk's open copy")

    def locked(src, dst):  # what Windows does while Excel holds the file open
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(workbook.os, "replace", locked)
    with pytest.raises(workbook.OutputLocked, match="正在被其他程序使用"):
        write_master(result, target)
    assert target.read_bytes() == b"the clerk's open copy"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.xlsx", "汇总台账.xlsx"]  # no temp file left

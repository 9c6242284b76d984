"""A clerk teaches the tool a new layout in the settings (列对照, 状态词), never in code, and the next
run reads the returns that way: from the control workbook's sheets, from a TOML file, per unit."""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook

from conftest import AS_OF, write_return
from ledgerdesk.jobs import process
from ledgerdesk.outputs.workbook import read_master
from ledgerdesk.reading.settings import SettingsError, load_settings, write_control_workbook

HEADER = ["序号", "群众反映", "整改措施", "整改时限", "销账情况", "佐证"]
ROWS = [
    [1, "窗口人员业务不熟", "开展业务培训", "2024.6.30", "已销账", "培训签到表"],
    [2, "办事指南更新不及时", "全面梳理办事指南", "2024.9.30", "未销账", ""],
]


def _inbox(tmp_path, *units):
    inbox = tmp_path / "收件箱"
    inbox.mkdir()
    for unit in units:
        write_return(inbox / f"{unit}.xlsx", [[f"{unit}问题整改台账"], HEADER, *ROWS])
    return inbox


def _read(tmp_path, inbox, settings):
    job = process(inbox, tmp_path / "out", settings.with_as_of(AS_OF))
    ledger = job.merge.ledger
    return job, {
        (u, d): s for u, d, s in zip(ledger["责任单位"], ledger["问题描述"], ledger["状态归类"], strict=True)
    }


def test_untaught_a_closing_column_is_read_by_its_meaning_and_the_guess_is_named(tmp_path):
    job, states = _read(tmp_path, _inbox(tmp_path, "市统计局"), load_settings(None))
    # 销账 is 销号 in another office's words: 已销账 closed, 未销账 not
    assert states == {
        ("市统计局", "窗口人员业务不熟"): "已完成",
        ("市统计局", "办事指南更新不及时"): "未整改",
    }
    guessed = {p.value: p.message for p in job.merge.report if p.code == "column-guessed"}
    assert "销账情况" in guessed and "销号情况" in guessed["销账情况"]
    assert {p.code for p in job.merge.report} >= {"status-from-columns", "columns-kept"}
    assert "佐证" in job.merge.ledger.columns  # kept, not lost


def test_a_clerk_teaches_the_layout_in_the_control_workbook(tmp_path):
    console = write_control_workbook(tmp_path / "督查台账助手.xlsx")
    book = load_workbook(console)
    book["列对照"].append(["销账情况", "整改状态", ""])
    book["列对照"].append(["群众反映", "问题描述", ""])
    book["状态词"].append(["已销账", "已完成"])
    book["状态词"].append(["未销账", "未整改"])
    book.save(console)
    settings = load_settings(console)
    job, states = _read(tmp_path, _inbox(tmp_path, "市统计局"), settings)
    assert states == {
        ("市统计局", "窗口人员业务不熟"): "已完成",
        ("市统计局", "办事指南更新不及时"): "未整改",
    }
    assert not [
        p for p in job.merge.report if p.code in ("column-guessed", "no-status-column", "unknown-status")
    ]
    assert "销账情况" not in job.merge.ledger.columns  # read as the status now
    about = {
        r[0]: r[1]
        for r in load_workbook(tmp_path / "out" / "汇总台账.xlsx")["说明"].iter_rows(values_only=True)
    }
    assert about["设置：列对照"] == "群众反映 → 问题描述"  # the 说明 sheet says what was taught
    assert read_master(tmp_path / "out" / "汇总台账.xlsx")["状态归类"] == ["已完成", "未整改"]


def test_a_toml_entry_for_one_unit_applies_to_that_units_return_only(tmp_path):
    path = tmp_path / "设置.toml"
    path.write_text(
        '["列对照"."市统计局"]\n"销账情况" = "整改状态"\n\n["状态词"]\n"已销账" = "已完成"\n"未销账" = "整改中"\n',
        encoding="utf-8",
    )
    settings = load_settings(path)
    assert settings.column_map == (("市统计局", "销账情况", "整改状态"),)
    _, states = _read(tmp_path, _inbox(tmp_path, "市统计局", "市气象局"), settings)
    assert states[("市统计局", "窗口人员业务不熟")] == "已完成"
    assert states[("市统计局", "办事指南更新不及时")] == "整改中"
    # 市气象局's column is not mapped: it is read by its meaning (销账 = closed), not as the status
    assert states[("市气象局", "窗口人员业务不熟")] == "已完成"
    assert states[("市气象局", "办事指南更新不及时")] == "未整改"


def test_keep_means_never_guess(tmp_path):
    rows = [["问题描述", "整改状态", "办理情况"], ["材料多", "已完成", "已精简材料"]]
    inbox = tmp_path / "收件箱"
    inbox.mkdir()
    write_return(inbox / "市统计局.xlsx", rows)
    guessed, _ = _read(tmp_path, inbox, load_settings(None))
    assert [p.value for p in guessed.merge.report if p.code == "column-guessed"] == ["办理情况"]
    path = tmp_path / "设置.toml"
    path.write_text('["列对照"]\n"办理情况" = "原样保留"\n', encoding="utf-8")
    kept, _ = _read(tmp_path, inbox, load_settings(path))
    assert not [p for p in kept.merge.report if p.code == "column-guessed"]
    assert kept.merge.ledger["办理情况"] == ["已精简材料"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('["列对照"]\n"办结情况" = "完成与否"\n', "不是台账的列"),
        ('["状态词"]\n"已交账" = "差不多"\n', "应归为 已完成、整改中、未整改、长期坚持"),
        ('"列对照" = "办结情况"\n', "应写成表"),
    ],
)
def test_a_bad_entry_is_named_in_chinese(tmp_path, text, message):
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SettingsError, match=message):
        load_settings(path)


def test_stats_says_which_files_and_rows_were_left_out_and_why(tmp_path):
    from test_cli import run

    inbox = tmp_path / "收件箱"
    inbox.mkdir()
    write_return(
        inbox / "市统计局.xlsx", [["问题描述", "整改状态"], ["材料多", "已完成"], ["排队久", "看情况"]]
    )
    write_return(inbox / "名单.xlsx", [["姓名", "电话"], ["张三", "123"]])
    proc = run("stats", inbox, "--out", tmp_path / "out", "--as-of", "2024-07-31", "--json")
    notes = json.loads(proc.stdout)["notes"]
    assert any("「名单.xlsx」未找到台账表头" in n and "2 个文件中 1 个未采用" in n for n in notes), notes
    assert not any("退回" in n for n in notes), notes  # 看情况 is kept, 未填报进展, and named
    problems = json.loads(proc.stdout)["problems"]
    assert [(p["code"], p["value"]) for p in problems if p["code"] == "unknown-status"] == [
        ("unknown-status", "看情况")
    ]
    printed = run("stats", inbox, "--out", tmp_path / "out2", "--as-of", "2024-07-31")
    assert "「名单.xlsx」未找到台账表头" in printed.stderr
    about = [
        r[1] for r in load_workbook(tmp_path / "out" / "汇总台账.xlsx")["说明"].iter_rows(values_only=True)
    ]
    assert any(str(v).startswith("2 个文件中 1 个未采用") for v in about)


def test_the_offices_status_words_apply_to_a_master_the_clerk_edited(tmp_path):
    path = tmp_path / "设置.toml"
    path.write_text('["状态词"]\n"结转" = "已完成"\n', encoding="utf-8")
    settings = load_settings(path).with_as_of(AS_OF)
    inbox = tmp_path / "收件箱"
    inbox.mkdir()
    write_return(inbox / "市统计局.xlsx", [["问题描述", "整改状态"], ["数据查询不便", "正在整改"]])
    process(inbox, tmp_path / "out", settings)
    master = tmp_path / "out" / "汇总台账.xlsx"
    book = load_workbook(master)
    ws = book["总台账"]
    status = [c.value for c in ws[1]].index("整改状态") + 1
    ws.cell(row=2, column=status, value="结转")  # the clerk writes the office's own word
    book.save(master)
    assert process(master, tmp_path / "stats", settings).metrics.total.done == 1
    assert process(master, tmp_path / "stats2", load_settings(None).with_as_of(AS_OF)).metrics.total.done == 0

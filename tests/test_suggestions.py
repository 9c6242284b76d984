"""读取情况 and the suggestions a clerk accepts (issue 29): returns the tool reads wrong the first
time, ``check --suggest``, the clerk's corrections to the suggested rows only, and the next merge
reads every item right — unit, status and deadline, item by item."""

from __future__ import annotations

import json
import tomllib
from datetime import date

import pytest
import tomlkit
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import write_return
from ledgerdesk.cli import main
from ledgerdesk.outputs.workbook import read_master
from ledgerdesk.reading.readings import SheetReading
from ledgerdesk.reading.settings import load_settings
from ledgerdesk.reading.suggestions import Suggestion, add_to_toml, add_to_workbook, plan_rows

AS_OF = "2024-07-31"
SEEN_AS = "未明确责任单位"

# What a person (the clerk, who knows who sent which file and what the office's words mean) reads:
# file -> [(a piece of the description, unit, 状态归类, 整改时限)].
TRUTH = {
    "重点问题整改推进表.xlsx": [
        ("养老院消防通道堵塞", "市民政局", "整改中", date(2024, 8, 15)),
        ("背街小巷路灯不亮", "市城市管理局", "已完成", date(2024, 6, 30)),
        ("农贸市场排水沟堵塞", "市城市管理局", "整改中", date(2024, 9, 30)),
    ],
    "审计整改（财政）.xlsx": [
        ("专项资金拨付滞后", "市财政局", "整改中", date(2024, 8, 31)),
        ("往来款长期挂账未清理", "市财政局", "已完成", date(2024, 6, 30)),
    ],
    "城北片区问题清单.xlsx": [
        ("东环路人行道破损", "市城市管理局", "整改中", date(2024, 8, 15)),
        ("北关菜市场占道经营", "市城市管理局", "已完成", date(2024, 7, 10)),
    ],
    "民政局台账.xlsx": [
        ("敬老院厨房燃气报警器失效", "市民政局", "整改中", date(2024, 9, 30)),
        ("救助资金发放台账不全", "市民政局", "已完成", date(2024, 7, 20)),
    ],
}

# The clerk's corrections, each to a row the tool suggested; every other suggestion is accepted.
CORRECTIONS = {
    ("列对照", "来源单位"): "原样保留",  # the inspection group that found it, not the handler
    ("列对照", "执行单位"): "责任单位",  # the handler, left as it was by the tool
    ("列对照", "日期"): "整改时限",  # this office's 日期 is the deadline
    ("状态词", "待验"): "整改中",  # waiting for the check: work under way
    ("文件设置", "审计整改（财政）.xlsx"): "市财政局",  # the title names the auditor; 财政局 sent it
    ("文件设置", "城北片区问题清单.xlsx"): "市城市管理局",  # 城北片区 is where, not who
    ("文件设置", "民政局台账.xlsx"): 3,  # the header is row 3; row 2 only looks like one
}


def write_inbox(folder):
    folder.mkdir()
    write_return(
        folder / "重点问题整改推进表.xlsx",
        [
            ["重点问题整改推进表"],
            ["填报单位：市委第三巡察组"],  # the group that sends the list to the offices
            ["序号", "问题", "来源单位", "执行单位", "日期", "进度"],
            [1, "养老院消防通道堵塞", "市委第三巡察组", "市民政局", date(2024, 8, 15), "待验"],
            [2, "背街小巷路灯不亮", "市委第三巡察组", "市城市管理局", date(2024, 6, 30), "已完成"],
            [3, "农贸市场排水沟堵塞", "市委第三巡察组", "市城市管理局", date(2024, 9, 30), "待验"],
        ],
    )
    write_return(
        folder / "审计整改（财政）.xlsx",
        [
            ["市审计局交办问题整改台账"],
            ["填报日期：2024年7月30日"],
            ["编号", "问题摘要", "承办科室", "计划完成", "目前进度"],
            ["SJ-1", "专项资金拨付滞后", "预算科", "2024年8月底", "待验"],
            ["SJ-2", "往来款长期挂账未清理", "国库科", "2024年6月底", "已清理"],
        ],
        sheet="台账",
    )
    write_return(
        folder / "城北片区问题清单.xlsx",
        [
            ["城北片区背街小巷问题整改清单"],
            ["序号", "存在问题", "时间节点", "办理结果", "经办"],
            [1, "东环路人行道破损", date(2024, 8, 15), "推进中", "张三"],
            [2, "北关菜市场占道经营", date(2024, 7, 10), "已交账", "王五"],
        ],
    )
    write_return(
        folder / "民政局台账.xlsx",
        [
            ["市民政局问题整改台账"],
            ["问题描述", "整改时限", "整改状态"],  # a line of labels the office printed over its own table
            ["事项", "办结时限", "进度"],
            ["敬老院厨房燃气报警器失效", "2024-09-30", "推进中"],
            ["救助资金发放台账不全", "2024-07-20", "已完成"],
        ],
    )
    return folder


def merged_items(path):
    master = read_master(path)
    return {
        d: (u, s, t)
        for d, u, s, t in zip(
            master["问题描述"], master["责任单位"], master["状态归类"], master["整改时限"], strict=True
        )
    }


def misread(items):
    """The items a person reads otherwise: (file, description) -> what was read."""
    wrong = {}
    for file, expected in TRUTH.items():
        for desc, unit, state, deadline in expected:
            got = next((v for d, v in items.items() if desc in str(d)), None)
            if got is None or got[0] != unit or got[1] != state or _day(got[2]) != deadline:
                wrong[(file, desc)] = got
    return wrong


def _day(value):
    return value.date() if hasattr(value, "date") else value


def clerk_confirms(path):
    """The clerk goes through the 待确认 rows: the wrong ones corrected, every one confirmed.
    Returns the corrections made (each to a suggested row)."""
    doc = tomlkit.parse(path.read_text(encoding="utf-8"))
    made = set()
    for sheet, key in (("列对照", "对应列"), ("状态词", "归为")):
        for header, value in doc.get(sheet, {}).items():
            if isinstance(value, dict) and "待确认" in value:
                if (sheet, header) in CORRECTIONS:
                    value[key] = CORRECTIONS[(sheet, header)]
                    made.add((sheet, header))
                del value["待确认"]
    for entry in doc.get("文件设置", []):
        if "待确认" not in entry:
            continue
        fix = CORRECTIONS.get(("文件设置", entry["文件"]))
        if isinstance(fix, str):
            entry["单位"] = fix
        elif isinstance(fix, int):
            entry["表头行"] = fix
        if fix is not None:
            made.add(("文件设置", entry["文件"]))
        del entry["待确认"]
    path.write_text(tomlkit.dumps(doc), encoding="utf-8")
    return made


def run_json(capsys, *argv):
    assert main([*argv, "--as-of", AS_OF, "--json"]) in (0, 1)
    return json.loads(capsys.readouterr().out)


def test_wrong_first_readings_are_fixed_by_confirming_the_suggestions(tmp_path, capsys):
    inbox = write_inbox(tmp_path / "收件箱")
    run_json(capsys, "merge", str(inbox), "--out", str(tmp_path / "first"))
    items = merged_items(tmp_path / "first" / "汇总台账.xlsx")
    first = misread(items)
    # read as the tool reads an unseen layout: the handler, the deadline, a word, three senders
    assert len(first) >= 7, first
    assert "事项" in items  # the labels under the wrong header row, merged as an item
    assert any(got and got[0] == "市委第三巡察组" for got in first.values())  # the inspector as the unit
    assert any(got and got[2] is None for got in first.values())  # 日期 not read as the deadline
    assert any(got and got[0] == SEEN_AS for got in first.values())  # the auditor's title: no unit

    settings_file = tmp_path / "设置.toml"
    checked = run_json(capsys, "check", str(inbox), "--suggest", str(settings_file))
    assert checked["suggested"]["added"] == checked["suggested"]["suggestions"] > 0
    accounts = {(a["file"], a["sheet"]): a for a in checked["readings"]}
    assert accounts[("审计整改（财政）.xlsx", "台账")]["unit_guessed"]
    pending = load_settings(settings_file)
    assert pending.pending == checked["suggested"]["added"] and pending.column_map == ()  # none used yet

    made = clerk_confirms(settings_file)
    assert made == set(CORRECTIONS)  # every correction was to a row the tool had suggested
    run_json(capsys, "merge", str(inbox), "--settings", str(settings_file), "--out", str(tmp_path / "then"))
    items = merged_items(tmp_path / "then" / "汇总台账.xlsx")
    assert misread(items) == {}
    assert len(items) == sum(len(v) for v in TRUTH.values())

    # confirmed, the layouts are known: the next check only asks about the columns of the file
    # whose header row the clerk moved (they were not the columns read before) …
    again = run_json(capsys, "check", str(inbox), "--suggest", str(settings_file))
    unsure = [a for a in again["readings"] if a["to_confirm"]]
    assert [a["file"] for a in unsure] == ["民政局台账.xlsx"]
    assert again["suggested"]["added"] == len([c for c in unsure[0]["columns"] if c["to_confirm"]]) > 0
    assert clerk_confirms(settings_file) == set()  # read right: the clerk accepts them as they are
    # … and once those are confirmed, nothing at all
    last = run_json(capsys, "check", str(inbox), "--suggest", str(settings_file))
    assert last["suggested"]["added"] == 0
    assert all(not a["to_confirm"] for a in last["readings"]), last["readings"]


def test_the_reading_sheet_shows_each_column_how_and_with_what(tmp_path, capsys):
    inbox = write_inbox(tmp_path / "收件箱")
    out = run_json(capsys, "merge", str(inbox), "--out", str(tmp_path / "out"))
    from openpyxl import load_workbook

    ws = load_workbook(tmp_path / "out" / "汇总台账.xlsx")["读取情况"]
    rows = [[c or "" for c in r] for r in ws.iter_rows(values_only=True)]
    assert rows[0] == ["文件", "工作表", "读取项", "原文", "读作", "依据", "样例", "待确认"]
    line = next(r for r in rows if r[0] == "重点问题整改推进表.xlsx" and r[3] == "来源单位")
    assert (
        line[4] == "责任单位"
        and line[5] == "按表头含义推断"
        and line[6] == "市委第三巡察组"
        and line[7] == "待确认"
    )
    kept = next(r for r in rows if r[0] == "重点问题整改推进表.xlsx" and r[3] == "执行单位")
    assert kept[4] == "原样保留" and kept[6] == "市民政局；市城市管理局" and kept[7] == "待确认"
    word = next(r for r in rows if r[0] == "重点问题整改推进表.xlsx" and r[2] == "未认出的进展写法")
    assert word[3] == "待验" and word[5] == "2 行"
    counts = next(r for r in rows if r[0] == "重点问题整改推进表.xlsx" and r[2] == "行数")
    assert counts[4] == "读入 3 行" and counts[5] == "合并 3 行，未采用 0 行"
    # each file's block: what to confirm first (after its unit and header row)
    block = [r for r in rows if r[0] == "重点问题整改推进表.xlsx" and r[2].startswith("列")]
    marks = [r[7] for r in block]
    assert marks == sorted(marks, reverse=True)
    # and the same accounts in the JSON
    account = next(a for a in out["readings"] if a["file"] == "重点问题整改推进表.xlsx")
    assert account["rows"] == {"read": 3, "merged": 3, "left_out": 0}
    assert account["unknown_words"] == {"待验": 2}


def test_a_header_row_and_a_unit_for_one_file_only(tmp_path, capsys):
    """文件设置 applies to the file it names (or one sheet of it), and to nothing else."""
    inbox = write_inbox(tmp_path / "收件箱")
    settings_file = tmp_path / "设置.toml"
    settings_file.write_text(
        '[["文件设置"]]\n"文件" = "民政局台账.xlsx"\n"表头行" = 3\n\n'
        '[["文件设置"]]\n"文件" = "城北片区问题清单.xlsx"\n"工作表" = "别的表"\n"单位" = "市公安局"\n',
        encoding="utf-8",
    )
    run_json(capsys, "merge", str(inbox), "--settings", str(settings_file), "--out", str(tmp_path / "out"))
    items = merged_items(tmp_path / "out" / "汇总台账.xlsx")
    fixed = {d: v for d, v in items.items() if d.startswith(("敬老院厨房", "救助资金"))}
    assert fixed == {
        "敬老院厨房燃气报警器失效": ("市民政局", "整改中", date(2024, 9, 30)),
        "救助资金发放台账不全": ("市民政局", "已完成", date(2024, 7, 20)),
    }
    assert items["东环路人行道破损"][0] != "市公安局"  # another sheet's entry: not this one


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[["文件设置"]]\n"单位" = "市财政局"\n', "没有填写文件名"),
        ('[["文件设置"]]\n"文件" = "a.xlsx"\n"表头行" = "第三行"\n', "表头行'第三行'应为行号"),
        ('["状态词"]\n"待验" = { "归为" = "" }\n', "'待验'应归为"),
    ],
)
def test_a_confirmed_row_that_cannot_be_used_is_named_in_chinese(tmp_path, text, message):
    from ledgerdesk.reading.settings import SettingsError

    path = tmp_path / "设置.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SettingsError, match=message):
        load_settings(path)


def test_a_pending_row_is_counted_not_used(tmp_path):
    path = tmp_path / "设置.toml"
    path.write_text(
        '["列对照"]\n"日期" = { "对应列" = "整改时限", "待确认" = "是" }\n"限期" = { "对应列" = "整改时限" }\n'
        '["状态词"]\n"待验" = { "归为" = "", "待确认" = "是" }\n',
        encoding="utf-8",
    )
    s = load_settings(path)
    assert s.column_map == (("", "限期", "整改时限"),) and s.status_words == () and s.pending == 2


# ---------------------------------------------------------------------------------------------
# The clerk's own rows survive any number of suggestion rounds.

WORDS = st.text(alphabet="办结整改中已未完成销号验收情况时限单位进展交账挂起", min_size=1, max_size=6)
COLUMNS = st.sampled_from(["整改状态", "整改时限", "责任单位", "整改进展", "原样保留"])
STATES = st.sampled_from(["已完成", "整改中", "未整改", "长期坚持"])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    own_columns=st.dictionaries(WORDS, COLUMNS, max_size=5),
    own_words=st.dictionaries(WORDS, STATES, max_size=5),
    rounds=st.lists(
        st.lists(st.tuples(st.sampled_from(["列对照", "状态词", "文件设置"]), WORDS, COLUMNS), max_size=6),
        min_size=1,
        max_size=4,
    ),
)
def test_the_clerks_rows_survive_any_number_of_suggestion_rounds(tmp_path, own_columns, own_words, rounds):
    toml = tmp_path / "设置.toml"
    lines = ["# 本局的设置（张科长 2024-07）", 'as_of = "2024-07-31"', "", '["列对照"]']
    lines += [f'"{h}" = "{c}"  # 核对过' for h, c in own_columns.items()]
    lines += ["", '["状态词"]', *[f'"{w}" = "{s}"' for w, s in own_words.items()]]
    text = "\n".join(lines) + "\n"
    toml.write_text(text, encoding="utf-8")
    from ledgerdesk.reading.settings import write_control_workbook

    book = write_control_workbook(tmp_path / f"控制台{len(list(tmp_path.iterdir()))}.xlsx")
    _fill_workbook(book, own_columns, own_words)
    for found in rounds:
        suggestions = [_suggestion(sheet, word, column) for sheet, word, column in found]
        add_to_toml(toml, suggestions)
        add_to_workbook(book, suggestions)
    after = toml.read_text(encoding="utf-8")
    rest = iter(after.splitlines())
    assert all(line in rest for line in text.splitlines())  # every line the clerk wrote, in its order
    loaded = tomllib.loads(after)
    assert {k: v for k, v in loaded["列对照"].items() if isinstance(v, str)} == own_columns
    assert {k: v for k, v in loaded["状态词"].items() if isinstance(v, str)} == own_words
    s = load_settings(book)
    assert [(h, c) for _, h, c in s.column_map] == list(own_columns.items())
    assert list(s.status_words) == list(own_words.items())


def _fill_workbook(path, own_columns, own_words):
    from openpyxl import load_workbook

    wb = load_workbook(path)
    for r, (h, c) in enumerate(own_columns.items(), start=2):
        wb["列对照"].cell(r, 1, h)
        wb["列对照"].cell(r, 2, c)
    for r, (w, s) in enumerate(own_words.items(), start=2):
        wb["状态词"].cell(r, 1, w)
        wb["状态词"].cell(r, 2, s)
    wb.save(path)


def _suggestion(sheet, word, column):
    if sheet == "列对照":
        return Suggestion(sheet, (word, column, ""), "测试.xlsx：按表头含义推断")
    if sheet == "状态词":
        return Suggestion(sheet, (word, ""), "测试.xlsx：1 行")
    return Suggestion(sheet, (f"{word}.xlsx", "", "", "3"), "测试")


def test_suggestions_go_after_the_last_row_and_fix_an_old_header():
    """An older control workbook's 列对照 (three columns, a hint to the right) gets 待确认 and 来源
    in its header, and the rows below the clerk's last one, a gap the clerk left included."""
    old = [
        ["表头", "对应列", "单位", None, "说明文字"],
        ["办结情况", "整改状态", ""],
        [None, None],
        ["落实", "整改进展"],
    ]
    plan = plan_rows({"列对照": old}, [Suggestion("列对照", ("结案", "整改状态", ""), "a.xlsx")])
    assert plan.writes == [
        ("列对照", 1, [["表头", "对应列", "单位", "待确认", "来源"]]),
        ("列对照", 5, [["结案", "整改状态", "", "待确认", "a.xlsx"]]),
    ]
    assert plan.added == 1
    again = plan_rows({"列对照": old}, [Suggestion("列对照", ("办结 情况", "整改进展", ""), "b")])
    assert again.writes == [] and again.added == 0


def test_a_sheet_without_a_ledger_is_named_in_the_reading(tmp_path):
    account = SheetReading("说明.xlsx", "", note="未找到台账表头")
    from ledgerdesk.reading.readings import reading_table
    from ledgerdesk.reading.suggestions import suggest

    assert list(reading_table([account]).rows())[0][2:6] == ("未读到台账", "", "", "未找到台账表头")
    (only,) = suggest([account])
    assert only.sheet == "文件设置" and only.values[0] == "说明.xlsx"


def test_every_toml_example_in_the_settings_doc_loads(tmp_path):
    """docs/settings.md's examples are settings the tool reads (a suggestion's form included)."""
    import re
    from pathlib import Path

    doc = (Path(__file__).parents[1] / "docs" / "settings.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```toml\n(.*?)```", doc, re.S)
    assert len(blocks) >= 3
    path = tmp_path / "设置.toml"
    path.write_text("\n".join(blocks), encoding="utf-8")
    s = load_settings(path)
    assert ("", "办结情况", "整改状态") in s.column_map and s.pending == 1
    assert ("待验", "整改中") in s.status_words and ("见附件", "未填报进展") in s.status_words
    assert ("审计整改（财政）.xlsx", "", "市财政局", 0) in s.file_rules

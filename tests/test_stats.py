"""`ledgerdesk stats`: the same figures from the inbox and from the master written from it."""

from __future__ import annotations

import json

from openpyxl import load_workbook
from test_cli import run

from ledgerdesk.jobs import process
from ledgerdesk.reading.settings import Settings
from ledgerdesk.resources import SAMPLE_AS_OF, sample_returns

SETTINGS = Settings(as_of=SAMPLE_AS_OF)


def test_figures_are_identical_from_the_inbox_and_from_the_master_workbook(tmp_path):
    from_inbox = process(sample_returns(), tmp_path / "a", SETTINGS)
    master = from_inbox.outputs["workbook"]
    from_master = process(master, tmp_path / "b", SETTINGS)
    assert from_inbox.metrics.total == from_master.metrics.total
    assert from_inbox.metrics.units == from_master.metrics.units
    assert from_inbox.metrics.by_category == from_master.metrics.by_category
    assert from_inbox.metrics.total.completion_rate == 160 / 164


def test_a_status_the_clerk_corrected_in_the_master_is_respected(tmp_path):
    first = process(sample_returns(), tmp_path, SETTINGS)
    path = first.outputs["workbook"]
    book = load_workbook(path)
    ws = book["总台账"]
    header = [c.value for c in ws[1]]
    status, unit = header.index("整改状态") + 1, header.index("责任单位") + 1
    ws.cell(row=1, column=ws.max_column + 1, value="督查员意见")  # a column the clerk added
    for r in range(2, ws.max_row + 1):
        if (
            ws.cell(row=r, column=unit).value == "市自然资源和规划局"
            and ws.cell(row=r, column=status).value == "整改中"
        ):
            ws.cell(row=r, column=status, value="已完成")
            ws.cell(row=r, column=ws.max_column, value="已电话核实")
    book.save(path)
    again = process(path, tmp_path / "edited", SETTINGS)
    assert again.metrics.total.done == 161
    assert again.metrics.total.overdue == first.metrics.total.overdue - 1
    (row,) = [u for u in again.metrics.units if u.unit == "市自然资源和规划局"]
    assert (row.done, row.warning, row.rank) == (4, "green", 1)


def test_stats_json_has_the_documented_shape_and_history_gives_a_delta(tmp_path):
    proc = run("stats", sample_returns(), "--as-of", "2024-07-15", "--json", "--out", tmp_path)
    assert proc.returncode == 0  # done; the samples' deliberate errors are in the JSON
    proc = run("stats", tmp_path / "汇总台账.xlsx", "--as-of", "2024-07-31", "--json", "--out", tmp_path)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert set(data["total"]) >= {
        "items",
        "done",
        "in_progress",
        "not_started",
        "long_term",
        "overdue",
        "due_soon",
        "completion_rate",
    }
    assert data["total"]["completion_rate"] == 160 / 164
    unit = data["units"][0]
    assert set(unit) == {
        "unit",
        "items",
        "done",
        "in_progress",
        "not_started",
        "long_term",
        "overdue",
        "due_soon",
        "completion_rate",
        "warning",
        "rank",
    }
    assert unit["rank"] == 1 and unit["warning"] in ("red", "yellow", "green")
    assert data["delta"]["previous_as_of"] == "2024-07-15"
    assert [i["unit"] for i in data["delta"]["became_overdue"]] == ["市自然资源和规划局"]  # deadline 07-15


def test_run_prints_the_totals_and_the_units_that_need_attention(tmp_path):
    proc = run("run", "--out", tmp_path)
    assert "截至2024年7月31日，37家单位共有问题164个，已完成160个，整改完成率97.56%" in proc.stdout
    assert "市医疗保障局" in proc.stdout and "75%" in proc.stdout
    assert "国网濮阳供电公司" not in proc.stdout.split("需关注的单位")[1]


def test_stats_of_a_file_that_is_not_a_master_is_a_clear_error(tmp_path):
    proc = run("stats", sample_returns() / "教育局.xlsx", "--out", tmp_path)
    assert proc.returncode == 2
    assert "不是汇总台账" in proc.stderr

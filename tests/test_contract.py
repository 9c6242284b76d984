"""One JSON and exit-code contract for every command (docs/cli.md).

Every --json result has as_of (and where it came from), the files read, the rows, the problems
and the outputs; merge --master adds the changes. Exit 0 when the job is done and its outputs
written, even when the returns had errors; 1 with --strict (and from check) when there are
error-severity problems; 2 when the work could not proceed.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from ledgerdesk.resources import sample_returns, templates_dir

LEDGERDESK = shutil.which("ledgerdesk") or f"{sys.executable} -m ledgerdesk.cli"
COMMON = {"as_of", "as_of_from", "files", "rows", "problems", "outputs"}


def run(*args, cwd=None):
    command = [*LEDGERDESK.split(), *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, cwd=cwd, timeout=180)


def tree(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """`ledgerdesk run` once: its JSON, and the out folder the other commands start from."""
    work = tmp_path_factory.mktemp("work")
    proc = run("run", "--json", cwd=work)
    assert proc.returncode == 0, proc.stderr  # done, though the samples hold deliberate errors
    return work, json.loads(proc.stdout)


def test_run_exits_0_says_how_many_errors_and_strict_exits_1(sample, tmp_path):
    _, printed = sample
    assert COMMON <= set(printed) and printed["as_of"] == "2024-07-31"
    assert sum(p["severity"] == "error" for p in printed["problems"]) == 3
    assert {"workbook", "history", "briefing", "notices"} <= set(printed["outputs"])
    proc = run("run", cwd=tmp_path)
    assert proc.returncode == 0 and "发现错误 3 个" in proc.stdout
    strict = run("run", "--strict", "--out", tmp_path / "严格")
    assert strict.returncode == 1 and (tmp_path / "严格" / "汇总台账.xlsx").is_file()  # written all the same


@pytest.mark.parametrize("command", ["merge", "stats-inbox", "stats-master", "brief", "check"])
def test_every_command_prints_the_common_json(sample, tmp_path, command):
    work, _ = sample
    master = work / "out" / "汇总台账.xlsx"
    args = {
        "merge": ["merge", sample_returns(), "--out", tmp_path],
        "stats-inbox": ["stats", sample_returns(), "--out", tmp_path],
        "stats-master": ["stats", master, "--out", tmp_path],
        "brief": ["brief", master, "--out", tmp_path / "通报.docx"],
        "check": ["check", sample_returns()],
    }[command]
    proc = run(*args, "--json")
    printed = json.loads(proc.stdout)
    assert COMMON <= set(printed), command
    assert printed["as_of"] == "2024-07-31" or command in ("merge", "stats-inbox", "check")
    assert printed["rows"]["read"] == sum(printed["rows"][k] for k in ("merged", "rejected", "superseded"))
    assert proc.returncode == (1 if command == "check" else 0), proc.stderr
    if command == "stats-master":  # the master's own 统计截止日, not today
        assert printed["as_of_from"] == "master" and printed["rows"]["merged"] == 164
    if command == "brief":
        assert printed["outputs"]["briefing"] == str(tmp_path / "通报.docx")


def test_check_writes_nothing(tmp_path):
    before = tree(sample_returns())
    proc = run("check", sample_returns(), cwd=tmp_path)
    assert proc.returncode == 1 and "发现错误 3 个" in proc.stdout
    assert list(tmp_path.iterdir()) == [] and tree(sample_returns()) == before


def test_merge_back_prints_the_common_json_with_the_changes_and_honours_out(sample, tmp_path):
    work, _ = sample
    master = tmp_path / "汇总台账.xlsx"
    shutil.copy2(work / "out" / "汇总台账.xlsx", master)
    assert run("split", master, "--out", tmp_path / "下发").returncode == 0
    returns = tmp_path / "下发"
    before = hashlib.sha256(master.read_bytes()).hexdigest()
    proc = run("merge", returns, "--master", master, "--out", tmp_path / "另存", "--json")
    assert proc.returncode == 0, proc.stderr
    printed = json.loads(proc.stdout)
    assert COMMON | {"changes", "added", "silent"} <= set(printed)
    assert printed["outputs"]["workbook"] == str(tmp_path / "另存" / "汇总台账.xlsx")
    assert (tmp_path / "另存" / "汇总台账.xlsx").is_file()
    assert hashlib.sha256(master.read_bytes()).hexdigest() == before  # the clerk's file as it was


def test_the_readme_bulletin_states_the_workbooks_figures(sample):
    """README: `ledgerdesk brief out/汇总台账.xlsx --template templates/简报模板.docx --out out/简报.docx`
    (no --as-of, no --settings) reports the master's period, not today's."""
    work, _ = sample
    proc = run(
        "brief",
        "out/汇总台账.xlsx",
        "--template",
        templates_dir() / "简报模板.docx",
        "--out",
        "out/简报.docx",
        cwd=work,
    )
    assert proc.returncode == 0, proc.stderr
    text = "\n".join(p.text for p in Document(str(work / "out" / "简报.docx")).paragraphs)
    book = load_workbook(work / "out" / "汇总台账.xlsx", read_only=True)
    rows = list(book["单位统计"].iter_rows(values_only=True))
    header, total = rows[0], next(r for r in rows if r[1] == "合计")
    overdue, done, items = (total[header.index(k)] for k in ("超期", "已完成", "问题数"))
    assert f"截至2024年7月31日，37家单位共发现问题{items}个，已整改{done}个" in text
    assert f"仍有{overdue}个问题超期未完成" in text
    assert not re.search(r"截至20(2[5-9]|[3-9]\d)年", text)  # never today's date


def test_a_job_without_a_date_says_it_counts_as_of_today(tmp_path):
    proc = run("merge", sample_returns(), "--out", tmp_path / "out", cwd=tmp_path)
    first = proc.stdout.splitlines()[0]
    assert first.startswith("统计截止日：") and "今天" in first and "--as-of" in first
    proc = run("merge", sample_returns(), "--out", tmp_path / "out", "--as-of", "2024-07-31", cwd=tmp_path)
    assert proc.stdout.splitlines()[0] == "统计截止日：2024-07-31（命令行 --as-of 指定）"


def test_check_says_what_a_merge_would_take_not_that_it_merged(tmp_path):
    proc = run("check", sample_returns(), "--as-of", "2024-07-31", cwd=tmp_path)
    assert "可合并 164 行" in proc.stdout and "：合并" not in proc.stdout


def test_a_brief_from_a_master_elsewhere_records_the_period_beside_the_master(sample, tmp_path):
    work, _ = sample
    folder = tmp_path / "上期"
    folder.mkdir()
    shutil.copy2(work / "out" / "汇总台账.xlsx", folder / "汇总台账.xlsx")
    proc = run("brief", folder / "汇总台账.xlsx", "--json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["outputs"]["history"] == str(folder / "台账历史.sqlite")
    assert (folder / "台账历史.sqlite").is_file()
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["通报_2024-07-31.docx"]  # no 2nd history


@pytest.mark.parametrize(
    ("option", "template", "said"),
    [
        ("--template", "催办通知模板.docx", "是催办通知模板，不是通报或简报模板：请用 --notice-template"),
        ("--notice-template", "通报模板.docx", "是通报或简报模板，不是催办通知模板：请用 --template"),
        ("--template", "整改台账模板.xlsx", "不是 Word 文档（.docx）"),
        ("--template", "broken.docx", "有语法错误"),
    ],
)
def test_a_wrong_template_stops_brief_before_anything_is_written(sample, tmp_path, option, template, said):
    work, _ = sample
    folder = tmp_path / "台账"
    folder.mkdir()
    shutil.copy2(work / "out" / "汇总台账.xlsx", folder / "汇总台账.xlsx")
    path = templates_dir() / template
    if template == "broken.docx":
        document = Document(str(templates_dir() / "通报模板.docx"))
        document.add_paragraph("{{ units 未闭合")
        path = tmp_path / template
        document.save(str(path))
    before = tree(folder)
    proc = run("brief", folder / "汇总台账.xlsx", option, path, "--notices", tmp_path / "催办", cwd=tmp_path)
    assert proc.returncode == 2 and said in proc.stderr and "程序出错" not in proc.stderr
    assert tree(folder) == before  # no period recorded in a history beside the master
    assert not (tmp_path / "out").exists() and not (tmp_path / "催办").exists()


def test_brief_fills_the_notices_from_the_notice_template_it_is_given(sample, tmp_path):
    work, _ = sample
    template = tmp_path / "我们的催办通知.docx"
    document = Document(str(templates_dir() / "催办通知模板.docx"))
    document.add_paragraph("本通知由{{ issuer }}督查科另行电话告知。")
    document.save(str(template))
    notices = tmp_path / "催办"
    proc = run(
        "brief", work / "out" / "汇总台账.xlsx", "--notices", notices, "--notice-template", template,
        "--out", tmp_path / "通报.docx",
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    written = sorted(notices.glob("*_催办通知.docx"))
    assert written and all("督查科另行电话告知" in _text(p) for p in written)


def _text(path: Path) -> str:
    return "\n".join(p.text for p in Document(str(path)).paragraphs)

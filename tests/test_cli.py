"""The command line as a clerk or a script uses it: the installed ``ledgerdesk`` command."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import unicodedata

import pytest
from openpyxl import load_workbook

from conftest import write_return

LEDGERDESK = shutil.which("ledgerdesk") or f"{sys.executable} -m ledgerdesk.cli"


def run(*args, cwd=None):
    command = [*LEDGERDESK.split(), *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, cwd=cwd, timeout=120)


def test_run_merges_the_bundled_samples_into_out(tmp_path):
    proc = run("run", "--json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr  # done: the samples' deliberate errors are in the output
    printed = json.loads(proc.stdout)
    assert printed["total"]["items"] == 164
    assert printed["as_of_from"] == "sample"  # the sample's own settings: 2024-07-31 (docs/cli.md)
    assert len([p for p in printed["problems"] if p["severity"] == "error"]) == 3
    result = printed
    assert result["as_of"] == "2024-07-31"
    assert result["rows"]["merged"] == 164
    assert result["rows"]["read"] == sum(result["rows"][k] for k in ("merged", "rejected", "superseded"))
    assert {"file", "unit", "status", "rows"} == set(result["files"][0])
    assert {p["severity"] for p in result["problems"]} == {"error", "warning"}
    assert set(result["problems"][0]) == {
        "code",
        "severity",
        "file",
        "sheet",
        "row",
        "column",
        "value",
        "message",
    }
    workbook = tmp_path / "out" / "汇总台账.xlsx"
    assert result["outputs"]["workbook"] == str(workbook.relative_to(tmp_path))
    assert printed["outputs"]["history"] == "out/台账历史.sqlite"
    ledger = load_workbook(workbook, read_only=True)["总台账"]
    assert ledger.max_row == 1 + 164


def test_merge_a_clean_inbox_exits_zero_and_prints_a_chinese_summary(tmp_path):
    inbox = tmp_path / "收件箱"
    inbox.mkdir()
    write_return(
        inbox / "市司法局.xlsx",
        [
            ["问题描述", "整改时限", "整改状态", "完成时间"],
            ["公证出证慢", "2024.6.30", "已完成", "2024.6.20"],
        ],
    )
    proc = run("merge", inbox, "--out", tmp_path / "结果", "--as-of", "2024-07-31")
    assert proc.returncode == 0, proc.stderr
    assert "读取 1 个文件，读入 1 行：合并 1 行，退回 0 行，被替代 0 行。" in proc.stdout
    assert (tmp_path / "结果" / "汇总台账.xlsx").is_file()


def test_json_on_stdout_is_only_json_even_with_many_files(tmp_path):
    for n in range(12):
        write_return(tmp_path / f"市司法局{n}.xlsx", [["问题描述", "整改状态"], [f"问题{n}", "已完成"]])
    proc = run("merge", tmp_path, "--out", tmp_path / "out", "--as-of", "2024-07-31", "--json")
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["rows"] == {"read": 12, "merged": 1, "rejected": 0, "superseded": 11}


def test_a_missing_inbox_is_a_one_line_chinese_message_and_exit_2(tmp_path):
    proc = run("merge", tmp_path / "没有这个文件夹", "--out", tmp_path / "out")
    assert proc.returncode == 2
    assert "找不到报送文件夹" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists()


def test_an_inbox_without_excel_files_is_exit_2(tmp_path):
    (tmp_path / "说明.txt").write_text("空", encoding="utf-8")
    proc = run("merge", tmp_path)
    assert proc.returncode == 2
    assert "没有 Excel 台账文件" in proc.stderr


def test_a_bad_date_is_a_usage_error_in_chinese(tmp_path):
    proc = run("merge", tmp_path, "--as-of", "2024年7月31日")
    assert proc.returncode == 2
    assert "日期应写成 YYYY-MM-DD" in proc.stderr
    assert "Traceback" not in proc.stderr


ENGLISH_WORD = re.compile(r"[A-Za-z][A-Za-z_]{2,}")
# what may stay in Latin letters in a Chinese help text: the program, its commands and option names,
# file kinds, format names and product names a clerk reads as they are
LATIN_KEPT = {
    "ledgerdesk", "merge", "split", "check", "stats", "brief", "addin", "bundle", "bench", "run",
    "build", "install", "uninstall", "help", "version", "units", "master", "suggest", "out", "as",
    "of", "settings", "json", "strict", "verbose", "template", "notices", "quick", "sizes", "platform",
    "python", "notice", "toml", "CSV", "Excel", "Word", "xlsx", "xlam", "docx", "bat", "wheel", "pandas",
    "openpyxl", "win_amd", "win", "Windows", "csv", "native", "Python", "JSON", "YYYY", "GB", "foo", "bogus", "frob",
    "embedded", "embed", "amd", "zip", "download", "org", "https", "www", "ftp", "api",
    "serve", "port", "no", "browser", "root", "allow", "origin", "http", "example", "gov", "token", "WPS",
    "wps", "url", "jsplugins", "online", "xml",
}  # fmt: skip


def _said(argv: list[str], capsys) -> str:
    from ledgerdesk.cli import main

    with pytest.raises(SystemExit):
        main(argv)
    captured = capsys.readouterr()
    return captured.out + captured.err


@pytest.mark.parametrize(
    "argv",
    [
        ["-h"],
        *(
            [command, "-h"]
            for command in (
                "merge",
                "split",
                "check",
                "stats",
                "brief",
                "addin",
                "bundle",
                "bench",
                "run",
                "serve",
                "wps",
            )
        ),
        [],
        ["frob"],
        ["merge"],
        ["merge", "收件箱", "--bogus"],
        ["merge", "收件箱", "--as-of"],
        ["merge", "收件箱", "--as-of", "2024-13-01"],
        ["addin", "foo"],
        ["bench", "--sizes"],
    ],
)
def test_help_and_usage_errors_say_no_english_sentence(argv, capsys):
    said = _said(argv, capsys)
    assert said.strip()
    english = [w for w in ENGLISH_WORD.findall(said) if w not in LATIN_KEPT]
    assert not english, (english, said)
    if argv and argv[-1] != "-h":
        assert said.startswith("用法错误：")


def test_argparse_speaks_english_again_after_our_parser(capsys):
    import argparse

    _said(["-h"], capsys)
    assert argparse._("usage: ") == "usage: "  # other programs in the process keep their words


def _columns(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


@pytest.mark.parametrize("command", ["merge", "brief", "bench", "serve"])
@pytest.mark.parametrize("window", [60, 100])
def test_help_lines_up_and_fits_the_window_counted_as_a_console_shows_chinese(
    command, window, monkeypatch, capsys
):
    """A Chinese character takes two columns of a console. Counted as argparse counts (one per
    character), --units 单位名录's help started four columns right of --json's, and a long help ran
    past the window's edge."""
    monkeypatch.setenv("COLUMNS", str(window))
    lines = _said([command, "-h"], capsys).splitlines()
    assert all(_columns(line) <= window - 2 for line in lines), [x for x in lines if _columns(x) > window - 2]
    options = lines[lines.index("选项:") + 1 :]
    starts = set()
    for line in options:  # "  --units 单位名录     单位名录 CSV…": where the help begins
        m = re.match(r"  (-\S+(?: [^\s-]\S*)?(?:, -\S+)?)( {2,})\S", line)
        if m:
            starts.add(_columns(m.group(1)) + 2 + len(m.group(2)))
    assert len(starts) == 1, (starts, options)
    more = [x for x in options if x.strip() and not x.startswith("  -")]  # the help's further lines
    assert all(len(x) - len(x.lstrip(" ")) == min(starts) for x in more), more

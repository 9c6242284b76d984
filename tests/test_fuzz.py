"""A fuzz of generated hostile returns: merged cells anywhere, dates at and past the edges, console
markup, control characters, formulas, huge and odd cells. Nothing escapes: no traceback, no run
that takes long, and every row read is merged, rejected or superseded."""

from __future__ import annotations

import json
import random
import subprocess
import time
from datetime import date, datetime
from pathlib import Path

import xlsxwriter
from test_cli import LEDGERDESK

from conftest import AS_OF
from ledgerdesk.jobs import load_directory
from ledgerdesk.reading.merge import list_returns, merge_ledgers

FILES = 200
HEADERS = [
    "序号",
    "问题描述",
    "存在问题",
    "办结情况",
    "整改时限",
    "完成时间",
    "责任单位",
    "责任部门",
    "整改进展",
    "发现时间",
    "问题线索",
    "是否办结",
    "佐证材料",
]
UNITS = [
    "市住建局",
    "市统计局",
    "城关镇",
    "办公室",
    "财务科",
    "[red]局[/red]",
    "见附件[/b]",
    "",
    "=cmd|' /C calc'!A0",
]
TEXTS = [
    "已完成",
    "正在整改，预计9月30日整改到位",
    "尚未完成整改",
    "已完成整改，经复查未发现反弹",
    "长期坚持",
    "看情况",
    "[/b]",
    "[bold]加粗[/bold]",
    "窗口\x0b排队\x01",
    "<&>\"'",
    "=1+1",
    "+86 0393",
    "-",
    "@SUM(A1)",
    "填报人：张三",
    "2024年7月30日",
    "市统计局（盖章）",
    "注：本表由各单位填写",
    "合计",
    "𠀀𪚥",  # outside the basic plane
    "长" * 3000,
]
DATES = [
    date(1899, 12, 31),
    date(1900, 1, 1),
    date(2024, 2, 29),
    date(2100, 12, 31),
    date(9999, 12, 31),
    "0",
    "-1",
    "99999999",
    "2024.13.45",
    "9999个工作日内",
    "999个月内",
    "短期攻坚（2024年3月底前）",
    "6月底前",
    "立行立改",
    2958465,  # the last Excel serial day
    -5,
    1e308,
]


def hostile_return(rng: random.Random, path: Path) -> None:
    """One return with a random layout and random hostile contents (as Excel writes files)."""
    book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_urls": False})
    for s in range(rng.choice([1, 1, 2])):
        ws = book.add_worksheet(f"表{s}" if rng.random() < 0.8 else f"注：说明{s}")
        if rng.random() < 0.2:
            ws.hide()
        day = book.add_format({"num_format": "yyyy-mm-dd"})
        width = rng.randint(2, 9)
        header = rng.sample(HEADERS, width)
        top = rng.randint(0, 4)
        for r in range(top):
            if rng.random() < 0.5:
                ws.merge_range(
                    r,
                    0,
                    r,
                    width - 1,
                    rng.choice(TEXTS + ["填报单位（盖章）：市统计局", "请相关责任单位在规定时限内报送"]),
                )
        ws.write_row(top, 0, header)
        rows = rng.randint(0, 25)
        for r in range(top + 1, top + 1 + rows):
            for c in range(width):
                pick = rng.random()
                if pick < 0.15:
                    continue
                value: object = (
                    rng.choice(DATES)
                    if pick < 0.35
                    else rng.choice(UNITS)
                    if pick < 0.45
                    else rng.choice(TEXTS)
                )
                if isinstance(value, date):
                    try:
                        ws.write_datetime(r, c, datetime(value.year, value.month, value.day), day)
                    except Exception:  # XlsxWriter refuses dates Excel cannot hold: write it as text
                        ws.write_string(r, c, value.isoformat())
                elif isinstance(value, int | float):
                    ws.write_number(r, c, value)
                else:
                    ws.write_string(r, c, str(value))
        for _ in range(rng.randint(0, 4)):  # merged cells anywhere: in the data, below it, empty ones
            r1, c1 = rng.randint(top + 1, top + 40), rng.randint(0, width + 3)
            r2, c2 = r1 + rng.randint(0, 5), c1 + rng.randint(0, 2)
            if (r2, c2) != (r1, c1):
                try:
                    ws.merge_range(r1, c1, r2, c2, rng.choice(["", *TEXTS[:5]]))
                except Exception:  # an overlapping range: XlsxWriter refuses it, as Excel would
                    pass
    book.close()


def test_two_hundred_hostile_returns_merge_without_a_traceback_or_a_slow_run(tmp_path):
    rng = random.Random(20241128)
    inbox = tmp_path / "收件箱"
    inbox.mkdir()
    for n in range(FILES):
        hostile_return(rng, inbox / f"{rng.choice(['市统计局', '城关镇', '第', '[b]'])}{n:03d}.xlsx")
    units = load_directory()

    began = time.perf_counter()
    result = merge_ledgers(list_returns(inbox), units, AS_OF)
    assert time.perf_counter() - began < 20
    c = result.counts
    assert c["read"] == c["merged"] + c["rejected"] + c["superseded"]
    assert len(result.files) == FILES
    for outcome in result.files:
        assert outcome.rows == outcome.merged + outcome.rejected + outcome.superseded, outcome.file

    began = time.perf_counter()
    proc = subprocess.run(
        [*LEDGERDESK.split(), "run", "--json", "--out", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=120,
    )  # the sample, then the whole command on the hostile inbox
    assert proc.returncode == 0 and "Traceback" not in proc.stderr
    proc = subprocess.run(
        [*LEDGERDESK.split(), "stats", str(inbox), "--out", str(tmp_path / "out2"), "--as-of", "2024-07-31"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode in (0, 1), proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr and "Error" not in proc.stderr
    assert time.perf_counter() - began < 60
    merged = subprocess.run(
        [
            *LEDGERDESK.split(),
            "merge",
            str(inbox),
            "--out",
            str(tmp_path / "out3"),
            "--as-of",
            "2024-07-31",
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    rows = json.loads(merged.stdout)["rows"]
    assert rows["read"] == rows["merged"] + rows["rejected"] + rows["superseded"] == c["read"]

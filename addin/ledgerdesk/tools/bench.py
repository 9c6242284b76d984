"""``ledgerdesk bench``: how fast ledgerdesk is, against what a clerk's script would otherwise run.

Synthetic returns with the real quirks (title rows, 填报单位/填报日期 lines, header on row 2 to 4,
different header spellings and orders, dates as text, as 6月底前 and as Excel serials, status
words of every kind) are generated once per size with XlsxWriter — shared strings, as Excel and
WPS write them — and cached. Each step is timed in a fresh process (so the peak memory is that
step's own), several times; the table shows the median, min and max, peak RSS, rows per second,
and the ratio baseline / ledgerdesk measured in the same run.

Sizes: S = 40 files × 30 rows (a city), M = 200 × 200, L = 1,000 × 500 (a province), and, only when
asked for (``--sizes P``), P = 2,000 × 20: a province's inbox as it really comes, many small returns,
where what each file costs (opening it, finding its header, the lines above it) counts more than its rows.
Steps, each in a fresh process with its imports inside the clock on every side:
- naive-read: pandas.read_excel with openpyxl per file + concat (a clerk's script);
- pandas-calamine: the same with engine="calamine" (one argument added to that script);
- fastest-read: python-calamine's rows of every sheet, two threads — the floor a library read sets;
- merge: ledgerdesk's merge_ledgers (read, find headers, normalise, check, supersede, dedupe);
- naive-cmd / merge-cmd: the whole naive script / the whole `ledgerdesk merge` command, each a new
  Python started by the clock (what a clerk waits for after a click);
- naive: the naive read + to_excel + a python-docx table per unit; stats, workbook, briefing;
- run: the whole `ledgerdesk brief` command with notices.
Repeats are interleaved (step 1, step 2 … then again), so a slow moment of the machine does not
fall on one contender only. ledgerdesk's bytecode is compiled first, as pip compiles it when it
installs the package for a clerk (and pandas, openpyxl … for the naive side): an editable checkout,
or PYTHONDONTWRITEBYTECODE, would otherwise make every fresh process compile ledgerdesk's source
while the naive side reads its libraries' compiled files.
"""

from __future__ import annotations

import compileall
import csv
import json
import multiprocessing
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Literal

SIZES = {"S": (40, 30), "M": (200, 200), "L": (1000, 500), "P": (2000, 20)}
GENERATOR_VERSION = 1
AS_OF = date(2024, 7, 31)
STEPS = (
    "naive-read",
    "pandas-calamine",
    "fastest-read",
    "merge",
    "naive-cmd",
    "merge-cmd",
    "naive",
    "stats",
    "workbook",
    "briefing",
    "run",
)

HEADERS = [
    ["序号", "问题描述", "整改措施", "整改时限", "整改状态", "完成时间", "责任人", "备注"],
    ["序号", "存在问题", "整改措施", "完成时限", "当前状态", "办结时间", "责任领导", "责任人"],
    [
        "编号",
        "发现时间",
        "问题类别",
        "反馈问题",
        "整改举措",
        "整改期限",
        "完成情况",
        "整改完成日期",
        "具体责任人",
    ],
]
STATUSES = [
    "已完成",
    "已整改",
    "完成整改",
    "已办结",
    "已整改销号",
    "正在整改",
    "按序时推进",
    "基本完成",
    "长期坚持",
    "未启动",
]
PROBLEMS = [
    "申请材料较多，需重复提交",
    "窗口未一次性告知",
    "线上办理入口不明显",
    "审批时限较长",
    "需提供复印材料",
    "部门数据不联通",
    "咨询电话无人接听",
    "事项未入驻大厅",
    "高峰期排队时间长",
    "办事指南与实际不一致",
]


# ---------------------------------------------------------------------------------------------
# Synthetic returns


def cache_root() -> Path:
    base = (
        os.environ.get("LEDGERDESK_BENCH_CACHE") or os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    )
    return Path(base) / "ledgerdesk-bench"


def dataset(size: str) -> Path:
    """The cached inbox for a size (generated on first use)."""
    files, rows = SIZES[size]
    folder = cache_root() / f"{size}-v{GENERATOR_VERSION}"
    done = folder / ".complete"
    if not done.exists():
        generate(folder, files, rows)
        done.write_text(json.dumps({"files": files, "rows": rows}), encoding="utf-8")
    return folder


def generate(folder: Path, files: int, rows: int, seed: int = 7) -> None:
    import xlsxwriter

    inbox = folder / "inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    units = [f"市第{n + 1:04d}局" for n in range(files)]
    with open(folder / "单位名录.csv", "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["单位全称", "简称", "单位代码"])
        writer.writerows((u, f"第{n + 1:04d}局", f"U{n + 1:04d}") for n, u in enumerate(units))
    for n, unit in enumerate(units):
        style = n % 3
        book = xlsxwriter.Workbook(str(inbox / f"{unit}整改台账.xlsx"), {"strings_to_formulas": False})
        book.set_properties({"created": datetime(2024, 7, 30)})
        ws = book.add_worksheet("Sheet1")
        date_fmt = book.add_format({"num_format": "yyyy/m/d"})
        top = 0
        if style != 1:
            ws.write_string(0, 0, f"{unit}“我陪群众走流程”问题整改台账")
            ws.write_string(1, 0, f"填报单位：{unit}")
            ws.write_string(1, 4, "填报日期：2024年7月30日")
            top = 2
        headers = HEADERS[style]
        ws.write_row(top, 0, headers)
        for r in range(rows):
            found = date(2024, 4, 1) + timedelta(days=rng.randrange(90))
            deadline = found + timedelta(days=rng.choice([15, 30, 45, 60]))
            status = rng.choice(STATUSES)
            finish = found + timedelta(days=rng.randrange(1, 40)) if status in STATUSES[:5] else None
            values: dict[str, object] = {
                "序号": r + 1,
                "编号": r + 1,
                "问题描述": f"{rng.choice(PROBLEMS)}（{unit}第{r + 1}项）",
                "存在问题": f"{rng.choice(PROBLEMS)}（{unit}第{r + 1}项）",
                "反馈问题": f"{rng.choice(PROBLEMS)}（{unit}第{r + 1}项）",
                "整改措施": "梳理流程，压减环节，明确专人负责",
                "整改举措": "梳理流程，压减环节，明确专人负责",
                "整改时限": f"{deadline.year}.{deadline.month}.{deadline.day}",
                "完成时限": deadline,
                "整改期限": rng.choice(
                    [f"{deadline.month}月底前", (deadline - date(1899, 12, 30)).days, "长期坚持"]
                ),
                "整改状态": status,
                "当前状态": status,
                "完成情况": status,
                "完成时间": f"{finish:%Y-%m-%d}" if finish else "",
                "办结时间": finish or "",
                "整改完成日期": f"{finish.year}/{finish.month}/{finish.day}" if finish else "",
                "发现时间": (found - date(1899, 12, 30)).days,
                "问题类别": rng.choice(["办事流程", "数据共享", "窗口服务"]),
                "责任人": rng.choice("王李张刘陈杨赵黄") + rng.choice("伟芳娜敏静丽强磊"),
                "具体责任人": rng.choice("王李张刘陈杨赵黄") + rng.choice("伟芳娜敏静丽强磊"),
                "责任领导": "周建国",
                "备注": "",
            }
            for c, h in enumerate(headers):
                v = values[h]
                if isinstance(v, date):
                    ws.write_datetime(top + 1 + r, c, datetime(v.year, v.month, v.day), date_fmt)
                elif isinstance(v, int):
                    ws.write_number(top + 1 + r, c, v)
                elif v:
                    ws.write_string(top + 1 + r, c, str(v))
        ws.write_string(top + rows + 2, 0, "填表说明：整改状态填写已完成、正在整改或长期坚持。")
        book.close()


# ---------------------------------------------------------------------------------------------
# Steps (each runs in a fresh process)


def _paths(size: str) -> tuple[list[Path], Path]:
    folder = dataset(size)
    return sorted((folder / "inbox").glob("*.xlsx")), folder / "单位名录.csv"


def _read_all(size: str, engine: Literal["openpyxl", "calamine"]) -> int:
    import pandas as pd

    paths, _ = _paths(size)
    frames = [pd.read_excel(p, engine=engine, header=None) for p in paths]
    return len(pd.concat(frames, ignore_index=True))


def step_naive_read(size: str, work: Path) -> int:
    return _read_all(size, "openpyxl")


def step_pandas_calamine(size: str, work: Path) -> int:
    return _read_all(size, "calamine")  # one argument added to the clerk's script


def step_fastest_read(size: str, work: Path) -> int:
    """Every sheet's rows as Python lists with python-calamine, two threads (it releases the GIL
    while parsing): what any library read of these files costs at least."""
    from concurrent.futures import ThreadPoolExecutor

    import python_calamine

    def rows(path: Path) -> int:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
        return sum(len(book.get_sheet_by_name(name).to_python()) for name in book.sheet_names)

    paths, _ = _paths(size)
    with ThreadPoolExecutor(max_workers=2) as pool:
        return sum(pool.map(rows, paths))


def naive_stack(paths: list[Path], work: Path) -> Any:
    """The clerk's script: read every file with pandas and openpyxl, stack them, save the stack."""
    import pandas as pd

    frames = [pd.read_excel(p, engine="openpyxl", header=None).assign(来源文件=p.name) for p in paths]
    merged = pd.concat(frames, ignore_index=True)
    merged.columns = [str(c) for c in merged.columns]
    merged.to_excel(work / "naive.xlsx", index=False, engine="openpyxl")
    return merged


NAIVE_SCRIPT = """
import sys
from pathlib import Path
from ledgerdesk.tools.bench import naive_stack
print(len(naive_stack(sorted(Path(sys.argv[1]).glob("*.xlsx")), Path(sys.argv[2]))))
"""


def step_naive_cmd(size: str, work: Path) -> int:
    """The clerk's script (read, stack, save) as a new Python: start-up and imports included."""
    folder = dataset(size)
    proc = subprocess.run(
        [sys.executable, "-c", NAIVE_SCRIPT, str(folder / "inbox"), str(work)], capture_output=True, text=True
    )
    if proc.returncode:
        raise RuntimeError(proc.stderr[-500:])
    return int(proc.stdout.strip().splitlines()[-1])


def _command(*args: str) -> int:
    """A ledgerdesk command as a clerk runs it, a new Python; the rows it read (docs/cli.md JSON)."""
    proc = subprocess.run(
        [sys.executable, "-m", "ledgerdesk.cli", *args, "--json"], capture_output=True, text=True
    )
    if proc.returncode not in (0, 1):
        raise RuntimeError(proc.stderr[-500:])
    return int(json.loads(proc.stdout)["rows"]["read"])


def step_merge_cmd(size: str, work: Path) -> int:
    """`ledgerdesk merge` as a clerk runs it: a new Python, merge, statistics, history, 汇总台账.xlsx."""
    folder = dataset(size)
    return _command(
        "merge",
        str(folder / "inbox"),
        "--units",
        str(folder / "单位名录.csv"),
        "--as-of",
        AS_OF.isoformat(),
        "--out",
        str(work / "out"),
    )


def step_naive(size: str, work: Path) -> int:
    """What a clerk's script does: read every file, stack, save, and a Word table per unit."""
    from docx import Document

    paths, _ = _paths(size)
    merged = naive_stack(paths, work)
    counts = merged.groupby("来源文件").size()
    doc = Document()
    table = doc.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ("单位", "问题数", "完成率"), strict=True):
        cell.text = text
    for name, n in counts.items():
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = str(name), str(n), "—"
    doc.save(str(work / "naive.docx"))
    return len(merged)


def _merge(size: str):
    from ..reading.merge import merge_ledgers
    from ..reading.schema import load_units

    paths, units_file = _paths(size)
    return merge_ledgers(paths, load_units(units_file), AS_OF)


def step_merge(size: str, work: Path) -> int:
    return _merge(size).counts["read"]


def _prepared(size: str):
    """Merge and metrics done before the clock starts (for the steps that follow them)."""
    from ..figures.metrics import compute_metrics

    merge = _merge(size)
    return merge, compute_metrics(merge.ledger, AS_OF)


def step_stats(size: str, work: Path, prepared=None) -> int:
    from ..figures.metrics import compute_metrics

    merge = prepared[0]
    compute_metrics(merge.ledger, AS_OF)
    return len(merge.ledger)


def step_workbook(size: str, work: Path, prepared=None) -> int:
    from ..outputs.workbook import MasterContent, write_master

    merge, metrics = prepared
    write_master(work / "汇总台账.xlsx", MasterContent.of(merge), metrics)
    return len(merge.ledger)


def step_briefing(size: str, work: Path, prepared=None) -> int:
    from ..outputs.briefing import write_documents
    from ..reading.settings import Settings

    merge, metrics = prepared
    write_documents(metrics, None, Settings(as_of=AS_OF), work / "通报.docx", notices_dir=work / "催办通知")
    return len(merge.ledger)


def step_run(size: str, work: Path) -> int:
    """The whole command a clerk runs, as a new process: start-up, merge, stats, history, outputs."""
    folder = dataset(size)
    settings = work / "bench.toml"
    settings.write_text(
        f'as_of = {AS_OF.isoformat()}\nunits_file = "{(folder / "单位名录.csv").as_posix()}"\n',
        encoding="utf-8",
    )
    return _command(
        "brief",
        str(folder / "inbox"),
        "--settings",
        str(settings),
        "--out",
        str(work / "out" / "通报.docx"),
        "--notices",
        str(work / "out" / "催办通知"),
    )


STEP_FUNCTIONS: dict[str, Callable[..., Any]] = {
    "naive-read": step_naive_read,
    "pandas-calamine": step_pandas_calamine,
    "fastest-read": step_fastest_read,
    "naive-cmd": step_naive_cmd,
    "merge-cmd": step_merge_cmd,
    "naive": step_naive,
    "merge": step_merge,
    "stats": step_stats,
    "workbook": step_workbook,
    "briefing": step_briefing,
    "run": step_run,
}
NEEDS_PREPARED = {"stats", "workbook", "briefing"}


def _worker(step: str, size: str, queue) -> None:
    try:
        with tempfile.TemporaryDirectory() as tmp:
            prepared = _prepared(size) if step in NEEDS_PREPARED else None
            before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            start = time.perf_counter()
            function = STEP_FUNCTIONS[step]
            rows = function(size, Path(tmp), prepared) if prepared is not None else function(size, Path(tmp))
            seconds = time.perf_counter() - start
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            if step in ("run", "naive-cmd", "merge-cmd"):
                peak = max(peak, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
            queue.put({"seconds": seconds, "rows": rows, "peak_mb": peak / 1024, "before_mb": before / 1024})
    except Exception as exc:  # reported in the table, never hidden
        queue.put({"error": f"{type(exc).__name__}: {exc}"})


def measure(step: str, size: str) -> dict[str, Any]:
    """One timing of one step in a fresh process (spawned, so nothing is shared or warm)."""
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=_worker, args=(step, size, queue))
    process.start()
    result = queue.get()
    process.join()
    return result


# ---------------------------------------------------------------------------------------------
# The table


@dataclass
class Row:
    size: str
    step: str
    runs: list[float]
    rows: int
    peak_mb: float
    error: str | None = None

    @property
    def median(self) -> float:
        return statistics.median(self.runs) if self.runs else float("nan")


def run_bench(
    sizes: list[str], repeats: dict[str, int], steps: list[str], echo: Callable[[str], None]
) -> list[Row]:
    """Every step of a size once, then all of them again (interleaved), ``repeats[size]`` rounds."""
    results = []
    for size in sizes:
        echo(f"准备 {size} 数据集：{dataset(size)}")
        rows = {step: Row(size, step, [], 0, 0.0) for step in steps}
        for round_ in range(repeats[size]):
            for step in steps:
                row = rows[step]
                if row.error:
                    continue
                r = measure(step, size)
                if "error" in r:
                    row.error = r["error"]
                    continue
                row.runs.append(r["seconds"])
                row.peak_mb = max(row.peak_mb, r["peak_mb"])
                row.rows = r["rows"]
                echo(f"  {size} {step:<16} 第{round_ + 1}轮 {r['seconds']:8.3f} s")
        results += [rows[step] for step in steps]
    return results


def table(results: list[Row]) -> str:
    by = {(r.size, r.step): r for r in results}
    lines = [
        "| size | step | median s | min s | max s | peak RSS MB | rows/s | naive / this |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        if r.error:
            lines.append(f"| {r.size} | {r.step} | error: {r.error} | | | | | |")
            continue
        ratio = ""
        baseline = {"merge": "naive-read", "run": "naive", "merge-cmd": "naive-cmd"}.get(r.step)
        if baseline and (r.size, baseline) in by and by[(r.size, baseline)].runs:
            ratio = f"{by[(r.size, baseline)].median / r.median:.1f}×"
        lines.append(
            f"| {r.size} | {r.step} | {r.median:.3f} | {min(r.runs):.3f} | {max(r.runs):.3f} | {r.peak_mb:.0f} | "
            f"{r.rows / r.median:,.0f} | {ratio} |"
        )
    return "\n".join(lines)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            cpu = next((line.split(":", 1)[1].strip() for line in fh if line.startswith("model name")), cpu)
    except OSError:
        pass
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, {cpu}, Python {platform.python_version()}"


def main(quick: bool, sizes: list[str] | None, echo: Callable[[str], None]) -> str:
    sizes = sizes or (["S", "M"] if quick else ["S", "M", "L"])
    repeats = {"S": 3, "M": 3, "L": 1, "P": 1} if quick else {"S": 7, "M": 5, "L": 1, "P": 1}
    compile_installed()
    results = run_bench(sizes, repeats, list(STEPS), echo)
    text = f"{date.today().isoformat()} — {machine()}\n\n{table(results)}\n"
    text += f"\n{ratios(results)}"
    if "M" in sizes:
        share, total = inference_share("M")
        text += f"\ninference_share_M={share:.1%} of a one-thread merge of {total:.2f} s"
    return text


def compile_installed() -> None:
    """ledgerdesk's modules compiled to bytecode beside them, as ``pip install`` leaves them (the
    same files Python would write on first import, had it been allowed to)."""
    package = Path(__file__).resolve().parents[1]
    compileall.compile_dir(package, quiet=1, force=False)


def ratios(results: list[Row], size: str = "M") -> str:
    """The line to compare runs by: ratio_merge_vs_naive (naive read ÷ merge, higher is better),
    ratio_merge_vs_fastest (merge ÷ the fastest library read, lower is better), ratio_cmd_vs_naive
    (the naive script ÷ the `ledgerdesk merge` command, both new processes) and run_M_s."""
    by = {(r.size, r.step): r.median for r in results if r.runs}

    def get(step: str) -> float:
        return by.get((size, step), float("nan"))

    return (
        f"ratio_merge_vs_naive={get('naive-read') / get('merge'):.2f} "
        f"ratio_merge_vs_fastest={get('merge') / get('fastest-read'):.2f} "
        f"ratio_cmd_vs_naive={get('naive-cmd') / get('merge-cmd'):.2f} "
        f"run_{size}_s={get('run'):.2f}"
    )


def inference_share(size: str) -> tuple[float, float]:
    """The share of a merge spent reading headers by meaning and columns by content (the header
    search over the top rows, role words, the content guesses): measured inside one merge with
    one reading thread, so the parts add up. Returns (share, merge seconds)."""
    from ..reading import dates, headers, intake, merge, progress, shapes
    from ..reading.schema import clean_header

    spent = [0.0]

    def timed(func):
        def wrapper(*args, **kwargs):
            start = time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                spent[0] += time.perf_counter() - start

        return wrapper

    saved = shapes.header_fields, intake.infer_by_content, merge.READ_THREADS
    shapes.header_fields, intake.infer_by_content = (
        timed(shapes.header_fields),
        timed(intake.infer_by_content),
    )
    merge.READ_THREADS = 1
    try:
        _merge(size)  # the files in the page cache, as for a clerk's second click …
        spent[0] = 0.0
        for cached in (
            headers.classify_header,
            clean_header,
            progress._parse_status,
            dates._parse_date_cached,
        ):
            cached.cache_clear()  # … but every header read afresh, as in the new Python each click starts
        start = time.perf_counter()
        _merge(size)
        total = time.perf_counter() - start
    finally:
        shapes.header_fields, intake.infer_by_content, merge.READ_THREADS = saved
    return spent[0] / total, total

"""The command line: parse arguments, run one job, print the result, set the exit code.

Exit codes: 0 no error-severity problem; 1 there were some (outputs are still written);
2 usage error or a condition that stops the work. Messages are one Chinese line, no traceback
unless --verbose.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import NoReturn

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from . import __version__
from .jobs import JobError, MergeJob, merge_inbox
from .resources import SAMPLE_AS_OF, sample_returns
from .workbook import OutputLocked

err = Console(stderr=True, highlight=False, soft_wrap=True)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse's own usage errors, made one Chinese line
        err.print(f"[red]用法错误：[/red]{message}（运行 ledgerdesk -h 查看用法）")
        sys.exit(2)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期应写成 YYYY-MM-DD，例如 2024-07-31，而不是 '{text}'") from None


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="ledgerdesk", description="督查台账助手：合并、校验各单位报送的整改台账")
    parser.add_argument("--version", action="version", version=f"ledgerdesk {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    merge = sub.add_parser("merge", help="合并一个文件夹中的各单位台账，写出 汇总台账.xlsx")
    merge.add_argument("inbox", type=Path, help="存放各单位报送文件的文件夹")
    merge.add_argument("--out", type=Path, default=Path("out"), help="输出文件夹（默认 ./out）")
    merge.add_argument("--as-of", type=_date, default=date.today(), help="统计截止日 YYYY-MM-DD（默认今天）")
    merge.add_argument("--json", action="store_true", help="在标准输出打印一个 JSON 结果")
    merge.add_argument("--units", type=Path, help="单位名录 CSV（默认使用自带的 单位名录.csv）")
    merge.add_argument("--verbose", action="store_true", help="出错时显示详细信息")

    run = sub.add_parser("run", help="用自带的示例报送文件演示合并，输出到 ./out")
    run.add_argument("--out", type=Path, default=Path("out"), help="输出文件夹（默认 ./out）")
    run.add_argument("--as-of", type=_date, default=SAMPLE_AS_OF, help="统计截止日（默认 2024-07-31）")
    run.add_argument("--json", action="store_true", help="在标准输出打印一个 JSON 结果")
    run.add_argument("--verbose", action="store_true", help="出错时显示详细信息")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "run":
            job = _merge(sample_returns(), args.out, args.as_of, None)
        else:
            job = _merge(args.inbox, args.out, args.as_of, args.units)
    except (JobError, OutputLocked) as exc:
        err.print(f"[red]无法完成：[/red]{exc}")
        return 2
    except Exception as exc:  # a bug: say so in one line, details on request
        if args.verbose:
            raise
        err.print(f"[red]程序出错：[/red]{type(exc).__name__}: {exc}（加 --verbose 查看详情）")
        return 2
    if args.json:
        print(job.result.to_json(job.outputs))
    else:
        _print_summary(job)
    return 1 if job.result.has_errors else 0


def _merge(inbox: Path, out: Path, as_of: date, units: Path | None) -> MergeJob:
    with Progress(
        TextColumn("读取台账"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
        console=err,
        transient=True,
        disable=not err.is_terminal,  # a bar only where a person watches; logs stay clean
    ) as bar:
        task = bar.add_task("", total=None)

        def progress(done: int, total: int, name: str) -> None:
            bar.update(task, completed=done, total=total, description=name)

        return merge_inbox(inbox, out, as_of, units, progress=progress)


def _print_summary(job: MergeJob) -> None:
    out = Console(highlight=False, soft_wrap=True)
    r = job.result
    c = r.counts
    out.print(
        f"读取 {len(r.files)} 个文件，读入 {c['read']} 行："
        f"合并 {c['merged']} 行，退回 {c['rejected']} 行，被替代 {c['superseded']} 行。"
    )
    out.print(f"发现错误 {len(r.report.errors)} 个，提示 {len(r.report.warnings)} 个。")
    for p in r.report.errors[:10]:
        out.print(f"  [red]错误[/red] {p.file} {p.sheet or ''} {p.message}")
    if len(r.report.errors) > 10:
        out.print(f"  ……其余 {len(r.report.errors) - 10} 个错误见「校验问题」工作表")
    out.print(f"汇总台账：{job.outputs['workbook']}")


if __name__ == "__main__":
    sys.exit(main())

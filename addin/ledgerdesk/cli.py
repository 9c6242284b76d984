"""The command line: parse arguments, run one job, print the result, set the exit code.

Exit codes (docs/cli.md): 0 the job is done and its outputs written, even when the returns had
errors (they are in the workbook and the JSON); 1 with --strict when there were error-severity
problems, and from ``check`` when the returns have errors; 2 usage error or a condition that
stops the work. Messages are one Chinese line, no traceback unless --verbose.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

from . import __version__
from .errors import LedgerdeskError
from .model import Col
from .resources import (
    BUNDLE_PYTHONS,
    EMBEDDED_VERSION,
    PYTHON_ORG,
    SAMPLE_AS_OF,
    SPLIT_FOLDER,
    sample_returns,
    sample_settings,
)

if TYPE_CHECKING:  # what the commands import when they run (jobs, pandas, rich): not for --help
    from rich.console import Console

    from .jobs import Job, MergeBack
    from .outputs.briefing import Documents
    from .reading.merge import MergeResult
    from .reading.merge import Progress as ProgressCallback
    from .reading.settings import Settings


T = TypeVar("T")


class _Err:
    """stderr through rich, made on first use (rich is not imported for --help)."""

    _console: Console | None = None

    @property
    def console(self) -> Console:
        if self._console is None:
            from rich.console import Console

            self._console = Console(stderr=True, highlight=False, soft_wrap=True)
        return self._console

    def print(self, *args: Any, **kwargs: Any) -> None:
        self.console.print(*args, **kwargs)

    @property
    def is_terminal(self) -> bool:
        return self.console.is_terminal


err = _Err()


def escape(text: str) -> str:
    from rich.markup import escape as rich_escape

    return rich_escape(text)


# argparse's own words (help headings, usage errors), said in Chinese. argparse asks gettext for each
# through its module-level ``_`` and ``ngettext``; they are swapped only while our parser parses.
ARGPARSE_WORDS = {
    "usage: ": "用法：",
    "positional arguments": "参数",
    "options": "选项",
    "show this help message and exit": "显示这段说明后退出",
    "the following arguments are required: %s": "缺少必填的参数：%s",
    "unrecognized arguments: %s": "不认识的参数：%s",
    "invalid choice: %(value)r (choose from %(choices)s)": "没有 %(value)r 这一项，可选：%(choices)s",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "expected one argument": "后面应跟一个值",
    "expected at most one argument": "后面最多跟一个值",
    "expected at least one argument": "后面至少跟一个值",
    "expected %s argument": "后面应跟 %s 个值",
    "expected %s arguments": "后面应跟 %s 个值",
    "ambiguous option: %(option)s could match %(matches)s": "选项 %(option)s 不明确，可能是：%(matches)s",
    "invalid %(type)s value: %(value)r": "%(value)r 不是有效的值",
    "not allowed with argument %s": "不能与参数 %s 同用",
    "one of the arguments %s is required": "参数 %s 须选一个",
    "ignored explicit argument %r": "这个选项不带值：%r",
    "can't open '%(filename)s': %(error)s": "打不开「%(filename)s」：%(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "没有 %(parser_name)r 这个命令，可选：%(choices)s",
}


def _plural(one: str, many: str, n: int) -> str:
    text = one if n == 1 else many
    return ARGPARSE_WORDS.get(text, text)


@contextmanager
def chinese_argparse() -> Iterator[None]:
    """argparse speaks Chinese inside the block, and English again after it (other programs in
    the same process, pytest among them, keep their own words)."""
    words, plural = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._ = lambda text: ARGPARSE_WORDS.get(text, text)  # type: ignore[attr-defined]
    argparse.ngettext = _plural  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = words, plural  # type: ignore[attr-defined]


# what usage lines and errors call each argument (argparse would show the English dest: INBOX, AS_OF)
METAVARS = {
    "inbox": "报送文件夹",
    "master": "汇总台账",
    "source": "报送文件夹或汇总台账",
    "action": "操作",
    "units": "单位名录",
    "out": "输出位置",
    "as_of": "日期",
    "settings": "设置文件",
    "template": "模板",
    "notices": "文件夹",
    "notice_template": "模板",
    "sizes": "档",
    "platform": "平台",
    "python": "版本",
}


def _cells(text: str) -> int:
    """Columns ``text`` takes on a terminal: a Chinese character or full-width sign two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


# what a help line breaks between: a run of Latin letters, figures and signs, or one Chinese
# character, either with the closing punctuation after it (a line never starts with ，or ）)
_PIECE = re.compile(r"(?:[^\s\u2e80-\uffff]+|[\u2e80-\uffff])[，。、；：？！）」》]*")


class _Help(argparse.HelpFormatter):
    """argparse's layout counted in terminal columns, as a clerk's console shows them: argparse
    counts characters, so a Chinese option name pushed its help out of line and a Chinese help
    text ran past the edge of the window."""

    def add_argument(self, action: argparse.Action) -> None:
        super().add_argument(action)
        if action.help is not argparse.SUPPRESS:
            names = [
                self._format_action_invocation(a) for a in (action, *self._iter_indented_subactions(action))
            ]
            widest = self._current_indent + max(map(_cells, names))
            self._action_max_length = max(self._action_max_length, widest)

    def _format_action(self, action: argparse.Action) -> str:
        text = super()._format_action(action)
        lead = " " * self._current_indent + self._format_action_invocation(action)
        extra = _cells(lead) - len(lead)  # argparse padded the name as if it were that much shorter
        first, _, rest = text.partition("\n")
        if not extra or not action.help or not first.startswith(lead + "  "):
            return text
        if first.startswith(lead + " " * (extra + 2)):
            first = lead + first[len(lead) + extra :]
        else:  # wider than the column of names: the help starts on the next line, as argparse does
            column = min(self._action_max_length + 2, self._max_help_position)
            first = lead + "\n" + " " * column + first[len(lead) :].lstrip()
        return first + "\n" + rest

    def _format_usage(self, *args: Any) -> str:
        text = super()._format_usage(*args)
        width = self._width - self._current_indent
        lines = text.rstrip("\n").split("\n")
        if all(_cells(x) <= width for x in lines) or self._prog not in lines[0]:
            return text
        joined = " ".join(x.strip() for x in lines)
        start = joined.index(self._prog) + len(self._prog)
        indent = " " * _cells(joined[: start + 1])
        flowed = [joined[:start]]  # argparse's parts again ([--units 单位名录], 报送文件夹), by columns
        for part in re.findall(r"\[(?:[^\[\]]|\[[^\]]*\])*\]|\S+", joined[start:]):
            if _cells(flowed[-1]) + 1 + _cells(part) > width and flowed[-1].strip():
                flowed.append(indent[:-1])  # the part brings its space
            flowed[-1] += " " + part
        return "\n".join(flowed) + "\n\n"

    def _split_lines(self, text: str, width: int) -> list[str]:
        lines, line = [], ""
        for word in re.split(r"(\s+)", " ".join(text.split())):
            for piece in [" "] if word == " " else _PIECE.findall(word):
                if line and _cells(line) + _cells(piece) > width and piece != " ":
                    lines.append(line.rstrip())
                    line = ""
                line += "" if piece == " " and not line else piece
        return [*lines, line.rstrip()] if line.strip() else lines


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Help)
        super().__init__(*args, **kwargs)

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        action = super().add_argument(*args, **kwargs)
        if action.metavar is None and action.dest in METAVARS and action.nargs != 0:
            action.metavar = METAVARS[action.dest]
        return action

    def error(self, message: str) -> NoReturn:  # argparse's own usage errors, made one Chinese line
        print(f"用法错误：{message}（运行 ledgerdesk -h 查看用法）", file=sys.stderr)  # no rich to load
        sys.exit(2)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期应写成 YYYY-MM-DD，例如 2024-07-31，而不是 '{text}'") from None


def _port(text: str) -> int:
    if not text.isdigit() or not 0 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"端口应是 0 到 65535 之间的整数，而不是 '{text}'")
    return int(text)


SUGGEST_HELP = (
    "把推断的列、不认识的进展写法、待核对的单位作为「待确认」行写入这个设置文件（.toml，没有就新建；"
    "或 Excel 控制台），没有 --settings 时也按它读取；确认后再运行即按它读取"
)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="ledgerdesk", description="督查台账助手：合并、校验各单位报送的整改台账")
    parser.add_argument(
        "--version", action="version", version=f"ledgerdesk {__version__}", help="显示版本号后退出"
    )
    sub = parser.add_subparsers(
        dest="command", required=True, parser_class=_Parser, metavar="命令", title="命令"
    )

    merge = sub.add_parser("merge", help="合并一个文件夹中的各单位台账，写出 汇总台账.xlsx")
    merge.add_argument("inbox", type=Path, help="存放各单位报送文件的文件夹")
    merge.add_argument("--units", type=Path, help="单位名录 CSV（默认使用自带的 单位名录.csv）")
    merge.add_argument("--master", type=Path, help="按问题编号把报送合并回这个汇总台账（拆分下发后用）")
    merge.add_argument("--suggest", type=Path, metavar="设置文件", help=SUGGEST_HELP)

    split = sub.add_parser("split", help="拆分下发：从汇总台账为每个单位生成预填好的报送表")
    split.add_argument("master", type=Path, help="汇总台账.xlsx")
    split.add_argument(
        "--out", type=Path, default=Path(SPLIT_FOLDER), help=f"输出文件夹（默认 ./{SPLIT_FOLDER}）"
    )
    _common(
        split,
        as_of_help="统计截止日，写在填表说明里（默认取汇总台账记录的统计截止日）",
        out=False,
        strict=False,
    )
    _common(
        merge,
        as_of_help="统计截止日 YYYY-MM-DD（默认取设置，再默认今天）",
        out_help="输出文件夹（默认 ./out）；与 --master 同用时，把汇总台账复制到这里再合并，原文件不动",
    )

    check = sub.add_parser("check", help="校验：读取并检查各单位台账，列出问题，不写任何文件")
    check.add_argument("inbox", type=Path, help="存放各单位报送文件的文件夹")
    check.add_argument("--units", type=Path, help="单位名录 CSV（默认使用自带的 单位名录.csv）")
    check.add_argument("--suggest", type=Path, metavar="设置文件", help=SUGGEST_HELP)
    _common(check, as_of_help="统计截止日 YYYY-MM-DD（默认取设置，再默认今天）", out=False, strict=False)

    stats = sub.add_parser("stats", help="统计完成率、超期、临期、预警和排名，并与上期比较")
    stats.add_argument("source", type=Path, help="报送文件夹，或 汇总台账.xlsx（可以是手工改过的）")
    _common(stats, as_of_help="统计截止日 YYYY-MM-DD（默认：汇总台账记录的统计截止日，再取设置，再默认今天）")

    brief = sub.add_parser("brief", help="生成 Word 通报（GB/T 9704 格式）和催办通知")
    brief.add_argument("source", type=Path, help="报送文件夹，或 汇总台账.xlsx")
    brief.add_argument(
        "--template", type=Path, help="通报模板 .docx（默认自带的 通报模板.docx；也可用 简报模板.docx）"
    )
    brief.add_argument("--out", type=Path, help="通报文件（默认 ./out/通报_截止日.docx）")
    brief.add_argument("--notices", type=Path, help="催办通知输出文件夹（不写则不生成催办通知）")
    brief.add_argument(
        "--notice-template", type=Path, help="催办通知模板 .docx（默认自带的 催办通知模板.docx）"
    )
    _common(
        brief,
        as_of_help="统计截止日 YYYY-MM-DD（默认：汇总台账记录的统计截止日，再取设置，再默认今天）",
        out=False,
    )

    addin = sub.add_parser(
        "addin", help="Excel 加载项：build 生成 .xlam；install/uninstall 在 Windows 上安装、卸载"
    )
    addin.add_argument(
        "action", choices=["build", "install", "uninstall"], help="build、install 或 uninstall"
    )
    addin.add_argument(
        "--out", type=Path, help="生成的 .xlam（默认 addin/ledgerdesk.xlam 或 ./ledgerdesk.xlam）"
    )
    addin.add_argument("--verbose", action="store_true", help="出错时显示详细信息")

    bundle = sub.add_parser(
        "bundle", help="离线安装包：一个文件夹，拷到不能上网的电脑上双击 安装.bat 即可安装"
    )
    bundle.add_argument("--out", type=Path, default=Path("督查台账助手安装包"), help="安装包文件夹")
    bundle.add_argument(
        "--platform", default="win_amd64", help="目标电脑：win_amd64（默认）、win32，或 native（本机）"
    )
    bundle.add_argument(
        "--python",
        default=",".join(BUNDLE_PYTHONS),
        help=f"目标电脑上可能有的 Python 版本，逗号分开（默认 {','.join(BUNDLE_PYTHONS)}）：每个版本的 wheel 都打进去",
    )
    bundle.add_argument(
        "--embedded-python",
        metavar="文件或download",
        help="把 Windows 嵌入式 Python 放进安装包（没有合适 Python 的电脑用它）：本机的 "
        "python-3.x.y-embed-amd64.zip，或 download（从 python.org 下载并核对公布的校验值）",
    )
    bundle.add_argument(
        "--embedded-version",
        default=EMBEDDED_VERSION,
        metavar="版本",
        help=f"--embedded-python download 下载的版本（默认 {EMBEDDED_VERSION}）",
    )
    bundle.add_argument(
        "--python-org",
        default=PYTHON_ORG,
        metavar="网址",
        help=f"下载嵌入式 Python 的网站（默认 {PYTHON_ORG}，要有同样的 /ftp/python/ 和 /api/v2/）",
    )
    bundle.add_argument("--verbose", action="store_true", help="出错时显示详细信息")

    bench = sub.add_parser("bench", help="基准测试：与常见的 pandas+openpyxl 脚本在同一次运行中比较速度")
    bench.add_argument(
        "--quick",
        action="store_true",
        help="只测 S、M 两档，每步 3 轮（2 核的机器上约一分半钟，办事员脚本的对照最慢）",
    )
    bench.add_argument("--sizes", help="要测的档，如 S,M,L；P 是 2,000 份各 20 行的小报送（只在点名时测）")
    bench.add_argument("--verbose", action="store_true", help="出错时显示详细信息")

    serve = sub.add_parser(
        "serve",
        help="打开网页版：在本机浏览器里点同样的按钮（合并台账、校验、统计、生成通报……），没有 Excel 时用",
    )
    serve.add_argument("--port", type=_port, default=0, metavar="端口", help="端口（默认自动选一个空闲端口）")
    serve.add_argument(
        "--no-browser", action="store_true", help="不打开浏览器：第一行显示带令牌的地址，复制到浏览器打开"
    )
    serve.add_argument(
        "--settings",
        type=Path,
        help="设置文件：.toml 或 Excel 控制台（默认 文档/督查台账 里的控制台工作簿，没有时用那里的 设置.toml）",
    )
    serve.add_argument(
        "--root",
        type=Path,
        action="append",
        default=[],
        metavar="文件夹",
        help="除本人的主文件夹外，网页里还可以选择的文件夹（可写多次）",
    )
    serve.add_argument(
        "--allow-origin",
        action="append",
        default=[],
        metavar="网址",
        help="在线部署的 WPS 加载项所在网站（如 http://oa.example.gov.cn），接受它带令牌的请求",
    )
    wps = sub.add_parser("wps", help="WPS 表格加载项：build 生成加载项文件夹（部署方法见使用说明）")
    wps.add_argument("action", choices=["build"], help="build")
    wps.add_argument(
        "--out", type=Path, default=Path("ledgerdesk-wps"), help="输出文件夹（默认 ./ledgerdesk-wps）"
    )
    wps.add_argument(
        "--url", metavar="网址", help="在线部署时加载项所在的网址（以 / 结尾），写进 jsplugins-online.xml"
    )

    run = sub.add_parser(
        "run", help="用自带的示例报送文件演示：合并、统计，写出汇总台账、通报和催办通知到 ./out"
    )
    _common(run, as_of_help="统计截止日（默认 2024-07-31，示例数据的日期）")
    return parser


def _common(
    parser: argparse.ArgumentParser,
    as_of_help: str,
    out: bool = True,
    strict: bool = True,
    out_help: str = "输出文件夹（默认 ./out）",
) -> None:
    if out:
        parser.add_argument("--out", type=Path, help=out_help)
    parser.add_argument("--as-of", type=_date, help=as_of_help)
    parser.add_argument("--settings", type=Path, help="设置文件：.toml，或含「设置」工作表的 Excel 控制台")
    parser.add_argument("--json", action="store_true", help="在标准输出打印一个 JSON 结果")
    if strict:
        parser.add_argument(
            "--strict",
            action="store_true",
            help="报送文件有错误时以退出码 1 结束（默认照常写出结果、退出码 0）",
        )
    parser.add_argument("--verbose", action="store_true", help="出错时显示详细信息")


def main(argv: Sequence[str] | None = None) -> int:
    with chinese_argparse():
        args = build_parser().parse_args(argv)
    if args.command == "addin":
        return _addin(args)
    if args.command == "bundle":
        return _bundle(args)
    if args.command == "serve":
        return _serve(args)
    if args.command == "wps":
        return _wps(args)
    if args.command == "bench":
        from .tools.bench import SIZES
        from .tools.bench import main as bench_main

        sizes = [s.strip().upper() for s in args.sizes.split(",")] if args.sizes else None
        unknown = [s for s in sizes or [] if s not in SIZES]
        if unknown:
            err.print(
                f"[red]无法完成：[/red]没有「{escape('、'.join(unknown))}」这一档，可选 {'、'.join(SIZES)}"
            )
            return 2
        print(bench_main(args.quick, sizes, lambda line: err.print(line)))
        return 0
    try:
        return COMMANDS[args.command](args)
    except LedgerdeskError as exc:  # what the clerk can fix: one Chinese line
        err.print(f"[red]无法完成：[/red]{escape(str(exc))}")
        return exc.exit_code
    except OSError as exc:  # a full disk, a read-only folder, a file without permission
        if args.verbose:
            raise
        from .files import os_message

        err.print(f"[red]无法完成：[/red]{escape(os_message(exc))}")
        return 2
    except Exception:  # a bug: say so in one line, details on request
        if args.verbose:
            raise
        err.print(
            "[red]程序出错，已停止[/red]（这是程序的问题，不是您的操作造成的；已写出的文件没有改动）。"
            "请加 --verbose 再运行一次，把显示的内容发给技术支持。"
        )
        return 2


# ---------------------------------------------------------------------------------------------
# Commands: arguments in, one job (jobs.py), its result printed; the exit code (docs/cli.md)


def _settings(
    args: argparse.Namespace, source: Path | None = None, master: Path | None = None
) -> tuple[Settings, str]:
    """The settings, over those the master (``source`` or ``master``) was made with
    (jobs.settings_for), with the as-of date resolved once (jobs.resolve_as_of: from ``source``
    only — a merge back into ``master`` counts a new period), and where the date came from."""
    from .jobs import resolve_as_of, settings_for
    from .reading.settings import load_settings

    sample = args.command == "run"
    suggest = getattr(args, "suggest", None)
    taught = suggest if suggest is not None and suggest.is_file() else None  # what the clerk confirmed
    given = args.settings or taught
    settings, from_master = settings_for(
        load_settings(given or (sample_settings() if sample else None)), master or source
    )
    as_of, how = resolve_as_of(args.as_of, settings, source, SAMPLE_AS_OF if sample else None)
    if sample and how == "settings" and given is None:
        how = "sample"  # the sample's own settings give the sample's date
    args.settings_from = (
        ("master+file" if given else "master") if from_master else ("file" if given else "default")
    )
    if not args.json:
        _out().print(f"统计截止日：{as_of.isoformat()}（{AS_OF_FROM[how]}）", markup=False)
        if from_master:
            over = f"；{given.name} 中填写的项以它为准" if given else ""
            _out().print(f"设置：沿用汇总台账「说明」中记录的生成时的设置{over}", markup=False)
    return settings.with_as_of(as_of), how


# where the as-of date came from, said before the work (docs/cli.md): a job that silently used
# today would count a period the clerk did not mean
AS_OF_FROM = {
    "argument": "命令行 --as-of 指定",
    "master": "汇总台账记录的统计截止日",
    "settings": "取自设置",
    "sample": "示例数据的日期",
    "today": "今天：没有用 --as-of 指定，设置中也没有统计截止日",
}


def _exit(has_errors: bool, strict: bool) -> int:
    """0: the job is done and its outputs written, errors in the returns included (they are in the
    workbook and the JSON); 1 with --strict when a return has an error-severity problem."""
    return 1 if strict and has_errors else 0


def _merge(args: argparse.Namespace) -> int:
    from .jobs import JobError, merge_into_master, process

    if not args.inbox.is_dir():
        raise JobError(f"找不到报送文件夹：{args.inbox}")
    settings, how = _settings(args, master=args.master)
    if args.master:
        back = _progress(
            lambda p: merge_into_master(args.inbox, args.master, settings, p, args.units, args.out)
        )
        suggested = _suggest(args, back.returns)
        if args.json:
            _json({**back.to_dict(how), **suggested}, args)
        else:
            _print_applied(back)
            _print_suggested(suggested)
        return _exit(back.has_errors, args.strict)
    out = args.out or Path("out")
    job = _progress(lambda p: process(args.inbox, out, settings, p, args.units, how))
    assert job.merge is not None
    suggested = _suggest(args, job.merge)
    if args.json:
        _json({**job.to_dict(), **suggested}, args)
    else:
        _print_merge(job.merge, job.outputs, left_out=True)
        _print_suggested(suggested)
    return _exit(job.has_errors, args.strict)


def _suggest(args: argparse.Namespace, merged: MergeResult) -> dict[str, Any]:
    """With --suggest: the run's guesses and unknown words added to the settings file as 待确认
    rows, said in one line (or the JSON's "suggested")."""
    if args.suggest is None:
        return {}
    from .reading.suggestions import summary_lines, write_suggestions

    made, added = write_suggestions(args.suggest, merged.readings)
    lines = summary_lines(merged.readings, made, added, str(args.suggest))
    return {"suggested": {"file": str(args.suggest), "suggestions": made, "added": added, "lines": lines}}


def _print_suggested(suggested: dict[str, Any]) -> None:
    for line in suggested.get("suggested", {}).get("lines", []):
        _out().print(line, markup=False)


def _check(args: argparse.Namespace) -> int:
    from .jobs import check

    settings, how = _settings(args)
    merged = _progress(lambda p: check(args.inbox, settings, p, args.units))
    suggested = _suggest(args, merged)
    if args.json:
        _json({**merged.summary(), "as_of_from": how, **suggested}, args)
    else:
        _print_merge(merged, {}, left_out=True, checked=True)
        for p in merged.report.warnings[:20]:
            _out().print(
                f"  [yellow]提示[/yellow] {escape(p.file)} {escape(p.sheet or '')} {escape(p.message)}"
            )
        _print_suggested(suggested)
    return 1 if merged.has_errors else 0  # check is strict: it is asked whether the returns are clean


def _stats(args: argparse.Namespace) -> int:
    from .jobs import process

    settings, how = _settings(args, args.source)
    job = _progress(lambda p: process(args.source, args.out or Path("out"), settings, p, as_of_from=how))
    if args.json:
        _json(job.to_dict(), args)
    else:
        if job.merge:
            _print_merge(job.merge, job.outputs)
        _print_stats(job)
    return _exit(job.has_errors, args.strict)


def _brief(args: argparse.Namespace) -> int:
    from .jobs import brief, check_brief_inputs, process

    settings, how = _settings(args, args.source)
    check_brief_inputs(settings, args.source, args.out, args.template, args.notice_template)
    out_dir = args.out.parent if args.out else Path("out")
    job = _progress(lambda p: process(args.source, out_dir, settings, p, as_of_from=how))
    docs = brief(job, settings, out_dir, args.out, args.template, args.notices, args.notice_template)
    _finish(args, job, docs)
    return _exit(job.has_errors, args.strict)


def _run(args: argparse.Namespace) -> int:
    from .jobs import brief, notices_folder, process

    settings, how = _settings(args)
    out_dir = args.out or Path("out")
    job = _progress(lambda p: process(sample_returns(), out_dir, settings, p, as_of_from=how))
    docs = brief(job, settings, out_dir, notices_dir=notices_folder(out_dir, job.metrics.as_of))
    _finish(args, job, docs)
    return _exit(job.has_errors, args.strict)


def _split(args: argparse.Namespace) -> int:
    from .jobs import split, split_summary

    settings, how = _settings(args, args.master)
    done = _progress(lambda p: split(args.master, args.out, settings, p), "生成报送表")
    if args.json:
        _json(split_summary(done, args.master, args.out, settings.as_of or date.today(), how), args)
        return 0
    _out().print(
        f"已为 {len(done.returns)} 个单位生成报送表，在 {args.out}；下发清单：{done.manifest}", markup=False
    )
    if done.assigned:
        _out().print(f"已为 {len(done.assigned)} 个没有编号的问题编号，并写回 {args.master}", markup=False)
    if done.kept:
        _out().print(
            f"文件夹里原有的 {len(done.kept)} 份报送表已先留底在 {done.kept[0].parent}（可能有单位已经填写）",
            markup=False,
        )
    return 0


def _finish(args: argparse.Namespace, job: Job, docs: Documents) -> None:
    """What brief and run print: the merge, the figures and the documents, or the JSON."""
    from .figures.metrics import summary_sentence

    if args.json:
        data = job.to_dict()
        data["documents"] = {"briefing": str(docs.briefing), "notices": [str(p) for p in docs.notices]}
        _json(data, args)
        return
    if job.merge:
        _print_merge(job.merge, job.outputs)
    if args.command == "run":
        _print_stats(job)
    else:
        _out().print(summary_sentence(job.metrics))
    _print_documents(docs)


def _json(data: dict[str, Any], args: argparse.Namespace | None = None) -> None:
    if args is not None and hasattr(args, "settings_from"):  # where the settings came from (docs/cli.md)
        data = {**data, "settings_from": args.settings_from}
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "merge": _merge,
    "check": _check,
    "stats": _stats,
    "brief": _brief,
    "run": _run,
    "split": _split,
}


def _addin(args: argparse.Namespace) -> int:
    from .tools.addin import AddinError, build_addin, install_addin, uninstall_addin

    default = Path("addin") / "ledgerdesk.xlam" if Path("addin").is_dir() else Path("ledgerdesk.xlam")
    xlam = args.out or default
    try:
        if args.action == "build":
            _out().print(f"加载项：{build_addin(xlam)}")
        elif args.action == "install":
            if not xlam.is_file():
                build_addin(xlam)
            target, conf, console = install_addin(xlam)
            _out().print(
                f"加载项已安装到 {target}；设置文件（按钮从这里找到 Python）：{conf}；"
                f"控制台工作簿：{console}。请重新打开 Excel，打开控制台工作簿，在「督查台账」选项卡使用。"
            )
        else:
            removed = uninstall_addin()
            listed = "、".join(str(path) for path in removed)
            _out().print(f"已删除 {listed}" if removed else "没有找到已安装的加载项", markup=False)
    except (AddinError, OSError) as exc:
        err.print(f"[red]无法完成：[/red]{escape(str(exc))}")
        return 2
    return 0


def _serve(args: argparse.Namespace) -> int:
    """打开网页版 (docs/web.md): the same job verbs behind a page on 127.0.0.1."""
    from .web.serve import serve
    from .web.store import default_file

    try:
        serve(args.settings or default_file(), args.root, args.port, not args.no_browser, args.allow_origin)
    except OSError as exc:  # the port is taken, or the settings' folder cannot be made
        from .files import os_message

        err.print(f"[red]无法完成：[/red]{escape(os_message(exc))}")
        return 2
    except KeyboardInterrupt:
        pass
    return 0


def _wps(args: argparse.Namespace) -> int:
    """The WPS 表格 add-in (docs/wps.md): its files written to a folder."""
    from .tools.wps import WpsError, build_wps

    try:
        made = build_wps(args.out, args.url)
    except (WpsError, OSError) as exc:
        err.print(f"[red]无法完成：[/red]{escape(str(exc))}")
        return 2
    _out().print(f"WPS 加载项：{made}（部署方法见 docs/wps.md）", markup=False)
    return 0


def _bundle(args: argparse.Namespace) -> int:
    from .tools.bundle import BundleError, make_bundle

    try:
        made = make_bundle(
            args.out,
            args.platform,
            args.python,
            echo=lambda line: err.print(line, markup=False),
            embedded_python=args.embedded_python,
            embedded_version=args.embedded_version,
            python_org=args.python_org,
        )
    except (BundleError, OSError) as exc:
        err.print(f"[red]无法完成：[/red]{escape(str(exc))}")
        return 2
    python = f"自带 Python {made.embedded.version}，" if made.embedded else "没有自带 Python，"
    _out().print(
        f"安装包：{made.folder}（Python {'、'.join(made.pythons)} 的 {len(made.wheels)} 个 wheel，{python}"
        f"共 {made.size / 2**20:.0f} MB）。把整个文件夹拷到目标电脑，双击 安装.bat。",
        markup=False,
    )
    return 0


def _print_applied(back: MergeBack) -> None:
    applied = back.applied
    out = _out()
    out.print(f"已合并回 {applied.master}：{len(applied.changes)} 处变更，新增问题 {len(applied.added)} 个。")
    if applied.silent:
        out.print(f"未报送：{'、'.join(applied.silent)}", markup=False)
    flagged = [
        p for p in applied.report if p.code in ("unknown-id", "id-other-unit", "missing-item", "new-item")
    ]
    for p in flagged[:20]:
        out.print(f"  [yellow]提示[/yellow] {escape(p.file)} {escape(p.message)}")
    errors = applied.report.errors
    if errors:
        out.print(f"错误 {len(errors)} 个（见汇总台账「校验问题」）。")


def _print_documents(docs: Documents) -> None:
    out = _out()
    kind = "简报" if "简报" in docs.briefing.name else "通报"
    out.print(f"{kind}：{docs.briefing}", markup=False)
    if docs.notices:
        out.print(f"催办通知：{len(docs.notices)} 份，在 {docs.notices[0].parent}", markup=False)


def _progress(work: Callable[[ProgressCallback], T], label: str = "读取台账") -> T:
    """Run ``work`` with a progress bar on stderr (only where a person watches a terminal)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
        console=err.console,
        transient=True,
        disable=not err.is_terminal,  # a bar only where a person watches; logs stay clean
    ) as bar:
        task = bar.add_task("", total=None)

        def progress(done: int, total: int, name: str) -> None:
            bar.update(task, completed=done, total=total, description=name)

        return work(progress)


def _print_stats(job: Job) -> None:
    from rich.table import Table

    from .figures.metrics import WARNING_LABELS, format_rate, summary_sentence

    out = _out()
    out.print(summary_sentence(job.metrics))
    units = job.metrics.units
    shown = [u for u in units if u.warning != "green"] if job.merge else units
    table = Table(title="需关注的单位" if job.merge else "各单位整改情况", title_justify="left")
    for column in (
        Col.RANK,
        Col.UNIT_NAME,
        Col.ITEMS,
        Col.DONE,
        Col.IN_PROGRESS,
        Col.OVERDUE_N,
        Col.DUE_SOON_N,
        Col.RATE,
        Col.WARNING,
    ):
        table.add_column(column, justify="left" if column == Col.UNIT_NAME else "right")
    for u in shown:
        colour = u.warning
        table.add_row(
            "" if u.rank is None else str(u.rank),
            escape(u.unit),
            str(u.items),
            str(u.done),
            str(u.in_progress),
            str(u.overdue),
            str(u.due_soon),
            format_rate(u.completion_rate),
            f"[{colour}]{WARNING_LABELS[u.warning]}[/{colour}]",
        )
    if table.row_count:
        out.print(table)
    if job.delta:
        d = job.delta
        change = d.total.change_pp
        out.print(
            f"较上期（{d.previous_as_of}）：新完成 {len(d.newly_closed)} 个，新增问题 {len(d.new_items)} 个，"
            f"新超期 {len(d.became_overdue)} 个，调整时限 {len(d.deadline_changes)} 个"
            + ("" if change is None else f"，完成率变化 {change:+.2f} 个百分点")
            + "。"
        )
    for note in job.metrics.notes:
        err.print(f"[yellow]注意：[/yellow]{escape(note)}")


def _out() -> Console:
    """stdout; tables keep full unit names when piped to a file (a terminal sets its own width)."""
    from rich.console import Console

    console = Console(highlight=False, soft_wrap=True)
    return console if console.is_terminal else Console(highlight=False, soft_wrap=True, width=120)


def _print_merge(
    r: MergeResult, outputs: dict[str, str], left_out: bool = False, checked: bool = False
) -> None:
    out = _out()
    c = r.counts
    could = "可" if checked else ""  # check writes nothing: it says what a merge would take
    out.print(
        f"读取 {len(r.files)} 个文件，读入 {c['read']} 行："
        f"{could}合并 {c['merged']} 行，退回 {c['rejected']} 行，被替代 {c['superseded']} 行。"
    )
    out.print(f"发现错误 {len(r.report.errors)} 个，提示 {len(r.report.warnings)} 个。")
    for p in r.report.errors[:10]:
        out.print(f"  [red]错误[/red] {escape(p.file)} {escape(p.sheet or '')} {escape(p.message)}")
    if len(r.report.errors) > 10:
        out.print(f"  ……其余 {len(r.report.errors) - 10} 个错误见「校验问题」工作表")
    if left_out:  # merge alone; stats and run say this among their notes
        for line in r.left_out():
            out.print(f"未采用：{line}", markup=False)
    if "workbook" in outputs:  # check writes none
        out.print(f"汇总台账：{outputs['workbook']}", markup=False)
        if "previous_workbook" in outputs:
            out.print(
                f"原来的汇总台账已先留底：{outputs['previous_workbook']}；"
                "其中办事员加的工作表、列和「说明」里的备注（如有）已带到新的汇总台账",
                markup=False,
            )


if __name__ == "__main__":
    sys.exit(main())

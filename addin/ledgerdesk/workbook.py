"""Writes 汇总台账.xlsx: the merged ledger, every problem, the rows not merged, and how it adds up.

XlsxWriter writes rows in order (fast, constant memory). Text from department files is always
written with ``write_string``, so a cell that starts with "=" stays text and never becomes a
formula. The file is written next to the target and renamed, so a crash never leaves half a
workbook, and an open (locked) target is reported in Chinese with nothing overwritten.
"""

from __future__ import annotations

import os
import tempfile
from datetime import date, datetime
from pathlib import Path

import pandas as pd
import xlsxwriter

from .merge import MergeResult
from .normalize import LEDGER_COLUMNS, as_text, parse_date, parse_status
from .schema import DATE_COLUMNS, STATE_LABELS

LEDGER_SHEET = "总台账"


class NotAMaster(ValueError):
    """The file is not a master workbook ledgerdesk can read back."""


WIDE = {"问题描述": 40, "整改措施": 30, "整改进展": 30, "原因": 40, "原始内容": 60, "说明": 60, "备注": 16}
WIDTH = {
    "责任单位": 22,
    "来源文件": 30,
    "文件": 40,
    "问题代码": 24,
    "单位原文": 18,
    "整改状态": 12,
    "整改时限原文": 14,
}


class OutputLocked(OSError):
    """The target workbook cannot be replaced (open in Excel/WPS, or read-only)."""


def write_master(result: MergeResult, path: str | Path, inputs: list[str] | None = None) -> Path:
    """Write the master workbook atomically and return its path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".~", suffix=".xlsx", dir=path.parent)
    os.close(fd)
    try:
        book = xlsxwriter.Workbook(tmp, {"strings_to_formulas": False, "strings_to_urls": False})
        fmt = {
            "head": book.add_format(
                {"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True, "valign": "vcenter"}
            ),
            "date": book.add_format({"num_format": "yyyy-mm-dd", "valign": "top"}),
            "text": book.add_format({"valign": "top"}),
            "wrap": book.add_format({"text_wrap": True, "valign": "top"}),
        }
        _sheet(book, fmt, "总台账", result.ledger)
        _sheet(book, fmt, "校验问题", result.report.to_frame())
        _sheet(book, fmt, "未采用行", result.rejected)
        _sheet(book, fmt, "说明", _about(result, inputs or []))
        book.close()
        try:
            os.replace(tmp, path)
        except PermissionError as exc:
            raise OutputLocked(
                f"「{path.name}」正在被其他程序使用（可能已在 Excel/WPS 中打开），请关闭后重试"
            ) from exc
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


def _sheet(book: xlsxwriter.Workbook, fmt: dict, name: str, frame: pd.DataFrame) -> None:
    ws = book.add_worksheet(name)
    columns = [str(c) for c in frame.columns]
    for c, title in enumerate(columns):
        ws.write_string(0, c, title, fmt["head"])
        ws.set_column(c, c, WIDE.get(title) or WIDTH.get(title) or max(10, min(24, len(title) * 2 + 4)))
    for r, values in enumerate(frame.itertuples(index=False, name=None), start=1):
        for c, value in enumerate(values):
            wrap = columns[c] in WIDE
            if value is None or (isinstance(value, float) and value != value) or value is pd.NaT:
                continue
            if isinstance(value, datetime | pd.Timestamp):
                ws.write_datetime(
                    r, c, value.to_pydatetime() if isinstance(value, pd.Timestamp) else value, fmt["date"]
                )
            elif isinstance(value, date):
                ws.write_datetime(r, c, datetime(value.year, value.month, value.day), fmt["date"])
            elif isinstance(value, bool):
                ws.write_string(r, c, "是" if value else "否", fmt["text"])
            elif isinstance(value, int | float):
                ws.write_number(r, c, value, fmt["text"])
            else:
                ws.write_string(r, c, str(value), fmt["wrap"] if wrap else fmt["text"])
    ws.freeze_panes(1, 0)
    ws.set_landscape()
    ws.set_paper(9)  # A4
    if len(columns) <= 10:
        ws.fit_to_pages(1, 0)  # one page wide, as many pages tall as needed
    ws.repeat_rows(0)
    ws.set_header(f'&C&"SimSun,Bold"{name}')
    ws.set_footer("&C第 &P 页 共 &N 页")
    if columns:
        ws.autofilter(0, 0, max(len(frame), 1), len(columns) - 1)


def _about(result: MergeResult, inputs: list[str]) -> pd.DataFrame:
    c = result.counts
    lines = [
        ("统计截止日", result.as_of.isoformat()),
        ("读取文件数", str(len(result.files))),
        ("读入行数", str(c["read"])),
        ("合并行数", str(c["merged"])),
        ("退回行数", str(c["rejected"])),
        ("被替代行数", str(c["superseded"])),
        ("核对", f"读入 {c['read']} = 合并 {c['merged']} + 退回 {c['rejected']} + 被替代 {c['superseded']}"),
        ("错误数", str(len(result.report.errors))),
        ("提示数", str(len(result.report.warnings))),
    ]
    lines += [
        ("文件", f"{f.file}：{f.unit or '（多个单位/未识别）'}，{f.rows} 行，{_STATUS[f.status]}")
        for f in result.files
    ]
    lines += [("来源目录", s) for s in inputs]
    return pd.DataFrame(lines, columns=["项目", "说明"])


_STATUS = {"merged": "已合并", "rejected": "未采用", "superseded": "已被较新报送替代"}


def read_master(path: str | Path) -> pd.DataFrame:
    """The 总台账 sheet of a (possibly hand-edited) master workbook as a ledger DataFrame.

    A status word the clerk corrected in 整改状态 is respected (状态归类 is worked out again from
    it); dates the clerk typed as text are parsed; columns the clerk added are kept and ignored.
    """
    import python_calamine

    path = Path(path)
    try:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
        grid = book.get_sheet_by_name(LEDGER_SHEET).to_python()
    except Exception:
        raise NotAMaster(f"「{path.name}」不是汇总台账：找不到「{LEDGER_SHEET}」工作表") from None
    header = [str(h).strip() for h in grid[0]] if grid else []
    missing = [c for c in ("责任单位", "问题描述", "整改状态", "整改时限") if c not in header]
    if missing:
        raise NotAMaster(f"「{path.name}」的「{LEDGER_SHEET}」缺少列：{'、'.join(missing)}")
    rows = [r for r in grid[1:] if any(v not in ("", None) for v in r)]
    frame = pd.DataFrame(rows, columns=header) if rows else pd.DataFrame(columns=header)
    for column in LEDGER_COLUMNS:
        if column not in frame.columns:
            frame[column] = ""
    for column in (*DATE_COLUMNS, "填报日期"):
        frame[column] = [parse_date(v, None).value if v not in ("", None) else None for v in frame[column]]
    frame["来源行"] = [int(v) if isinstance(v, int | float) else None for v in frame["来源行"]]
    text_columns = [c for c in LEDGER_COLUMNS if c not in (*DATE_COLUMNS, "填报日期", "来源行")]
    for column in text_columns:
        frame[column] = [as_text(v) for v in frame[column]]
    frame["状态归类"] = [
        STATE_LABELS.get(parse_status(text) or "", label)
        for text, label in zip(frame["整改状态"], frame["状态归类"], strict=True)
    ]
    extra = [c for c in frame.columns if c not in LEDGER_COLUMNS]
    return frame[[*LEDGER_COLUMNS, *extra]]

"""Output files: safe names from unit names, and writes that never leave half a file behind."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

WINDOWS_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}


class OutputLocked(OSError):
    """The target cannot be replaced (open in Excel/WPS/Word, or read-only)."""


def safe_filename(name: str, fallback: str = "未命名") -> str:
    """A file name Windows accepts: no path separators or reserved characters, no trailing dot."""
    text = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", str(name)).strip().rstrip(". ")
    if not text:
        return fallback
    if text.split(".")[0].upper() in WINDOWS_RESERVED:
        text = f"_{text}"
    return text[:120]


def locked_message(path: Path) -> str:
    return f"「{path.name}」正在被其他程序使用（可能已在 Excel/WPS/Word 中打开），请关闭后重试；原文件未改动"


def check_writable(path: Path) -> None:
    """Refuse early when the target is open (the ~$ owner file Office and WPS leave) or read-only."""
    owners = {path.parent / f"~${path.name}", path.parent / f"~${path.name[2:]}"}  # Word drops two chars
    if len(path.name) > 2 and any(p.exists() for p in owners):
        raise OutputLocked(locked_message(path))
    if path.exists():
        try:
            with open(path, "r+b"):
                pass
        except PermissionError as exc:
            raise OutputLocked(locked_message(path)) from exc


@contextmanager
def atomic_output(path: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success it replaces ``path`` in one rename.

    A crash or an exception leaves the previous file as it was and no temporary file behind.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    check_writable(path)
    fd, name = tempfile.mkstemp(prefix=".~", suffix=path.suffix, dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        try:
            os.replace(tmp, path)
        except PermissionError as exc:
            raise OutputLocked(locked_message(path)) from exc
    finally:
        if tmp.exists():
            tmp.unlink()


VERSIONS_FOLDER = "历史版本"


def keep_version(path: Path, keep: int) -> Path | None:
    """Copy ``path`` (a master about to be rewritten) to 历史版本/<name>_<time>.xlsx beside it and
    keep the newest ``keep`` copies. Returns the copy, or None when there was nothing to keep."""
    path = Path(path)
    if keep <= 0 or not path.is_file():
        return None
    folder = path.parent / VERSIONS_FOLDER
    folder.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    copy = folder / f"{path.stem}_{stamp}{path.suffix}"
    shutil.copy2(path, copy)
    older = sorted(folder.glob(f"{glob_escape(path.stem)}_*{path.suffix}"))
    for old in older[:-keep]:
        old.unlink()
    return copy


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)

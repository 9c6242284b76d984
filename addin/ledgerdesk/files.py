"""Output files: safe names from unit names, and writes that never leave half a file behind."""

from __future__ import annotations

import errno
import os
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from .errors import LedgerdeskError

WINDOWS_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}


class OutputLocked(LedgerdeskError, OSError):
    """The target cannot be replaced (open in Excel/WPS/Word, or read-only)."""


MAX_NAME_BYTES = 180  # of a file name's stem in UTF-8: a file system allows 255, and a suffix follows


def safe_filename(name: str, fallback: str = "未命名") -> str:
    """A file name every file system takes: NFKC (full-width letters as ASCII), no path separators,
    reserved or control characters, no leading dot or ~$ (hidden and lock files, skipped on reading),
    no trailing dot or space, no reserved device name, at most MAX_NAME_BYTES bytes."""
    text = unicodedata.normalize("NFKC", str(name))
    text = re.sub(r'[\\/:*?"<>|\x00-\x1f\x7f]+', "_", text).strip()
    text = re.sub(r"^(~\$|[.\s])+", "", text).rstrip(". ")
    if not text:
        return fallback
    if text.split(".")[0].strip().upper() in WINDOWS_RESERVED:
        text = f"_{text}"
    while len(text.encode("utf-8")) > MAX_NAME_BYTES:
        text = text[:-1]
    return text.rstrip(". ") or fallback


def unique_names(names: Iterable[str], suffix: str, taken: Iterable[str] = ()) -> dict[str, str]:
    """A file name for each of ``names`` (units): safe, and unique ignoring case (Windows), never one
    of ``taken`` (the files the tool writes itself, such as 汇总台账.xlsx and 下发清单.xlsx)."""
    used = {t.casefold() for t in taken}
    out: dict[str, str] = {}
    for name in names:
        base = safe_filename(name)
        candidate, n = f"{base}{suffix}", 2
        while candidate.casefold() in used:
            candidate, n = f"{base}（{n}）{suffix}", n + 1
        used.add(candidate.casefold())
        out[name] = candidate
    return out


class Busy(LedgerdeskError):
    """Another run is writing the same master: this one waited, then gave up without touching it."""


WAIT_FOR_WRITER = 30.0  # seconds a run waits for another run on the same master to finish


@contextmanager
def one_writer(master: Path) -> Iterator[None]:
    """Hold the master (and the history beside it) for the whole read-modify-write: a second run
    on the same master waits up to WAIT_FOR_WRITER seconds for the first to finish, then stops
    with a Chinese message (exit 2) and leaves everything as it was. The lock is the operating
    system's (filelock), so it ends with the process, however that ends. Its file lives in the
    temporary folder, named after the master's full path, so nothing is left beside the clerk's
    files; two runs on one PC take turns (two PCs writing one master on a shared folder are not
    covered: docs/reliability.md)."""
    import hashlib

    from filelock import FileLock, Timeout

    where = str(master.resolve())
    key = hashlib.sha256((where.casefold() if os.name == "nt" else where).encode("utf-8")).hexdigest()[:32]
    folder = Path(tempfile.gettempdir()) / "ledgerdesk-locks"
    folder.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(folder / f"{key}.lock"))
    try:
        lock.acquire(timeout=WAIT_FOR_WRITER)
    except Timeout:
        raise Busy(
            f"另一个合并或统计正在处理「{master.name}」，等了 {WAIT_FOR_WRITER:.0f} 秒仍未结束；"
            "请等它完成后再试，本次没有改动任何文件"
        ) from None
    try:
        yield
    finally:
        lock.release()


def locked_message(path: Path) -> str:
    return f"「{path.name}」正在被其他程序使用（可能已在 Excel/WPS/Word 中打开），请关闭后重试；原文件未改动"


def check_writable(path: Path) -> None:
    """Refuse early when the target is open (the ~$ owner file Office and WPS leave, LibreOffice's
    .~lock…#) or read-only."""
    owners = {
        path.parent / f"~${path.name}",
        path.parent / f"~${path.name[2:]}",  # Word drops two characters
        path.parent / f".~lock.{path.name}#",  # LibreOffice
    }
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
    clean_stale(path.parent)
    fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=path.suffix, dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes it private; outputs are shared as usual
        try:
            os.replace(tmp, path)
        except PermissionError as exc:  # Windows: the file is open; anywhere: the folder is read-only
            raise OutputLocked(
                f"「{path}」无法写入：它可能正在 Excel/WPS/Word 中打开，或这个文件夹没有写入权限。"
                "请关闭文件后重试，或换一个输出文件夹；原文件未改动"
            ) from exc
    finally:
        for left in (tmp, tmp.with_name(tmp.name + ".rows")):
            if left.exists():
                left.unlink()


TEMP_PREFIX = ".~ledgerdesk-"  # every temporary file and folder the tool makes beside its outputs
STALE_AFTER = 600  # seconds: a temporary file this old is left by a run that was killed


_CLEANED: set[Path] = set()  # folders already looked at by this process


def clean_stale(folder: Path) -> None:
    """Remove temporary files a killed run left behind (never one a running run is writing).

    A folder is looked at once per process: a file left by a killed run is old when the run
    starts or never, and listing a folder of 1,000 notices again for each one was a tenth of the
    time of writing them."""
    import time

    if folder in _CLEANED:
        return
    _CLEANED.add(folder)
    for left in folder.glob(TEMP_PREFIX + "*"):
        try:
            if time.time() - left.stat().st_mtime > STALE_AFTER:
                shutil.rmtree(left) if left.is_dir() else left.unlink()
        except OSError:
            continue


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def os_message(exc: OSError) -> str:
    """A one-line Chinese message for a file-system error, naming the file and what to do."""
    import errno

    name = str(exc.filename or "")
    if Path(name).name.startswith(TEMP_PREFIX):
        name = str(Path(name).parent)  # the folder being written, not our temporary file
    if exc.errno == errno.ENOSPC:
        return f"磁盘已满，无法写入「{name}」：请清理磁盘空间后重试；原来的文件没有改动"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"没有权限读写「{name}」：请检查文件和文件夹的权限，或换一个输出文件夹"
    if exc.errno == errno.EROFS:
        return f"「{name}」所在的磁盘是只读的，不能写入：请换一个输出文件夹"
    if exc.errno == errno.ENOENT:
        return f"找不到「{name}」"
    return f"无法读写「{name}」（系统错误代码 {exc.errno}）：请检查这个文件或文件夹是否存在、能否打开"


VERSIONS_FOLDER = "历史版本"


def keep_version(path: Path, keep: int) -> Path | None:
    """Copy ``path`` (a master about to be rewritten) to 历史版本/<name>_<time>.xlsx beside it and
    keep the newest ``keep`` copies. Returns the copy, or None when there was nothing to keep.

    A version means something: nothing is copied while the master is open (the rewrite would be
    refused anyway), a master the same as the newest version is not copied again (ten refused
    tries leave one copy, and never push the older, different versions out), and a copy is made
    under a temporary name, checked and only then named as a version (a full disk never leaves a
    truncated file that looks like one)."""
    path = Path(path)
    if keep <= 0 or not path.is_file():
        return None
    check_writable(path)
    folder = path.parent / VERSIONS_FOLDER
    older = _versions(path)
    if older and _same_bytes(older[-1], path):
        return older[-1]
    copy = version_path(path)
    clean_stale(folder)
    fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=path.suffix, dir=folder)
    os.close(fd)
    tmp = Path(name)
    try:
        shutil.copy2(path, tmp)
        if tmp.stat().st_size != path.stat().st_size:
            raise OSError(errno.ENOSPC, "copy incomplete", str(tmp))
        os.rename(tmp, copy)  # (a new name: nothing to replace)
    finally:
        tmp.unlink(missing_ok=True)
    for old in [*older, copy][:-keep]:
        old.unlink()
    return copy


def latest_version(path: Path) -> Path | None:
    """The newest copy of ``path`` kept in 历史版本 (None when there is none)."""
    older = _versions(Path(path))
    return older[-1] if older else None


def _versions(path: Path) -> list[Path]:
    """The copies of ``path`` kept in 历史版本, oldest first."""
    folder = path.parent / VERSIONS_FOLDER
    return sorted(folder.glob(f"{glob_escape(path.stem)}_*{path.suffix}")) if folder.is_dir() else []


def _same_bytes(a: Path, b: Path) -> bool:
    if a.stat().st_size != b.stat().st_size:
        return False
    with open(a, "rb") as fa, open(b, "rb") as fb:
        while True:
            x, y = fa.read(1 << 20), fb.read(1 << 20)
            if x != y:
                return False
            if not x:
                return True


def version_path(path: Path, tag: str = "") -> Path:
    """Where a copy of ``path`` made now is kept: 历史版本/<name>_<tag><time><suffix> beside it."""
    folder = path.parent / VERSIONS_FOLDER
    folder.mkdir(exist_ok=True)
    return folder / f"{path.stem}_{tag}{datetime.now():%Y%m%d-%H%M%S-%f}{path.suffix}"


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


@contextmanager
def staged_folder(folder: Path) -> Iterator[Path]:
    """Yield an empty folder beside ``folder`` to write a set of files into; on success each file
    replaces its namesake in ``folder`` (the set arrives whole: a failure halfway leaves the
    previous files, and nothing of the new set). Other files in ``folder`` are left alone."""
    folder.mkdir(parents=True, exist_ok=True)
    clean_stale(folder.parent)
    stage = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX, dir=folder.parent))
    try:
        yield stage
        for path in sorted(stage.iterdir()):
            check_writable(folder / path.name)
        for path in sorted(stage.iterdir()):
            os.chmod(path, 0o666 & ~_umask())
            os.replace(path, folder / path.name)
    finally:
        shutil.rmtree(stage, ignore_errors=True)

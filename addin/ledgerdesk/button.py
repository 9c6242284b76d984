"""A ribbon click as Python starts it: ``import ledgerdesk.button; ledgerdesk.button.press('<tag>')``.

The add-in's VBA runs that line through xlwings' RunPython. Only the standard library is imported
before the click is handled, so a Python whose libraries no longer load (a DLL gone, an update
half done, a package removed by hand) still tells the clerk in Chinese what failed, where the log
is and what to do, instead of xlwings' English "Error" window with a traceback. The work itself is
``ledgerdesk.excel.on_button``.
"""

from __future__ import annotations

import os
import sys
import traceback
from datetime import datetime
from pathlib import Path

TITLE = "督查台账助手"
LABELS = {
    "merge": "合并台账",
    "check": "校验",
    "stats": "统计分析",
    "brief": "生成通报",
    "notices": "生成催办单",
    "split": "拆分下发",
    "settings": "打开设置",
    "help": "显示帮助",
}
BUG_TODO = "请关闭 Excel、重新打开后再试一次；仍然出错时，请把{send}发给技术支持人员。"
BROKEN_TODO = (
    "请重新运行“安装.bat”（或 pip install 后再 ledgerdesk addin install），然后重新打开 Excel；"
    "仍然这样时，请把{send}发给技术支持人员。"
)
# MessageBoxW: MB_ICONWARNING | MB_SETFOREGROUND | MB_TOPMOST (no workbook to keep it in front)
_BOX_STYLE = 0x30 | 0x10000 | 0x40000


def press(tag: str) -> None:
    """Run the button ``tag``; when ledgerdesk's Excel side cannot even be imported, say so."""
    try:
        from . import excel
    except Exception as exc:  # ImportError, a DLL's OSError, a syntax error in a half-copied file
        show(failure(tag, exc, broken=True))
        return
    excel.on_button(tag)


def log_folder() -> Path:
    """Where a button writes what went wrong: %LOCALAPPDATA%\\ledgerdesk\\logs on Windows (beside
    the offline installation's Python), ~/.ledgerdesk/logs elsewhere."""
    local = os.environ.get("LOCALAPPDATA")
    if sys.platform == "win32" and local:
        return Path(local) / "ledgerdesk" / "logs"
    return Path.home() / ".ledgerdesk" / "logs"


def failure(tag: str, exc: BaseException, broken: bool = False) -> str:
    """Log ``exc`` with its traceback (one file a day, appended) and say in Chinese what failed.
    ``broken``: the program could not start (reinstalling is what helps), not a bug in a job."""
    from . import __version__

    now = datetime.now()
    log = log_folder() / f"ledgerdesk-{now:%Y-%m-%d}.log"
    what = f"{type(exc).__name__}: {exc}".strip().rstrip(":")
    head = (
        f"===== {now:%Y-%m-%d %H:%M:%S} 按钮 {tag}，ledgerdesk {__version__}，Python {sys.version.split()[0]}"
    )
    trace = "".join(traceback.format_exception(exc))
    try:
        log.parent.mkdir(parents=True, exist_ok=True)
        with log.open("a", encoding="utf-8") as f:
            f.write(f"{head}\n{trace}\n")
        where, send = f"详细记录已写入：{log}", "这个文件"
    except OSError as log_error:
        where, send = f"详细记录没能写入 {log.parent}（{_os_reason(log_error)}）", "这个提示的截图"
    label = LABELS.get(tag, tag)
    if broken:
        return (
            f"「{label}」没有完成：督查台账助手的程序文件不完整，启动不了（{what[:200]}）。\n"
            f"{where}\n{BROKEN_TODO.format(send=send)}"
        )
    return (
        f"「{label}」没有完成：程序出错（{what[:200]}）。这是程序的问题，不是您的操作造成的。\n"
        f"{where}\n{BUG_TODO.format(send=send)}"
    )


def show(message: str) -> None:
    """Say ``message`` where there is no workbook to put a message box in: Windows' own message box
    (the Chinese title, no traceback, and xlwings then shows nothing, for Python ends normally);
    elsewhere, or if that box cannot be shown, the message Python exits with, which xlwings shows."""
    if sys.platform == "win32":
        try:
            import ctypes

            ctypes.windll.user32.MessageBoxW(None, message, TITLE, _BOX_STYLE)  # type: ignore[attr-defined]
            return
        except (AttributeError, OSError):
            pass
    raise SystemExit(message)


def _os_reason(exc: OSError) -> str:
    try:
        from .files import os_message

        return os_message(exc)
    except Exception:  # the log is the last resort: it never hides the message
        return exc.strerror or str(exc)

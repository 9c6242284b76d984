"""The web application: the page, and the JSON API its buttons (and the WPS add-in's) call.

Starlette routes, each a few lines over actions.py (the job verbs), store.py (the settings file)
and guard.py (what a request may touch). A job runs in a thread of its own; the page asks for its
progress until it is done. One job at a time per master: a second button on the same master while
one runs is told so at once (409); the verbs themselves hold the master's lock (files.one_writer),
so a command line or Excel run on the same master waits its turn as it always does.
"""

from __future__ import annotations

import itertools
import sys
import threading
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from ..errors import LedgerdeskError
from ..files import os_message
from ..resources import sample_returns
from . import actions
from .guard import BodyTooLarge, Folders, OutsideFolders, cookie_name, within
from .store import SettingsFile, settings_name

STATIC = Path(__file__).resolve().parent / "static"
SAMPLE_LABEL = "示例报送文件（自带）"


@dataclass
class Running:
    """One job: its button, progress and, once done, its result or the Chinese reason it stopped."""

    id: str
    tag: str
    master: str
    state: str = "running"  # running, done, failed
    done: int = 0
    total: int = 0
    name: str = ""
    result: dict[str, Any] | None = None
    error: str = ""
    started: float = field(default_factory=time.monotonic)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "tag": self.tag,
            "title": actions.LABELS.get(self.tag, self.tag),
            "state": self.state,
            "progress": {"done": self.done, "total": self.total, "name": self.name},
            "result": self.result,
            "error": self.error,
            "seconds": round(time.monotonic() - self.started, 1),
        }


@dataclass
class Desk:
    """What the server knows: the settings file, the folders a clerk may choose from, the jobs."""

    settings_file: Path
    folders: Folders
    jobs: dict[str, Running] = field(default_factory=dict)
    busy: dict[str, str] = field(default_factory=dict)  # master -> id of the job running on it
    opened: list[Path] = field(default_factory=list)  # folders of outputs shown: files open from these
    lock: threading.Lock = field(default_factory=threading.Lock)
    ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def file(self, console: str | None = None) -> SettingsFile:
        """The settings file of a request: the server's, or the console workbook a WPS button names."""
        if not console:
            return SettingsFile(self.settings_file)
        path = self.folders.inside(console, writable=True)
        if path.suffix.lower() not in (".xlsx", ".xlsm") or not path.is_file():
            raise LedgerdeskError(
                f"「{path.name}」不是控制台工作簿（督查台账助手.xlsx），请在控制台工作簿里点按钮"
            )
        return SettingsFile(path)

    def start(self, tag: str, file: SettingsFile) -> Running:
        ctx = actions.context(file, self.folders, need_inbox=tag in actions.NEEDS_INBOX)
        master = str(ctx.master_path)
        with self.lock:
            if master in self.busy:
                other = self.jobs[self.busy[master]]
                raise Busy(f"「{other.as_dict()['title']}」正在处理「{Path(master).name}」，请等它完成后再点")
            job = Running(str(next(self.ids)), tag, master)
            self.jobs[job.id] = job
            self.busy[master] = job.id
        self.opened += [f for f in ctx.folders if f not in self.opened]
        threading.Thread(target=self._work, args=(job, file), daemon=True).start()
        return job

    def _work(self, job: Running, file: SettingsFile) -> None:
        def progress(done: int, total: int, name: str) -> None:
            job.done, job.total, job.name = done, total, name

        try:
            job.result = actions.run(job.tag, file, self.folders, progress)
            job.state = "done"
        except LedgerdeskError as exc:
            job.error, job.state = str(exc), "failed"
        except OutsideFolders as exc:
            job.error, job.state = str(exc), "failed"
        except OSError as exc:
            job.error, job.state = os_message(exc), "failed"
        except Exception:  # a bug: said in Chinese, its traceback on the server's console
            traceback.print_exc(file=sys.stderr)
            job.error = "程序出错，已停止（这是程序的问题，不是您的操作造成的；详细经过显示在运行 ledgerdesk serve 的窗口里）"
            job.state = "failed"
        finally:
            with self.lock:
                self.busy.pop(job.master, None)


class Busy(LedgerdeskError):
    """Another job of this server works on the same master."""


def _error(message: str, status: int = 400) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


async def _body(request: Request) -> dict[str, Any]:
    try:
        data = await request.json()
    except BodyTooLarge:
        raise
    except Exception:
        return {}
    return data if isinstance(data, dict) else {}


@dataclass(frozen=True)
class Served:
    """What the routes know of the server: its desk, token and port (on the application's state)."""

    desk: Desk
    token: str
    port: int


def _served(request: Request) -> Served:
    served: Served = request.app.state.served
    return served


async def page(request: Request) -> Response:
    served = _served(request)
    if "token" in request.query_params:  # the landing URL: the token becomes a cookie, the URL plain
        response: Response = RedirectResponse("/", status_code=303)
        response.set_cookie(
            cookie_name(served.port), served.token, httponly=True, samesite="strict", path="/"
        )
        return response
    return FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-store"})


async def info(request: Request) -> Response:
    served = _served(request)
    address = f"http://127.0.0.1:{served.port}/?token={served.token}"
    return JSONResponse({"settings": settings_name(served.desk.settings_file), "address": address})


async def get_settings(request: Request) -> Response:
    file = _served(request).desk.file(request.query_params.get("console"))
    return JSONResponse({"file": settings_name(file.path), "fields": file.fields()})


async def save_settings(request: Request) -> Response:
    desk = _served(request).desk
    data = await _body(request)
    file = desk.file(data.get("console"))
    values = {str(k): str(v) for k, v in (data.get("values") or {}).items()}
    for name in ("inbox", "out_dir", "master"):  # a place is chosen inside the clerk's folders
        if values.get(name):
            desk.folders.inside(file.place(values[name]), writable=name != "inbox")
    if values.get("units_file"):  # a CSV read as given (jobs.load_directory)
        desk.folders.inside(values["units_file"])
    file.save(values)
    return JSONResponse({"file": settings_name(file.path), "fields": file.fields()})


async def folders(request: Request) -> Response:
    """The folder browser: the places a clerk may choose from, or the subfolders of one of them."""
    desk = _served(request).desk
    asked = request.query_params.get("path", "")
    if not asked:
        roots = [{"name": str(p), "path": str(p)} for p in desk.folders.roots]
        roots += [{"name": SAMPLE_LABEL, "path": str(p)} for p in desk.folders.read_only]
        return JSONResponse({"path": "", "parent": None, "folders": roots, "files": 0})
    path = desk.folders.inside(asked)
    if not path.is_dir():
        return _error(f"找不到文件夹：{asked}", 404)
    entries = sorted(path.iterdir(), key=lambda p: p.name)
    top = path in {*desk.folders.roots, *desk.folders.read_only}
    return JSONResponse(
        {
            "path": str(path),
            "parent": "" if top else str(path.parent),
            "folders": [{"name": p.name, "path": str(p)} for p in entries if p.is_dir() and p.name[0] != "."],
            "files": sum(1 for p in entries if p.is_file() and not p.name.startswith(("~$", "."))),
        }
    )


async def start_job(request: Request) -> Response:
    desk = _served(request).desk
    data = await _body(request)
    tag = str(data.get("job", ""))
    if tag not in actions.ACTIONS:
        return _error(f"没有「{tag}」这个按钮")
    job = desk.start(tag, desk.file(data.get("console")))
    return JSONResponse(job.as_dict(), status_code=202)


async def job_state(request: Request) -> Response:
    job = _served(request).desk.jobs.get(request.path_params["id"])
    return JSONResponse(job.as_dict()) if job else _error("没有这个作业", 404)


async def open_file(request: Request) -> Response:
    """A file a job wrote (or read), from the folders the jobs of this server chose only."""
    desk = _served(request).desk
    path = desk.folders.inside(request.query_params.get("path", ""))
    if not within(path, desk.opened) or not path.is_file():
        return _error("只能打开本次作业选定文件夹里的文件", 403)
    return FileResponse(path, filename=path.name)


ROUTES = [
    Route("/", page),
    Route("/api/info", info),
    Route("/api/settings", get_settings),
    Route("/api/settings", save_settings, methods=["POST"]),
    Route("/api/folders", folders),
    Route("/api/jobs", start_job, methods=["POST"]),
    Route("/api/jobs/{id}", job_state),
    Route("/api/file", open_file),
    Mount("/static", StaticFiles(directory=STATIC), name="static"),
]


def create_app(desk: Desk, token: str, port: int) -> Starlette:
    """The application; serve.py wraps it in guard.Guard (every request checked first)."""
    handlers = {
        404: lambda r, e: _error("没有这个页面", 404),
        405: lambda r, e: _error("不支持这种请求", 405),
        Busy: lambda r, e: _error(str(e), 409),
        OutsideFolders: lambda r, e: _error(str(e), 403),
        LedgerdeskError: lambda r, e: _error(str(e), 400),
        BodyTooLarge: lambda r, e: _error("请求太大，已拒绝", 413),
        OSError: lambda r, e: _error(os_message(e), 400),
    }
    app = Starlette(routes=ROUTES, exception_handlers=handlers)  # type: ignore[arg-type]
    app.state.served = Served(desk, token, port)
    return app


def sample_folder() -> Path:
    return sample_returns()

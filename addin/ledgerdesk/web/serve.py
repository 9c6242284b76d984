"""``ledgerdesk serve`` (打开网页版): the page on 127.0.0.1, on a free port or the one given.

uvicorn serves the Starlette application (app.py) behind guard.Guard. The socket is bound here,
to 127.0.0.1 only, before uvicorn starts, so the port is known (and printed) before the first
request and no other address ever listens. A new token is made at every start; the address with
it is opened in the default browser, or printed first with ``--no-browser``.
"""

from __future__ import annotations

import socket
import threading
import webbrowser
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .app import Desk, create_app, sample_folder
from .guard import Folders, Guard, new_token

HOST = "127.0.0.1"


@dataclass
class Served:
    """A server made ready: its socket (bound, listening), token and address, and uvicorn's server."""

    sock: socket.socket
    token: str
    server: object  # uvicorn.Server

    @property
    def port(self) -> int:
        return int(self.sock.getsockname()[1])

    @property
    def address(self) -> str:
        return f"http://{HOST}:{self.port}/?token={self.token}"

    def run(self) -> None:
        self.server.run(sockets=[self.sock])  # type: ignore[attr-defined]

    def stop(self) -> None:
        self.server.should_exit = True  # type: ignore[attr-defined]


def bind(port: int = 0) -> socket.socket:
    """A listening socket on 127.0.0.1 (port 0: a free one the system picks)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((HOST, port))
    sock.listen(64)
    return sock


def prepare(
    settings_file: Path,
    roots: Iterable[Path] = (),
    port: int = 0,
    allow_origins: Iterable[str] = (),
) -> Served:
    import uvicorn

    sock = bind(port)
    real_port = int(sock.getsockname()[1])
    token = new_token()
    folders = Folders.of([Path.home(), *roots], read_only=[sample_folder()])
    desk = Desk(settings_file.expanduser().resolve(), folders)
    app = Guard(create_app(desk, token, real_port), token, real_port, frozenset(allow_origins))
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
    return Served(sock, token, uvicorn.Server(config))


def serve(
    settings_file: Path,
    roots: Iterable[Path] = (),
    port: int = 0,
    open_browser: bool = True,
    allow_origins: Iterable[str] = (),
    echo: Callable[[str], None] = print,
) -> None:
    """Serve until Ctrl+C; the address (with its token) is the first line printed."""
    served = prepare(settings_file, roots, port, allow_origins)
    echo(served.address)
    echo(f"督查台账助手网页版已启动（只在本机 {HOST} 上）：用上面的地址打开；按 Ctrl+C 停止。")
    if open_browser:
        threading.Timer(0.5, webbrowser.open, args=(served.address,)).start()
    served.run()


@contextmanager
def running(
    settings_file: Path, roots: Iterable[Path] = (), port: int = 0, allow_origins: Iterable[str] = ()
) -> Iterator[Served]:
    """A server in a thread of this process, stopped on leaving (the tests')."""
    served = prepare(settings_file, roots, port, allow_origins)
    thread = threading.Thread(target=served.run, daemon=True)
    thread.start()
    for _ in range(200):
        if getattr(served.server, "started", False):
            break
        threading.Event().wait(0.02)
    try:
        yield served
    finally:
        served.stop()
        thread.join(timeout=10)

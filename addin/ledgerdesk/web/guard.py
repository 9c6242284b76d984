"""What keeps a server on 127.0.0.1 to the clerk who started it (docs/web.md, 安全).

Any page the clerk's browser opens can send requests to 127.0.0.1, and a site can rebind its own
name to 127.0.0.1 (DNS rebinding). So every request must

- name this server in its Host header (127.0.0.1:PORT or localhost:PORT): a rebound name is refused;
- carry the token made at start: the cookie the landing URL sets (``/?token=…``), or the header
  ``X-Ledgerdesk-Token`` (the WPS add-in's requests);
- come from this server's own page (its Origin), or — with the token in the header, never by the
  cookie — from an origin of the WPS add-in (``null`` for one loaded from files, or one named with
  ``--allow-origin``);
- be small: a request body over MAX_BODY bytes is refused (there are no uploads).

Anything else is 403 (413 for a large body) with a Chinese line and no data. Paths a request
names are checked by Folders: inside the folders the clerk may choose from (home and the ones
given), resolved first so that a link or ``..`` cannot lead out.
"""

from __future__ import annotations

import hmac
import json
import secrets
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

TOKEN_HEADER = "x-ledgerdesk-token"
MAX_BODY = 64 * 1024  # the largest request: a settings form or a job request, never a file
# the origin of an add-in page loaded from files (WPS 加载项 deployed offline) as Chromium sends it
FILE_ORIGIN = "null"
SAFE_METHODS = ("GET", "HEAD")

REFUSED = {
    "host": "拒绝访问：地址不是本机的督查台账助手（Host 不符）",
    "origin": "拒绝访问：请求来自别的网站",
    "token": "拒绝访问：缺少或写错了令牌。请用 ledgerdesk serve 显示的完整地址（含 token=…）打开",
    "size": "请求太大，已拒绝",
}


def new_token() -> str:
    return secrets.token_urlsafe(32)


def cookie_name(port: int) -> str:
    """A cookie per port: browsers share 127.0.0.1's cookies across ports, so two servers
    started one after the other must not read (or overwrite) each other's token."""
    return f"ledgerdesk-{port}"


@dataclass
class Guard:
    """The checks every request passes before the application sees it (an ASGI middleware)."""

    app: ASGIApp
    token: str
    port: int
    allow_origins: frozenset[str] = field(default_factory=frozenset)

    @property
    def hosts(self) -> set[str]:
        return {f"127.0.0.1:{self.port}", f"localhost:{self.port}"}

    @property
    def own_origins(self) -> set[str]:
        return {f"http://{host}" for host in self.hosts}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self.app(scope, receive, send)
            return
        if scope["type"] != "http":  # no websockets here
            await _refuse(send, "origin")
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        if headers.get("host", "") not in self.hosts:
            await _refuse(send, "host")
            return
        origin = headers.get("origin")
        cross = origin is not None and origin not in self.own_origins
        if cross and origin not in self.allow_origins | {FILE_ORIGIN}:
            await _refuse(send, "origin")
            return
        extra = _cors(origin) if cross else []
        if cross and scope["method"] == "OPTIONS":  # a preflight carries no token: it says only what may come
            await _reply(send, 204, b"", extra)
            return
        by_header = _same(headers.get(TOKEN_HEADER, ""), self.token)
        by_cookie = not cross and _same(
            _cookie(headers.get("cookie", ""), cookie_name(self.port)), self.token
        )
        landing = scope["path"] == "/" and _same(_query_token(scope), self.token)
        if not (by_header or by_cookie or landing):
            await _refuse(send, "token", extra)
            return
        if int(headers.get("content-length", "0") or 0) > MAX_BODY:
            await _refuse(send, "size", extra, status=413)
            return
        await self.app(scope, _bounded(receive), _with_headers(send, extra))


def _same(given: str, token: str) -> bool:
    return bool(given) and hmac.compare_digest(given.encode(), token.encode())


def _cookie(header: str, name: str) -> str:
    for part in header.split(";"):
        key, _, value = part.strip().partition("=")
        if key == name:
            return value
    return ""


def _query_token(scope: Scope) -> str:
    values = parse_qs(scope.get("query_string", b"").decode("latin-1")).get("token", [])
    return values[0] if values else ""


def _cors(origin: str | None) -> list[tuple[bytes, bytes]]:
    return [
        (b"access-control-allow-origin", (origin or "").encode("latin-1")),
        (b"access-control-allow-headers", f"{TOKEN_HEADER}, content-type".encode()),
        (b"access-control-allow-methods", b"GET, POST"),
        (b"vary", b"Origin"),
    ]


async def _reply(send: Send, status: int, body: bytes, extra: Iterable[tuple[bytes, bytes]] = ()) -> None:
    headers = [(b"content-type", b"application/json; charset=utf-8"), *extra]
    headers.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def _refuse(send: Send, why: str, extra: Iterable[tuple[bytes, bytes]] = (), status: int = 403) -> None:
    body = json.dumps({"error": REFUSED[why]}, ensure_ascii=False).encode("utf-8")
    await _reply(send, status, body, extra)


def _bounded(receive: Receive) -> Receive:
    """The request body, refused once it passes MAX_BODY (a body sent in chunks has no length)."""
    seen = [0]

    async def bounded() -> Message:
        message = await receive()
        if message["type"] == "http.request":
            seen[0] += len(message.get("body", b""))
            if seen[0] > MAX_BODY:
                raise BodyTooLarge
        return message

    return bounded


class BodyTooLarge(Exception):
    """A chunked request body grew past MAX_BODY."""


def _with_headers(send: Send, extra: list[tuple[bytes, bytes]]) -> Send:
    if not extra:
        return send

    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start":
            message = {**message, "headers": [*message.get("headers", []), *extra]}
        await send(message)

    return sending


class OutsideFolders(Exception):
    """A path outside the folders a clerk may choose from; the message is Chinese."""


@dataclass(frozen=True)
class Folders:
    """The folders a clerk may choose from in the page (the home folder and those given with
    ``--root``), and the bundled sample returns, which may be read but never written."""

    roots: tuple[Path, ...]
    read_only: tuple[Path, ...] = ()

    @classmethod
    def of(cls, roots: Iterable[Path], read_only: Iterable[Path] = ()) -> Folders:
        return cls(tuple(_real(p) for p in roots), tuple(_real(p) for p in read_only))

    def inside(self, path: str | Path, writable: bool = False) -> Path:
        """``path`` resolved, if it lies in one of the folders; else OutsideFolders."""
        real = _real(Path(path))
        allowed = self.roots if writable else (*self.roots, *self.read_only)
        if any(real == root or root in real.parents for root in allowed):
            return real
        raise OutsideFolders(f"「{path}」不在可以选择的文件夹范围内，已拒绝")

    def allows(self, path: str | Path, writable: bool = False) -> bool:
        try:
            self.inside(path, writable)
        except OutsideFolders:
            return False
        return True


def _real(path: Path) -> Path:
    return path.expanduser().resolve()


def within(path: Path, folders: Iterable[Path]) -> bool:
    """Whether ``path`` (resolved) is one of ``folders`` or inside one."""
    real = _real(path)
    return any(real == f or f in real.parents for f in (_real(x) for x in folders))

"""Every response's safety: headers, the Host check, the access token, no tracebacks.

One ASGI middleware around the whole app:
- headers forbidding framing and content sniffing, and a Content-Security-Policy
  allowing only this server's own files (no inline script or style);
- a Host header check, so a web page elsewhere cannot reach a server on
  127.0.0.1 through a rebound domain name (DNS rebinding);
- with a token, every request must carry it: the `bilagor_token` cookie, an
  `Authorization: Bearer` or `X-Bilagor-Token` header, or `?token=` once
  (which sets the cookie and redirects to the same address without it);
- an error that escapes a page becomes the error page, never a traceback.
"""

from __future__ import annotations

import hmac
import ipaddress
import logging
from collections.abc import Awaitable, Callable, Iterable
from http.cookies import SimpleCookie
from urllib.parse import parse_qsl, quote, urlencode

log = logging.getLogger("bilagor")

TOKEN_COOKIE = "bilagor_token"
TOKEN_HEADER = b"x-bilagor-token"
TOKEN_PARAM = "token"
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (
        b"content-security-policy",
        b"default-src 'self'; img-src 'self'; style-src 'self'; script-src 'self'; object-src 'self'; "
        b"frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    ),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
)

Send = Callable[[dict], Awaitable[None]]
Receive = Callable[[], Awaitable[dict]]
ErrorPage = Callable[[int, str], tuple[bytes, str]]  # (status, message) -> (body, content type)


def is_loopback(host: str) -> bool:
    host = host.strip("[]")
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def allowed_hosts(bound: str) -> frozenset[str] | None:
    """The Host header names a server bound to `bound` answers; None: any (all interfaces, token required)."""
    bound = bound.strip("[]")
    if bound in ("0.0.0.0", "::", ""):
        return None
    return frozenset({*LOOPBACK_NAMES, bound}) if is_loopback(bound) else frozenset({bound})


def host_name(header: str) -> str:
    """'127.0.0.1:8000' -> '127.0.0.1'; '[::1]:8000' -> '::1'."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:].split("]", 1)[0]
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def token_matches(given: str | None, token: str) -> bool:
    return given is not None and hmac.compare_digest(given.encode("utf-8", "replace"), token.encode("utf-8"))


class Guard:
    """The middleware described in the module docstring."""

    def __init__(self, app, *, error_page: ErrorPage, token: str | None = None, hosts: Iterable[str] | None = None):
        self.app = app
        self.error_page = error_page
        self.token = token
        self.hosts = frozenset(hosts) if hosts is not None else None

    async def __call__(self, scope: dict, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.lower(): v for k, v in scope.get("headers", [])}
        started = False

        async def send_secured(message: dict) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message = {**message, "headers": [*message.get("headers", []), *SECURITY_HEADERS]}
            await send(message)

        host = host_name(headers.get(b"host", b"").decode("latin-1"))
        if self.hosts is not None and host not in self.hosts:
            await self._respond(send_secured, 400, f"unknown host '{host}': open this server by its address")
            return
        if self.token is not None:
            query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
            if token_matches(query.get(TOKEN_PARAM), self.token):
                await self._set_cookie_and_redirect(scope, send_secured)
                return
            if not self._carries_token(headers):
                await self._respond(
                    send_secured,
                    401,
                    "this server needs its access token: open the address bilagor serve printed (it ends in ?token=…)",
                )
                return
        try:
            await self.app(scope, receive, send_secured)
        except Exception as exc:  # a bug: the error page, and the details in the server's log only
            log.error(
                "bilagor serve: %s %s failed: %s: %s",
                scope.get("method"),
                scope.get("path"),
                type(exc).__name__,
                exc,
                exc_info=exc,
            )
            if not started:
                await self._respond(send_secured, 500, "internal error in bilagor (the server's log has the details)")

    def _carries_token(self, headers: dict[bytes, bytes]) -> bool:
        assert self.token is not None
        auth = headers.get(b"authorization", b"").decode("latin-1")
        if auth.lower().startswith("bearer ") and token_matches(auth[7:].strip(), self.token):
            return True
        if token_matches(headers.get(TOKEN_HEADER, b"").decode("latin-1") or None, self.token):
            return True
        cookie = SimpleCookie()
        try:
            cookie.load(headers.get(b"cookie", b"").decode("latin-1"))
        except Exception:  # noqa: BLE001 - a malformed cookie header carries no token
            return False
        morsel = cookie.get(TOKEN_COOKIE)
        return morsel is not None and token_matches(morsel.value, self.token)

    async def _set_cookie_and_redirect(self, scope: dict, send: Send) -> None:
        rest = [
            (k, v)
            for k, v in parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
            if k != TOKEN_PARAM
        ]
        # The same address without the token; always a path on this server ("//host" would leave it).
        location = "/" + quote(scope.get("path", "/").lstrip("/")) + (f"?{urlencode(rest)}" if rest else "")
        cookie = f"{TOKEN_COOKIE}={self.token}; Path=/; HttpOnly; SameSite=Strict"
        await send(
            {
                "type": "http.response.start",
                "status": 303,
                "headers": [
                    (b"location", location.encode("latin-1", "replace")),
                    (b"set-cookie", cookie.encode("latin-1")),
                    (b"cache-control", b"no-store"),
                    (b"content-length", b"0"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": b""})

    async def _respond(self, send: Send, status: int, message: str) -> None:
        body, content_type = self.error_page(status, message)
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", content_type.encode("latin-1")),
                    (b"content-length", str(len(body)).encode()),
                    (b"cache-control", b"no-store"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})

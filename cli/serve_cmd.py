"""`bilagor serve`: the archive in a browser (read-only), over the same library as the CLI."""

from __future__ import annotations

import re
import secrets
import signal
import socket
import sys
from typing import Annotated, Optional

import typer

from bilagor.cli.options import ArchiveOption
from bilagor.extractor.errors import ArchiveMissingError, MissingDependencyError, UsageError
from bilagor.extractor.glossary import EMPTY_ARCHIVE

WEB_EXTRA = (
    "bilagor serve behöver tillägget bilagor[web] (starlette, jinja2, uvicorn): pip install '.[web]' i bilagor-mappen"
)
_TOKEN_RE = re.compile(r"[A-Za-z0-9._~-]{8,200}")


def serve(
    archive: ArchiveOption = None,
    host: Annotated[
        str, typer.Option("--host", help="Adressen att lyssna på; annat än loopback kräver en nyckel (--token).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port (0: valfri ledig port).")] = 8000,
    open_browser: Annotated[bool, typer.Option("--open", help="Öppna adressen i en webbläsare.")] = False,
    token: Annotated[
        Optional[str],
        typer.Option(
            "--token",
            help="Varje förfrågan måste bära denna nyckel (skapas när --host inte är loopback).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Bläddra och sök i arkivet i en webbläsare (bara läsning; fungerar under en import)."""
    check_web_extra()
    from bilagor.cli.web.security import is_loopback
    from bilagor.index.archive import Archive
    from bilagor.index.archive.location import archive_dir

    folder = archive_dir(archive)
    if not Archive.exists(folder):
        raise ArchiveMissingError(f"{folder}: {EMPTY_ARCHIVE}")
    if token is not None and not _TOKEN_RE.fullmatch(token):
        raise UsageError("--token: ange minst 8 bokstäver, siffror eller . _ ~ -")
    if not 0 <= port <= 65535:
        raise UsageError(f"--port {port}: ange en port från 0 till 65535")
    if token is None and not is_loopback(host):
        token = secrets.token_urlsafe(24)
    sock = bind(host, port)
    address = url(host, sock.getsockname()[1])
    print(f"bilagor: visar {folder} på {address}", flush=True)
    if token:
        print(f"bilagor: varje förfrågan behöver nyckeln; öppna {address}?token={token}", flush=True)
    print("bilagor: tryck Ctrl-C för att stoppa", flush=True)
    run(
        folder,
        sock,
        host=host,
        token=token,
        open_at=(f"{address}?token={token}" if token else address) if open_browser else None,
    )


def check_web_extra() -> None:
    try:
        import jinja2  # noqa: F401
        import starlette  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError as exc:
        raise MissingDependencyError(f"{WEB_EXTRA} ({exc.name} saknas)") from None


def bind(host: str, port: int) -> socket.socket:
    """A listening socket, so a port in use is one clear line before anything starts."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise UsageError(f"--host '{host}': {exc.strerror or exc}") from None
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
        sock.listen(128)
    except OSError as exc:
        sock.close()
        raise UsageError(f"--host {host} --port {port}: kan inte lyssna där: {exc.strerror or exc}") from None
    sock.set_inheritable(True)
    return sock


def url(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    if host in ("0.0.0.0", "::"):
        shown = socket.gethostname()
    return f"http://{shown}:{port}/"


def run(folder, sock: socket.socket, *, host: str, token: str | None, open_at: str | None) -> None:
    import threading

    from bilagor.cli.web.summaries import start_preparing

    # The amounts page's summary (a second or two of ten thousand reports) is begun first, so its
    # first visitor right after start waits less: the app's imports and uvicorn's start run beside it.
    prepared = start_preparing(folder)

    import uvicorn

    from bilagor.cli.web.app import create_app

    app = create_app(folder, token=token, host=host, prepared=prepared)
    server = uvicorn.Server(
        uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on", server_header=False)
    )
    if open_at:

        def open_when_started() -> None:
            import time
            import webbrowser

            while not server.started and not server.should_exit:
                time.sleep(0.05)
            if server.started:
                webbrowser.open(open_at)

        threading.Thread(target=open_when_started, daemon=True).start()
    # Ctrl-C or SIGTERM is how a server is stopped: uvicorn finishes the
    # requests under way, then raises the signal again; here that ends it (exit 0).
    in_main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _stop) if in_main else None
    try:
        server.run(sockets=[sock])
    except (KeyboardInterrupt, _Stopped):
        pass
    finally:
        if in_main:
            signal.signal(signal.SIGTERM, previous)
        sock.close()
    print("bilagor: servern har stoppats", file=sys.stderr, flush=True)


class _Stopped(Exception):
    """SIGTERM arrived: stop serving."""


def _stop(signum, frame) -> None:
    raise _Stopped

"""The ASGI app of `bilagor serve`: routes, templates, and errors as pages.

`create_app(archive)` builds a Starlette app over a read-only LiveArchive.
Every figure it shows comes from the library functions the CLI calls.
Errors map to HTTP statuses here, in one place (`STATUS`), as the CLI maps
them to exit codes in cli/app.py.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from bilagor.cli.views import shown_year
from bilagor.extractor.districts import merged_into
from bilagor.cli.web import api, files, pages, views
from bilagor.cli.web.security import Guard, allowed_hosts
from bilagor.cli.swedish_details import in_swedish
from bilagor.cli.web.summaries import DEFAULT_ARGS, Preparing, SummaryCache
from bilagor.extractor.glossary import EMPTY_ARCHIVE
from bilagor.extractor.errors import (
    ArchiveBusyError,
    ArchiveError,
    ArchiveMissingError,
    BadInputError,
    BilagorError,
    NotFoundError,
    UsageError,
)
from bilagor.index.archive.live import LiveArchive
from bilagor.index.reports.words import word

log = logging.getLogger("bilagor")

HERE = Path(__file__).parent
# The most specific class first: the first isinstance match decides.
STATUS: tuple[tuple[type[BilagorError], int], ...] = (
    (NotFoundError, 404),
    (UsageError, 400),  # QueryError included
    (ArchiveMissingError, 503),
    (ArchiveBusyError, 503),
    (ArchiveError, 503),
    (BadInputError, 404),  # the source file is gone or unreadable: that page cannot be had
)
TITLES = {
    400: "Felaktig fråga",
    401: "Nyckel saknas",
    404: "Hittades inte",
    405: "Metoden stöds inte",
    500: "Internt fel",
    503: "Arkivet är inte tillgängligt",
}


def status_for(exc: BilagorError) -> int:
    return next((status for kind, status in STATUS if isinstance(exc, kind)), 500)


def templates() -> Environment:
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        link=views.link,
        money=views.money,
        percent=views.percent,
        amount_value=views.amount_value,
        marked_html=views.marked_html,
        word=word,  # the Swedish word for a stored code, as the terminal shows it
        shown_year=shown_year,  # "2018?" for a year known only from the PDF's creation date, as the terminal
        merged_into=merged_into,  # "(i dag Norra innerstaden)" after a former district, as the terminal
        empty_archive=EMPTY_ARCHIVE,  # the CLI's words, so the page and the terminal say the same
    )
    return env


def error_body(env: Environment, status: int, message: str) -> bytes:
    return (
        env.get_template("error.html")
        .render(status=status, title=TITLES.get(status, "Fel"), message=message)
        .encode("utf-8")
    )


def _error_response(request: Request, status: int, message: str) -> Response:
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": message, "status": status}, status_code=status)
    env: Environment = request.app.state.templates
    return HTMLResponse(error_body(env, status, message), status_code=status)


async def _bilagor_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, BilagorError)
    return _error_response(request, status_for(exc), in_swedish(exc.one_line()))


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    message = exc.detail if exc.status_code != 404 or exc.detail != "Not Found" else "no such page"
    return _error_response(request, exc.status_code, str(message))


def create_app(
    archive: str | Path | None = None,
    *,
    token: str | None = None,
    host: str = "127.0.0.1",
    prepare_amounts: bool = True,
    prepared: Preparing | None = None,
) -> Starlette:
    """The web app over the archive folder (read-only); `token`: required on every request;
    `prepare_amounts`: compute the amounts page's default summary in the background at start;
    `prepared`: that summary being computed already (start_preparing), so the server's start
    need not wait for the pages' imports before it begins."""
    live = LiveArchive(archive)
    env = templates()
    routes = [
        Route("/", pages.search_page, name="home"),
        Route("/search", pages.search_page, name="search"),
        Route("/report/{report_id}", pages.report_page, name="report"),
        Route("/report/{report_id}/page/{number:int}.png", files.page_image, name="page_image"),
        Route("/report/{report_id}/page/{number:int}", pages.page_view, name="page"),
        Route("/report/{report_id}/pdf", files.source_pdf, name="pdf"),
        Route("/amounts", pages.amounts_page, name="amounts"),
        Route("/amounts.csv", files.amounts_csv, name="amounts_csv"),
        Route("/amounts.xlsx", files.amounts_xlsx, name="amounts_xlsx"),
        Route("/api/search", api.search, name="api_search"),
        Route("/api/reports/{report_id}", api.report, name="api_report"),
        Route("/api/amounts", api.amounts, name="api_amounts"),
        # html=False: no index pages, no directory listing; only the files shipped there.
        Mount("/static", app=StaticFiles(directory=HERE / "static", html=False), name="static"),
    ]

    def page_for_guard(status: int, message: str) -> tuple[bytes, str]:
        return error_body(env, status, message), "text/html; charset=utf-8"

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette):
        if prepare_amounts and prepared is None:  # the amounts page's default summary, ready before its first visitor
            app.state.preparing = app.state.summaries.prepare(live, DEFAULT_ARGS, detail=True)
        yield
        live.close()

    app = Starlette(
        routes=routes,
        middleware=[Middleware(Guard, error_page=page_for_guard, token=token, hosts=allowed_hosts(host))],
        exception_handlers={BilagorError: _bilagor_error, HTTPException: _http_error},
        lifespan=lifespan,
    )
    app.state.archive = live
    app.state.summaries = prepared.summaries if prepared else SummaryCache()
    app.state.preparing = prepared.thread if prepared else None
    app.state.templates = env
    # The amounts page's first rendering compiles its template and imports the CLI's table view
    # (rich): done here, while the summary is computed, not in its first visitor's request.
    env.get_template("amounts.html")
    pages.warm_amounts_table()
    return app

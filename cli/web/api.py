"""JSON routes: the same JSON as the CLI's `--json` for search, show and amounts."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse

from bilagor.cli.web import params
from bilagor.cli.web.pages import amounts_request, resolve_report
from bilagor.index.search.searcher import SORTS

MAX_LIMIT = 1000


def search(request: Request) -> JSONResponse:
    """`/api/search?q=…&year=…&district=…&org=…&section=…&sort=…&limit=…` = `bilagor search --json`."""
    query_params = request.query_params
    archive = request.app.state.archive.get()
    results = archive.search(
        params.text(query_params, "q"),
        **params.search_filters(query_params),
        sort=params.choice(query_params, "sort", SORTS, "relevance"),
        limit=params.number(query_params, "limit", 10, low=1, high=MAX_LIMIT),
        org_facet=True,  # as `bilagor search --json`
    )
    return JSONResponse(results.to_dict())


def report(request: Request) -> JSONResponse:
    """`/api/reports/<id>` = `bilagor show ID --json`."""
    _, found = resolve_report(request)
    return JSONResponse(found.to_dict())


def amounts(request: Request) -> JSONResponse:
    """`/api/amounts?q=…&by=…&year=…&district=…&role=…&detail=1&check=1` = `bilagor amounts --json`
    (with check=1, the list `bilagor amounts --check --json` prints)."""
    live = request.app.state.archive
    args = amounts_request(request.query_params)
    summary = request.app.state.summaries.summary(
        live, live.get(), args, detail=params.flag(request.query_params, "detail")
    )
    if params.flag(request.query_params, "check"):
        return JSONResponse([c.to_dict() for c in summary.checks])
    return JSONResponse(summary.to_dict())

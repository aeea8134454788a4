"""Files the server sends: a rendered page, the original PDF, the amounts as csv or xlsx.

No path from a request reaches the file system: a report is named by its id,
and the only file sent for it is one the archive itself records for that id
(LiveArchive.source_file). Downloads are written by the CLI's own writers.
"""

from __future__ import annotations

import io
import os
import tempfile
from functools import lru_cache
from pathlib import Path

from starlette.requests import Request
from starlette.responses import FileResponse, Response

from bilagor.cli.views.amounts import file_notes
from bilagor.cli.web import params
from bilagor.cli.web.pages import amounts_request, check_page, resolve_report
from bilagor.extractor.errors import BadInputError, NotFoundError
from bilagor.index.reports.amounts_tables import write_summary_csv, write_summary_xlsx
from bilagor.index.search.highlight import matching_words, query_terms

PAGE_WORDS_CACHED = 64  # pages whose words are kept between requests


def _source(request: Request, report) -> Path:
    path = request.app.state.archive.source_file(report.id)
    if path is None:
        raise NotFoundError(f"{report.filename}: the file is no longer where it was imported from")
    return path


@lru_cache(maxsize=PAGE_WORDS_CACHED)
def _page_words(path: str, size: int, mtime: float, number: int):
    """A page's words, kept while the file is unchanged (size and time are part of the key)."""
    from bilagor.extractor.render import page_words

    return page_words(path, number)


def page_image(request: Request) -> Response:
    """`/report/<id>/page/<n>.png?q=…`: the page rendered, the query's words highlighted."""
    from bilagor.extractor.render import render_page, word_boxes

    archive, report = resolve_report(request)
    number = request.path_params["number"]
    check_page(report, number)
    path = _source(request, report)
    q = params.text(request.query_params, "q")
    boxes = []
    stemmed, folded = query_terms(archive, q) if q else (set(), set())
    if stemmed or folded:
        stat = path.stat()
        try:
            words = _page_words(str(path), stat.st_size, stat.st_mtime, number)
        except BadInputError:  # words pdfplumber cannot read (pdfium could): the page without highlights
            words = []
        boxes = word_boxes(words, matching_words([w.text for w in words], stemmed, folded))
    png = render_page(path, number, highlights=boxes)
    return Response(png, media_type="image/png", headers={"cache-control": "private, max-age=60"})


def source_pdf(request: Request) -> Response:
    """`/report/<id>/pdf`: the original file, shown by the browser (`#page=n` opens a page)."""
    _, report = resolve_report(request)
    path = _source(request, report)
    return FileResponse(
        path,
        media_type="application/pdf",
        filename=report.filename,
        content_disposition_type="inline",
        headers={"cache-control": "private, max-age=60"},
    )


def _summary(request: Request):
    live = request.app.state.archive
    args = amounts_request(request.query_params)
    detail = params.flag(request.query_params, "detail")
    return request.app.state.summaries.summary(live, live.get(), args, detail=detail), detail


def _attachment(name: str) -> dict[str, str]:
    return {"content-disposition": f'attachment; filename="{name}"', "cache-control": "no-store"}


def amounts_csv(request: Request) -> Response:
    """`/amounts.csv?…`: what `bilagor amounts --format csv` writes (with detail=1: every amount)."""
    summary, detail = _summary(request)
    out = io.StringIO(newline="")
    write_summary_csv(summary, out, detail=detail)
    return Response(
        out.getvalue().encode("utf-8"), media_type="text/csv; charset=utf-8", headers=_attachment("belopp.csv")
    )


def amounts_xlsx(request: Request) -> Response:
    """`/amounts.xlsx?…`: what `bilagor amounts --format xlsx -o FILE` writes."""
    summary, _ = _summary(request)
    # The sheet "Rapporter" lists each summed report, as the CLI's file does.
    reports = list(request.app.state.archive.get().records.iter_reports(summary.report_ids))
    with tempfile.TemporaryDirectory(prefix="bilagor-serve-") as folder:
        target = os.path.join(folder, "belopp.xlsx")
        write_summary_xlsx(summary, target, reports, file_notes(summary, where="web"))
        data = Path(target).read_bytes()
    return Response(
        data,
        media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        headers=_attachment("belopp.xlsx"),
    )

"""The HTML pages: search, report, page view, amounts.

Each handler reads its parameters, calls the library as the CLI does, and
renders a template. Handlers are plain functions: Starlette runs them in
its thread pool, and each thread has its own read-only Archive.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse

from bilagor.cli.views import years_held_line
from bilagor.cli.views.search import also_heading, relaxed_note
from bilagor.cli.views.show import counting_text
from bilagor.index.reports.counting import report_counting
from bilagor.index.reports.words import GROUP_WORDS, SOURCE_WORDS, STATUS_WORDS  # the CLI's words
from bilagor.cli.swedish_details import in_swedish
from bilagor.cli.web import params, views
from bilagor.cli.web.chart import Bar, bar_chart_svg
from bilagor.extractor.entities.checks import REASON_TEXT, figure_checks
from bilagor.extractor.errors import NotFoundError, QueryError, UsageError
from bilagor.index.reports.amounts import (
    BUDGET,
    GROUPINGS,
    NO_ORGANISATION,
    OUTCOME,
    PAIR_SEPARATOR,
    PAIRED_GROUPINGS,
    UNKNOWN,
    project_group_parts,
)
from bilagor.index.search.highlight import query_terms
from bilagor.index.search.searcher import SORTS, search
from bilagor.index.search.snippets import match_spans

PAGE_SIZE = 10
MAX_PAGE = 100  # a search shows at most PAGE_SIZE * MAX_PAGE hits, page by page
DETAIL_ROWS_SHOWN = 300  # amounts listed under the table before a group must be chosen


def _render(request: Request, template: str, status: int = 200, **context) -> HTMLResponse:
    body = request.app.state.templates.get_template(template).render(request=request, **context)
    return HTMLResponse(body, status_code=status)


# -- search -------------------------------------------------------------------


def search_page(request: Request) -> HTMLResponse:
    query_params = request.query_params
    query = params.text(query_params, "q")
    form = {
        "q": query,
        **params.search_filters(query_params),
        "sort": params.text(query_params, "sort"),
    }
    live = request.app.state.archive
    archive = live.get()
    try:
        sort = params.choice(query_params, "sort", SORTS, "relevance" if query else "year")
        page = params.number(query_params, "page", 1, low=1, high=MAX_PAGE)
        filters = params.search_filters(query_params)
        # Snippets only for the hits this page shows.
        results = search(
            archive,
            query,
            **filters,
            sort=sort,
            limit=page * PAGE_SIZE,
            offset=(page - 1) * PAGE_SIZE,
            org_facet=True,  # the same reports as the other facets count, a relaxed search's too
        )
    except UsageError as exc:  # a malformed query or filter: its message, in the page
        return _render(
            request,
            "search.html",
            status=400,
            form=form,
            error=in_swedish(exc.one_line()),
            stored=archive.records.count(),
        )
    last_page = min(MAX_PAGE, max(1, -(-(results.total + results.also) // PAGE_SIZE)))
    years_held = None
    if results.total == 0 and (filters.get("year") or "år:" in (query or "").lower()):
        years_held = years_held_line(archive)  # a year outside the archive's is the likely slip, as in the CLI
    return _render(
        request,
        "search.html",
        form=form,
        results=results,
        hits=results.hits,
        hit_groups=_hit_groups(results, (page - 1) * PAGE_SIZE + 1),
        relaxed_note=relaxed_note(results.words) if results.relaxed else None,
        first_number=(page - 1) * PAGE_SIZE + 1,
        page=page,
        pages=views.page_numbers(page, last_page),
        last_page=last_page,
        facets={
            "year": sorted(results.facets.get("year", {}).items()),
            "district": list(results.facets.get("district", {}).items()),
            "org": list(results.facets.get("org", {}).items()),
        },
        stored=archive.records.count(),
        years_held=years_held,
        unindexed=archive.has_unindexed(),
        index_problem=archive.index_problem,
    )


def _hit_groups(results, first_number: int) -> list[tuple[str | None, int, list]]:
    """The page's hits as (heading, number of the first, hits): a relaxed search's reports holding only
    other words than its key word follow under their own heading, as in the terminal."""
    headline = max(0, min(len(results.hits), results.total - first_number + 1))
    groups: list[tuple[str | None, int, list]] = [(None, first_number, results.hits[:headline])]
    if headline < len(results.hits):
        groups.append((also_heading(results.also), first_number + headline, results.hits[headline:]))
    return [group for group in groups if group[2]]


# -- one report ---------------------------------------------------------------


def resolve_report(request: Request):
    """(this thread's Archive, the report the path's id or unique id prefix names); NotFoundError otherwise."""
    archive = request.app.state.archive.get()
    return archive, archive.records.resolve(request.path_params["report_id"])


def report_page(request: Request) -> HTMLResponse | RedirectResponse:
    archive, report = resolve_report(request)
    if request.path_params["report_id"] != report.id:  # an id prefix: the page's own address
        return RedirectResponse(views.link(f"/report/{report.id}", dict(request.query_params)), status_code=307)
    q = params.text(request.query_params, "q")
    query_error = None
    stemmed: set[str] = set()
    folded: set[str] = set()
    if q:
        try:
            stemmed, folded = query_terms(archive, q)
        except QueryError as exc:
            query_error = in_swedish(exc.one_line())
    sections = [
        (section, views.spans_html(section.text or "", match_spans(section.text or "", stemmed, folded)[0]))
        for section in report.sections
    ]
    checks = [(check, views.identity_index(report.amounts, check.amount)) for check in figure_checks(report.amounts)]
    counting = report_counting(archive, report)
    return _render(
        request,
        "report.html",
        report=report,
        q=q,
        query_error=query_error,
        sections=sections,
        checks=checks,
        role_source_text=SOURCE_WORDS,
        reason_text=REASON_TEXT,
        source=request.app.state.archive.source_file(report.id) is not None,
        counting=counting_text(counting),
        replaced_by=counting.superseded_by,  # a link to the report whose figures count instead
    )


def check_page(report, number: int) -> None:
    if not 1 <= number <= (report.pages or 0):
        raise NotFoundError(f"{report.filename}: no page {number} (the report has {report.pages})")


def page_view(request: Request) -> HTMLResponse:
    _, report = resolve_report(request)
    number = request.path_params["number"]
    check_page(report, number)
    q = params.text(request.query_params, "q")
    on_page = [s for s in report.sections if s.page == number]
    amounts = [(i, a) for i, a in enumerate(report.amounts) if a.page == number]
    return _render(
        request,
        "page.html",
        report=report,
        number=number,
        q=q,
        sections=on_page,
        amounts=amounts,
        source=request.app.state.archive.source_file(report.id) is not None,
    )


# -- amounts ------------------------------------------------------------------


def amounts_request(query_params) -> dict:
    """The summary's arguments from the page's parameters (the options of `bilagor amounts`)."""
    return {
        "query": params.text(query_params, "q"),
        "by": params.choice(query_params, "by", GROUPINGS + PAIRED_GROUPINGS, "year"),
        "year": params.text(query_params, "year"),
        "district": params.text(query_params, "district"),
        "role": params.text(query_params, "role"),
    }


def group_search_link(by: str, group: str, args: dict) -> str | None:
    """The search listing a group's reports: the page's query and filters plus the group's own."""
    if group in (UNKNOWN, NO_ORGANISATION) or by == "role":
        return None
    base = {"q": args["query"], "year": args["year"], "district": args["district"]}
    if by in PAIRED_GROUPINGS:  # a district and a year: both filters
        district, _, year = group.partition(PAIR_SEPARATOR)
        if UNKNOWN in (district, year):
            return None
        base["district"], base["year"] = district, year
    elif by == "year":
        base["year"] = group
    elif by in ("district", "district-today"):
        base["district"] = group
    elif by == "org":
        base["org"] = group
    elif by == "project":  # the name as a phrase, in the district of today the group names (its former ones too)
        name, today = project_group_parts(group)
        phrase = 'projekt:"{}"'.format(name.replace('"', " "))
        base["q"] = f"({args['query']}) {phrase}" if args["query"] else phrase
        base["district"] = base["district"] or today
    return views.link("/search", base)


def figure_sources(summary) -> dict[tuple[str, str], list]:
    """For each (group, BUDGET or OUTCOME): the detail rows summed into that figure."""
    sources: dict[tuple[str, str], list] = {}
    for row in summary.detail:
        if row.status in (BUDGET, OUTCOME):
            for group in row.groups:
                sources.setdefault((group, row.status), []).append(row)
    return sources


def amounts_page(request: Request) -> HTMLResponse:
    live = request.app.state.archive
    archive = live.get()
    query_params = request.query_params
    page_args = {k: params.text(query_params, k) for k in ("q", "by", "year", "district", "role")}
    try:
        args = amounts_request(query_params)
        summary = request.app.state.summaries.summary(live, archive, args, detail=True)
    except UsageError as exc:
        return _render(
            request,
            "amounts.html",
            status=400,
            form=page_args,
            error=in_swedish(exc.one_line()),
            groupings=GROUPINGS + PAIRED_GROUPINGS,
            headers=GROUP_WORDS,
        )
    group = params.text(query_params, "group")
    detail = [d for d in summary.detail if group is None or group in d.groups]
    truncated = len(detail) > DETAIL_ROWS_SHOWN
    detail = detail[:DETAIL_ROWS_SHOWN]
    sources = figure_sources(summary)
    # Anchors of the amounts linked to: their index in the report's record.
    anchors = _amount_anchors(
        archive, [rows[0] for rows in sources.values() if len(rows) == 1] + detail + summary.checks
    )

    def amount_href(row) -> str:
        index = anchors.get(id(row))
        return f"/report/{row.report_id}" + (f"#amount-{index}" if index is not None else "")

    # A figure links to its sentence when one amount makes it, else to the group's amounts.
    figure_hrefs = {
        key: amount_href(rows[0]) if len(rows) == 1 else views.link("/amounts", page_args, group=key[0]) + "#belopp"
        for key, rows in sources.items()
    }
    if summary.by == "role":
        bars = [Bar(g.group, g.roles.get(g.group, 0), None) for g in summary.groups]
    else:
        bars = [
            Bar(
                g.group,
                g.budget if any(g.role_reports.get(r) for r in ("budget", "beviljat")) else None,
                g.outcome if g.role_reports.get("utfall") else None,
            )
            for g in summary.groups
        ]
    return _render(
        request,
        "amounts.html",
        form=page_args,
        args=args,
        summary=summary,
        table=_web_table(summary),
        groupings=GROUPINGS + PAIRED_GROUPINGS,
        headers=GROUP_WORDS,
        chart=bar_chart_svg(bars),
        group=group,
        detail=detail,
        truncated=truncated,
        figure_hrefs=figure_hrefs,
        amount_href=amount_href,
        group_link=lambda g: group_search_link(summary.by, g, args),
        status_text=STATUS_WORDS,
        role_source_text=SOURCE_WORDS,
        has_figure=lambda g, *roles: any(g.role_reports.get(r) for r in roles),
    )


def _amount_anchors(archive, rows) -> dict[int, int | None]:
    """id(row) -> the index of its amount in its report's record (None if not found)."""
    reports: dict[str, list] = {}
    anchors = {}
    for row in rows:
        if row.report_id not in reports:
            report = archive.records.get(row.report_id, missing_ok=True)
            reports[row.report_id] = report.amounts if report else []
        anchors[id(row)] = views.amount_index(reports[row.report_id], row)
    return anchors


def warm_amounts_table() -> None:
    """Make the table of an empty summary once, so the modules it needs are loaded before a visitor asks."""
    from bilagor.index.reports.amounts import AmountSummary, GroupTotal

    _web_table(AmountSummary("year", [], GroupTotal("Totalt"), {}))


@dataclass
class _WebTable:
    columns: list[tuple[str, str, str]]
    groups: list[tuple[Any, dict[str, str]]]
    total: dict[str, str]
    notes: list[str]


def _web_table(summary) -> _WebTable:
    """The CLI's amounts table (same cells and unit; notes that point to the page, not to flags) as plain text
    for the template."""
    from bilagor.cli.views.amounts import amounts_table

    columns, rows, total, notes = amounts_table(summary, where="web")

    def plain(cells: dict) -> dict[str, str]:
        return {key: getattr(value, "plain", str(value)) for key, value in cells.items()}

    return _WebTable(
        columns=[(key, header.replace("\n", " "), justify) for key, header, justify in columns],
        groups=[(g, plain(row)) for g, row in zip(summary.groups, rows)],
        total=plain(total),
        notes=notes,
    )

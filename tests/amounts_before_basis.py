"""Test helper: the amounts summary as it was computed before `SummaryBasis`, and a generated archive.

`summarise_before` is the body of `summarise` before each report's facts were
decided once in a SummaryBasis (every summary deciding them again), kept
verbatim as the reference (with `detail_rows_before`, the detail rows it made);
`summarise_archive_before` is summarise_archive's orchestration around it then.
`generated_reports` builds an archive with every case a grouping or filter
meets: several districts (and today's names), organisations, roles, role
sources, ranges, hedged figures, years from metadata, superseded
delredovisningar and reports without amounts.
"""

from __future__ import annotations

import random
from collections import defaultdict

from bilagor.extractor.record import AMOUNT_ROLES, ROLE_SOURCES, Amount, Organisation
from bilagor.index.filters import parse_year, resolve_district
from bilagor.index.figures import Figures, report_figures
from bilagor.index.reports.amounts import (
    GROUPINGS,
    SUPERSEDED,
    AmountSummary,
    DetailRow,
    GroupTotal,
    _add,
    _check_rows,
    _finish,
    _margins,
    _Margins,
    _role_approx,
    _sort_key,
    every_year,
    group_names,
    in_order,
    load_rows,
    placed_ids,
    select,
    superseded_reports,
)
from bilagor.extractor.errors import UsageError
from factories import make_report

DISTRICTS = [("Norrmalm", "Norra innerstaden"), ("Östermalm", "Norra innerstaden"), ("Farsta", None)]
DISTRICTS += [("Kista", "Rinkeby-Kista"), (None, None)]
ORGANISATIONS = ["Polisen", "Stokab", "Trafikkontoret"]
PROJECTS = ["Belysning", "Kameraövervakning", "Trygghetsvandring", "Gångtunnel", None]


def summarise_before(reports, amounts, *, by="year", selected=None, role=None, detail=False) -> AmountSummary:
    if by not in GROUPINGS:
        raise UsageError(f"okänd gruppering '{by}'; välj en av {', '.join(GROUPINGS)}")
    reports = list(reports)
    superseded = superseded_reports(reports)
    amounts_of = defaultdict(list)
    for amount in amounts:
        amounts_of[amount.report_id].append(amount)
    chosen = [r for r in reports if selected is None or r.id in selected]

    totals: dict[str, GroupTotal] = {}
    comparable: dict[str, list] = defaultdict(list)
    grand, grand_comparable = GroupTotal("Totalt"), []
    rows = []
    checks = []
    for report in chosen:
        mine = in_order(amounts_of[report.id])
        figures = report_figures(mine)
        margins = _margins(mine, figures)
        replaced_by = superseded.get(report.id)
        found = _check_rows(report, mine) if replaced_by is None else []
        guessed = report.year_source == "metadata"  # counted since (GroupTotal.uncertain_years)
        checks += found
        if by == "role":
            names = [r for r in sorted(figures.roles) if role in (None, r)] if replaced_by is None else []
        else:
            names = group_names(report, by)
        if replaced_by is None:
            for name in names:
                if by == "role":
                    part = Figures(roles={name: figures.roles[name]}, approx=_role_approx(mine, name))
                    _add(
                        totals.setdefault(name, GroupTotal(name)),
                        part,
                        comparable[name],
                        any(c.role == name for c in found),
                        _Margins(roles={name: margins.roles.get(name, 0)}),
                        uncertain_year=guessed,
                    )
                else:
                    group = totals.setdefault(name, GroupTotal(name))
                    _add(group, figures, comparable[name], bool(found), margins, uncertain_year=guessed)
            _add(grand, figures, grand_comparable, bool(found), margins, uncertain_year=guessed)
        if detail:
            rows.extend(detail_rows_before(report, mine, figures, names, replaced_by, role))
    groups = [_finish(totals[name], comparable[name]) for name in sorted(totals, key=lambda n: _sort_key(by, n))]
    relevant = {k: v for k, v in superseded.items() if selected is None or k in selected}
    today = by.startswith("district-today")
    named = list(dict.fromkeys(r.district for r in chosen if today and r.district and r.id not in superseded))
    return AmountSummary(
        by,
        groups,
        _finish(grand, grand_comparable),
        relevant,
        rows,
        checks,
        report_ids=sorted(r.id for r in chosen),
        named_districts=named,  # added since: the districts the summed reports name, by district today
    )


def detail_rows_before(report, amounts, figures, groups, replaced_by, role) -> list[DetailRow]:
    """The detail rows as summarise made them then (the library now keeps their fields per report)."""
    return [
        DetailRow(
            report_id=report.id,
            filename=report.filename,
            project=report.project,
            year=report.year,
            groups=tuple(groups),
            section=a.section,
            role=a.role,
            sek=a.sek,
            approx=a.approx,
            text=a.text,
            sentence=a.sentence,
            status=SUPERSEDED if replaced_by else status,
            superseded_by=replaced_by,
            page=a.page,
            role_source=a.role_source,
            high=a.high,
            year_source=report.year_source,
        )
        for a, status in zip(amounts, figures.status)
        if role in (None, a.role)
    ]


def summarise_archive_before(
    archive, query=None, *, by="year", year=None, district=None, role=None, detail=False, org=None
):
    if isinstance(year, str):
        year = parse_year(year)
    districts = resolve_district(district) if district else None
    reports, amounts = load_rows(archive)
    # Since: a report without a district passes --district by its place, as in the search.
    placed = placed_ids(archive, reports, district) if district else ()
    selected = select(
        reports, years=year, districts=districts, roles={role} if role else None, amounts=amounts, placed=placed
    )
    if query or org:
        selected &= set(archive.matching_ids(query, org=org))
    summary = summarise_before(reports, amounts, by=by, selected=selected, role=role, detail=detail)
    if by == "year":
        summary.groups = every_year(summary.groups, year)
    summary.years = year
    return summary


def generated_reports(n: int, seed: int) -> list:
    rng = random.Random(seed)
    reports = []
    for i in range(n):
        amounts = []
        for _ in range(rng.choice([0, 1, 2, 2, 3, 5])):
            sek = rng.choice([rng.randint(1, 90) * 50_000, rng.randint(1, 9) * 1_000_000, 2_600_000])
            amounts.append(
                Amount(
                    f"{sek} kr",
                    sek,
                    rng.random() < 0.3,
                    rng.choice(AMOUNT_ROLES),
                    rng.choice(["ekonomiskt_utfall", "budget"]),
                    rng.choice([1, 2, None]),
                    f"Mening {i} om kameraövervakning." if rng.random() < 0.5 else f"Mening {i} om belysning.",
                    role_source=rng.choice([None, *ROLE_SOURCES]),
                    high=rng.choice([None, None, None, sek + 500_000]),
                )
            )
        district, today = rng.choice(DISTRICTS)
        names = rng.sample(ORGANISATIONS, rng.randint(0, 2))
        reports.append(
            make_report(
                f"basis-{seed}-{i}",
                year=rng.choice([None, 2015, 2016, 2018, 2019, 2021]),
                year_source=rng.choice(["text", "metadata"]),
                district=district,
                district_today=today,
                project=rng.choice(PROJECTS),
                stage=rng.choice(["delredovisning", "slutredovisning", None]),
                organisations=[Organisation(name, "myndighet", [name.lower()], 1) for name in names],
                amounts=amounts,
            )
        )
    return reports

"""The amounts summary reads its rows faster and gives what it gave before.

The reference is how the rows were read before (one json_extract per amount
and value, year_source per report in a second query, rows built by their
constructors, the summary computed by `summarise`): over a generated archive
with ranges, role sources, implausible amounts (kept in the record only, so
the stored amounts' `ord` has gaps), years from metadata and superseded
delredovisningar, every grouping must give the same JSON.
"""

from __future__ import annotations

import random
from dataclasses import fields, replace

import pytest

from bilagor.extractor.record import AMOUNT_ROLES, ROLE_SOURCES, Amount
from bilagor.index.archive import Archive
from bilagor.index.reports.amounts import (
    GROUPINGS,
    AmountRow,
    ReportRow,
    every_year,
    load_rows,
    select,
    summarise,
    summarise_archive,
)
from factories import make_report

BEFORE_AMOUNTS = (
    "SELECT a.report_id, a.ord, a.text, a.sek, a.approx, a.role, a.section, a.page, a.sentence,"
    " json_extract(r.record, '$.amounts[' || a.ord || '].role_source') AS role_source,"
    " json_extract(r.record, '$.amounts[' || a.ord || '].high') AS high"
    " FROM amounts a JOIN reports r ON r.id = a.report_id ORDER BY a.report_id, a.ord"
)
BEFORE_REPORTS = (
    "SELECT id, filename, year, district, district_today, project, location, stage, form_kind,"
    " COALESCE((SELECT MAX(mtime) FROM paths WHERE report_id = reports.id), stored_at) AS newest,"
    " json_extract(record, '$.year_source') AS year_source FROM reports ORDER BY id"
)


def generated_reports(n: int, seed: int) -> list:
    rng = random.Random(seed)
    reports = []
    for i in range(n):
        amounts = []
        for _ in range(rng.randint(0, 5)):
            sek = rng.choice([None, rng.randint(1, 90) * 50_000, rng.randint(1, 9) * 1_000_000])
            amounts.append(
                Amount(
                    f"{sek} kr",
                    sek,
                    rng.random() < 0.3,
                    rng.choice(AMOUNT_ROLES),
                    "ekonomiskt_utfall",
                    rng.choice([1, 2, None]),
                    f"Mening {i}.",
                    role_source=rng.choice([None, *ROLE_SOURCES]),
                    high=rng.choice([None, None, (sek or 0) + 500_000, 10**20]),  # 10**20: beyond SQLite's integers
                )
            )
        reports.append(
            make_report(
                f"gen-{seed}-{i}",
                year=rng.choice([None, 2015, 2016, 2018, 2019]),
                year_source=rng.choice(["text", "metadata", None]),
                district=rng.choice(["Norrmalm", "Farsta", "Kista", None]),
                district_today=None,
                project=rng.choice(["Belysning", "Kameraövervakning", "Trygghetsvandring", None]),
                stage=rng.choice(["delredovisning", "slutredovisning", None]),
                amounts=amounts,
            )
        )
    return reports


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    folder = tmp_path_factory.mktemp("generated")
    with Archive.open(folder, writable=True) as opened:
        opened.add(generated_reports(120, seed=7))
    with Archive.open(folder) as opened:
        yield opened


def rows_before(archive):
    orgs: dict[str, list[str]] = {}
    for row in archive.records.query("SELECT report_id, name FROM organisations ORDER BY report_id, name"):
        orgs.setdefault(row["report_id"], []).append(row["name"])
    reports = [
        ReportRow(
            id=r["id"],
            filename=r["filename"],
            year=r["year"],
            district=r["district"],
            district_today=r["district_today"],
            project=r["project"],
            stage=r["stage"],
            form_kind=r["form_kind"] or "okand",
            organisations=tuple(orgs.get(r["id"], ())),
            year_source=r["year_source"],
            location=r["location"],
            newest=r["newest"],
        )
        for r in archive.records.query(BEFORE_REPORTS)
    ]
    amounts = [
        AmountRow(
            report_id=r["report_id"],
            ord=r["ord"],
            text=r["text"] or "",
            sek=r["sek"],
            approx=bool(r["approx"]),
            role=r["role"],
            section=r["section"],
            page=r["page"],
            sentence=r["sentence"] or "",
            role_source=r["role_source"],
            high=r["high"],
        )
        for r in archive.records.query(BEFORE_AMOUNTS)
    ]
    return reports, amounts


def test_the_archive_has_the_hard_cases(archive):
    _, amounts = rows_before(archive)
    ords = {}
    for a in amounts:
        ords.setdefault(a.report_id, []).append(a.ord)
    assert any(o != list(range(len(o))) for o in ords.values())  # implausible amounts left gaps
    assert any(isinstance(a.high, float) for a in amounts) and any(isinstance(a.high, int) for a in amounts)
    assert {a.role_source for a in amounts} >= {None, *ROLE_SOURCES}


def test_the_rows_are_the_ones_read_before(archive):
    reports, amounts = load_rows(archive)
    before_reports, before_amounts = rows_before(archive)
    assert reports == before_reports
    assert amounts == before_amounts
    assert [type(a.high) for a in amounts] == [type(a.high) for a in before_amounts]  # 1e20 stays a float
    for row in (*reports[:3], *amounts[:3]):  # every field set, as the constructor sets them
        assert set(vars(row)) == {f.name for f in fields(type(row))}
        assert hash(row) == hash(replace(row))


@pytest.mark.parametrize("by", GROUPINGS)
@pytest.mark.parametrize("year", [None, (2016, 2019)])
def test_every_summary_is_the_one_computed_before(archive, by, year):
    reports, amounts = rows_before(archive)
    selected = select(reports, years=year)
    expected = summarise(reports, amounts, by=by, selected=selected, detail=True)
    if by == "year":
        expected.groups = every_year(expected.groups, year)
    made = summarise_archive(archive, by=by, year=year, detail=True)
    # summarise_archive names the filters it was asked for; summarise (given the selection) cannot.
    assert made.filters == ({"year": "2016-2019"} if year else {})
    expected.filters = made.filters
    assert made.to_dict() == expected.to_dict()
    assert any(d.year_source == "metadata" for d in expected.detail)

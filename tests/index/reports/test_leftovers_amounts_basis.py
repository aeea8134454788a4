"""A kept SummaryBasis gives every summary the old per-summary path gave.

The reference (tests/amounts_before_basis.py) is `summarise` as it was before
each report's figures, margins and checks were decided once in a
SummaryBasis. One basis is kept and reused for every grouping, year,
district, role, query and organisation filter, with and without detail, in
turn, as the web server reuses it, so a summary that changed what the basis
holds would show in the ones after it.
"""

from __future__ import annotations

import itertools

import pytest
from amounts_before_basis import generated_reports, summarise_archive_before, summarise_before

from bilagor.index.archive import Archive
from bilagor.index.reports.amounts import GROUPINGS, SummaryBasis, load_rows, summarise, summarise_archive

YEARS = [None, "2016-2019", "2021"]
DISTRICTS = [None, "Norra innerstaden", "Farsta"]
ROLES = [None, "budget", "utfall", "beviljat"]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    folder = tmp_path_factory.mktemp("basis")
    with Archive.open(folder, writable=True) as opened:
        opened.add(generated_reports(160, seed=11))
    with Archive.open(folder) as opened:
        yield opened


@pytest.fixture(scope="module")
def basis(archive):
    return SummaryBasis(*load_rows(archive))


def _same(new, before) -> None:
    # The reference is the code of before; the filters a summary names (added since) say how it was asked for,
    # and the sums, groups and rows must agree.
    new_dict, before_dict = new.to_dict(), before.to_dict()
    new_dict.pop("filters")
    before_dict.pop("filters")
    assert new_dict == before_dict
    assert new.report_ids == before.report_ids
    assert new.years == before.years


def test_the_archive_has_the_cases_the_rules_meet(archive):
    before = summarise_archive_before(archive, by="org", detail=True)
    assert before.superseded and before.checks
    assert {c.reason for c in before.checks} >= {"role_by_default", "two_budgets", "range_summed"}
    assert {g.group for g in before.groups} >= {"Polisen", "Stokab", "(ingen organisation)"}
    assert any(g.approx for g in before.groups) and any(g.flagged for g in before.groups)


@pytest.mark.parametrize("by", GROUPINGS)
def test_a_kept_basis_gives_every_filtered_summary_of_before(archive, basis, by):
    for year, district, role, detail in itertools.product(YEARS, DISTRICTS, ROLES, (False, True)):
        args = dict(by=by, year=year, district=district, role=role, detail=detail)
        _same(summarise_archive(archive, basis=basis, **args), summarise_archive_before(archive, **args))


@pytest.mark.parametrize("by", GROUPINGS)
@pytest.mark.parametrize(("query", "org"), [("kameraövervakning", None), (None, "Polisen"), ("belysning", "Stokab")])
def test_query_and_organisation_filters_too(archive, basis, by, query, org):
    for detail in (False, True):
        args = dict(by=by, org=org, detail=detail, year="2015-2019")
        _same(summarise_archive(archive, query, basis=basis, **args), summarise_archive_before(archive, query, **args))


def test_without_a_kept_basis_and_from_plain_rows_too(archive):
    reports, amounts = load_rows(archive)
    selected = {r.id for r in reports[::3]}
    for by in GROUPINGS:
        _same(summarise_archive(archive, by=by, detail=True), summarise_archive_before(archive, by=by, detail=True))
        for role in (None, "utfall"):
            args = dict(by=by, selected=selected, role=role, detail=True)
            _same(summarise(reports, amounts, **args), summarise_before(reports, amounts, **args))


def test_a_basis_decides_each_report_once(archive, monkeypatch):
    from bilagor.index.reports import amounts as module

    calls: list[str] = []
    real = module.report_figures
    monkeypatch.setattr(module, "report_figures", lambda mine: calls.append("x") or real(mine))
    kept = SummaryBasis(*load_rows(archive))
    for by in GROUPINGS:
        summarise_archive(archive, by=by, detail=True, basis=kept)
    assert len(calls) == len(kept.reports)


def test_the_rows_and_the_summing_run_without_the_cycle_collector_and_turn_it_on_again(archive, monkeypatch):
    import gc

    from bilagor.index.reports import amounts as module

    seen: list[bool] = []
    real_load, real_summarise = module.load_rows, module.summarise_basis
    monkeypatch.setattr(module, "load_rows", lambda a: seen.append(gc.isenabled()) or real_load(a))
    monkeypatch.setattr(
        module, "summarise_basis", lambda *a, **k: seen.append(gc.isenabled()) or real_summarise(*a, **k)
    )
    assert gc.isenabled()
    summarise_archive(archive, by="district")
    assert seen == [False, False] and gc.isenabled()

    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(module, "summarise_basis", broken)
    with pytest.raises(RuntimeError):
        summarise_archive(archive, by="district")
    assert gc.isenabled()
    gc.disable()
    try:
        summarise_archive(archive, by="district", basis=SummaryBasis(*real_load(archive)))
    except RuntimeError:
        pass
    finally:
        left_off = not gc.isenabled()
        gc.enable()
    assert left_off  # off before: left off

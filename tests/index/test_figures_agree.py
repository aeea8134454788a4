"""A report's summed figures are one definition: `budget:>N` in a search and
`bilagor amounts` give the same budget and outcome for the same report."""

from __future__ import annotations

import pytest
from factories import make_report

from bilagor.extractor.record import Amount
from bilagor.index.archive import Archive
from bilagor.index.reports.amounts import summarise_archive


def _amount(role: str, sek: int, approx: bool = False) -> Amount:
    return Amount(f"{sek} kr", sek, approx, role, "ekonomiskt_utfall", 1, f"Beloppet {sek} kr.")


@pytest.fixture(scope="module")
def archive_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("figures") / "arkiv"
    reports = [
        # The same budget stated twice is one budget of 5 000 000 (rule 2).
        make_report(
            "twice",
            year=2018,
            amounts=[
                _amount("budget", 5_000_000),
                _amount("budget", 5_000_000),
                _amount("utfall", 4_000_000),
                _amount("utfall", 4_000_000),
            ],
        ),
        # A grant stands in for a missing budget (rule 1).
        make_report("granted", year=2019, amounts=[_amount("beviljat", 800_000), _amount("utfall", 850_000)]),
    ]
    with Archive.open(folder, writable=True) as archive:
        archive.add(reports)
    return folder


def _ids(folder, query: str) -> set[str]:
    with Archive.open_for_reading(folder) as archive:
        return set(archive.matching_ids(query))


def _by_year(folder) -> dict[str, tuple[int, int]]:
    with Archive.open_for_reading(folder) as archive:
        summary = summarise_archive(archive, by="year")
    return {g.group: (g.budget, g.outcome) for g in summary.groups}


def test_a_budget_stated_twice_is_summed_once_by_both(archive_dir):
    twice = make_report("twice").id
    assert _by_year(archive_dir)["2018"] == (5_000_000, 4_000_000)
    assert twice not in _ids(archive_dir, "budget:>6000000")
    assert twice in _ids(archive_dir, "budget:[5000000 TO 5000000]")
    assert twice not in _ids(archive_dir, "utfall:>6000000")
    assert twice in _ids(archive_dir, "utfall:[4000000 TO 4000000]")


def test_a_grant_is_the_budget_for_both(archive_dir):
    granted = make_report("granted").id
    assert _by_year(archive_dir)["2019"] == (800_000, 850_000)
    assert granted in _ids(archive_dir, "budget:[800000 TO 800000]")

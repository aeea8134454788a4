"""A corrected report (a new file: same project, year and stage, changed figures) beside the one it corrects:
the archive holds both, and the sums must count the newer file's figures once (summing rule 3), not both."""

from __future__ import annotations

import re

from factories import _amount, make_report

from bilagor.cli.app import run
from bilagor.index.archive import Archive
from bilagor.index.reports.amounts import ReportRow, summarise_archive, superseded_reports


def _r(rid, year, stage, newest, form_kind="uppfoljning"):
    return ReportRow(rid, f"{rid}.pdf", year, "Kungsholmen", "Kungsholmen", "Utegym", stage, form_kind, newest=newest)


def test_the_newer_file_of_one_project_year_and_stage_supplies_the_figures():
    assert superseded_reports(
        [_r("rättad", 2023, "slutredovisning", 200.0), _r("först", 2023, "slutredovisning", 100.0)]
    ) == {"först": "rättad"}
    assert superseded_reports([_r("a", 2023, None, 100.0), _r("b", 2023, None, 50.0)]) == {"b": "a"}


def test_reports_of_other_years_or_stages_are_not_versions_of_each_other():
    assert (
        superseded_reports([_r("s1", 2022, "slutredovisning", 200.0), _r("s2", 2023, "slutredovisning", 100.0)]) == {}
    )
    # A delredovisning still gives way to the later report, not to the newer file.
    assert superseded_reports(
        [_r("del", 2023, "delredovisning", 300.0), _r("slut", 2023, "slutredovisning", 100.0)]
    ) == {"del": "slut"}


def test_an_older_delredovisning_version_gives_way_to_the_final_report_not_to_its_correction():
    reports = [
        _r("del1", 2022, "delredovisning", 100.0),
        _r("del2", 2022, "delredovisning", 200.0),
        _r("slut", 2023, "slutredovisning", 150.0),
    ]
    assert superseded_reports(reports) == {"del1": "del2", "del2": "slut"}


def _versions():
    common = dict(project="Utegym Stieg Trenters torg", district="Kungsholmen", district_today="Kungsholmen", year=2023)
    first = make_report("forsta", **common, amounts=[_amount("budget", 1_668_000), _amount("utfall", 934_000)])
    corrected = make_report("rattad", **common, amounts=[_amount("budget", 1_668_000), _amount("utfall", 1_034_000)])
    return first, corrected


def test_a_corrected_copy_is_summed_once_with_its_own_figures_and_show_says_why_the_first_is_not(tmp_path, capsys):
    first, corrected = _versions()
    # The correction arrives in a later folder: its file is newer, whatever order the import stores them in.
    stats = {first.paths[0]: (100, 1_700_000_000.0), corrected.paths[0]: (100, 1_710_000_000.0)}
    with Archive.open(tmp_path, writable=True) as archive:
        archive.add([corrected, first], stats)
        summary = summarise_archive(archive, by="year")
    assert (summary.total.reports, summary.total.budget, summary.total.outcome) == (1, 1_668_000, 1_034_000)
    assert summary.superseded == {first.id: corrected.id}

    assert run(["show", first.id, "--archive", str(tmp_path)]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert re.search(rf"Räknas inte: en äldre version, ersatt av en nyare fil .* {corrected.id[:8]}", out)

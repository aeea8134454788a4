"""How one report counts in `bilagor amounts`, as `bilagor show` and the web's report page say it: its own
figures, or the later report of its project that replaces it (summing rules 1-4)."""

from __future__ import annotations

import re

from factories import _amount, make_report

from bilagor.cli.app import run
from bilagor.index.archive import Archive
from bilagor.index.reports.amounts import summarise_archive
from bilagor.index.reports.counting import report_counting


def lighting_reports():
    """A delredovisning (2019) that the project's slutredovisning (2020) replaces, and an application."""
    common = dict(project="Trygghetsbelysning Husby torg", district="Rinkeby-Kista", district_today="Järva")
    part = make_report(
        "del",
        **common,
        year=2019,
        stage="delredovisning",
        amounts=[_amount("budget", 1_000_000), _amount("utfall", 400_000)],
    )
    final = make_report(
        "slut",
        **common,
        year=2020,
        stage="slutredovisning",
        amounts=[_amount("beviljat", 1_000_000), _amount("utfall", 900_000, approx=True)],
    )
    application = make_report(
        "ansokan", form_kind="ansokan", stage=None, project="Kameror i Husby", amounts=[_amount("sokt", 250_000)]
    )
    return part, final, application


def _counted_line(report, folder, capsys) -> str:
    """The "Räknas" line of `bilagor show`, on one line."""
    assert run(["show", report.id, "--archive", str(folder)]) == 0
    out = capsys.readouterr().out
    return " ".join(re.search(r"^Räknas\s+(.*?)\nSökväg", out, re.S | re.M).group(1).split())


def test_a_report_counts_with_its_own_figures_or_names_the_report_that_replaces_it(tmp_path):
    part, final, application = lighting_reports()
    with Archive.open(tmp_path, writable=True) as archive:
        archive.add([part, final, application])
        counted = {r.id: report_counting(archive, r) for r in (part, final, application)}
        summary = summarise_archive(archive, by="year")
    # The same decision as the sums: the delredovisning is left out for the slutredovisning.
    assert counted[part.id].superseded_by == final.id == summary.superseded[part.id]
    assert (counted[final.id].budget, counted[final.id].outcome, counted[final.id].deviation) == (
        1_000_000,  # the grant, as the budget when there is none (rule 1)
        900_000,
        -100_000,
    )
    assert counted[final.id].approx and counted[final.id].superseded_by is None
    assert counted[application.id].budget is None and counted[application.id].deviation is None


def test_show_says_how_the_report_counts_in_the_sums(tmp_path, capsys):
    part, final, application = lighting_reports()
    with Archive.open(tmp_path, writable=True) as archive:
        archive.add([part, final, application])

    def counted_line(report) -> str:
        return _counted_line(report, tmp_path, capsys)

    assert counted_line(final) == "budget 1,0 mnkr, utfall 900 000 kr, avvikelse -100 000 kr (ungefärligt)"
    assert counted_line(part).startswith(f"inte: ersatt av en senare rapport om samma projekt, {final.id[:8]}")
    assert counted_line(application).startswith("inte: rapporten har varken budget")


def test_show_json_stays_the_record(tmp_path, capsys):
    # `show --json` prints the record as the schema describes it; how it counts is for the readable views.
    _, final, _ = lighting_reports()
    with Archive.open(tmp_path, writable=True) as archive:
        archive.add([final])
    assert run(["show", final.id, "--json", "--archive", str(tmp_path)]) == 0
    assert "Räknas" not in capsys.readouterr().out


def test_an_application_says_whether_its_follow_up_counts_instead_or_that_its_budget_is_a_plan(tmp_path, capsys):
    _, final, _ = lighting_reports()
    # Applications of the follow-up's year: a follow-up of an earlier year does not replace a plan (rule 3).
    common = dict(form_kind="ansokan", stage=None, year=final.year, district="Rinkeby-Kista", district_today="Järva")
    followed = make_report(
        "ans-belysning", project="Trygghetsbelysning Husby torg", amounts=[_amount("budget", 1_200_000)], **common
    )
    alone = make_report("ans-kameror", project="Kameror i Husby", amounts=[_amount("budget", 250_000)], **common)
    with Archive.open(tmp_path, writable=True) as archive:
        archive.add([final, followed, alone])
        counted = {r.id: report_counting(archive, r) for r in (followed, alone)}
        summary = summarise_archive(archive, by="year")
    # The same decision as the sums: the application is left out for the follow-up.
    assert counted[followed.id].superseded_by == final.id == summary.superseded[followed.id]
    assert counted[alone.id].superseded_by is None and counted[alone.id].application
    assert counted[alone.id].budget == 250_000

    def counted_line(report) -> str:
        return _counted_line(report, tmp_path, capsys)

    assert counted_line(followed).startswith(
        f"inte: ansökan, ersatt av en uppföljning av samma projekt, {final.id[:8]}"
    )
    assert counted_line(alone).endswith("(en ansökan utan uppföljning i arkivet: budgeten är en plan)")

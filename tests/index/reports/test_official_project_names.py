"""The same project under a retyped name ("Laddstolpar vid Stureplan", a year on "Laddstolpar på Stureplan") is one
project for summing rule 3 and `--by project`: the prepositions that only place it are left out of its key. Every
other word still counts, so two real projects at two places stay apart."""

from __future__ import annotations

import pytest

from bilagor.index.reports.amounts import (
    AmountRow,
    ReportRow,
    project_key,
    project_name_key,
    summarise,
    superseded_reports,
)


def _r(rid, project, year, stage="slutredovisning", form_kind="uppfoljning", district="Hägersten-Älvsjö"):
    return ReportRow(rid, f"{rid}.pdf", year, district, district, project, stage, form_kind)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Laddstolpar vid Stureplan", "Laddstolpar på Stureplan"),
        ("Utegym i Rågsvedsparken", "Utegym vid Rågsvedsparken"),
        ("Solceller på förskolan vid Axelsbergs torg", "Solceller på förskolan intill Axelsbergs torg"),
    ],
)
def test_a_name_retyped_in_its_preposition_is_one_project(a, b):
    assert project_name_key(a) == project_name_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kameror vid Farsta centrum", "Kameror vid Farsta strand"),
        ("Trygghetsbelysning Hägersten", "Trygghetsbelysning Älvsjö"),  # two places of one merged district
        ("Laddstolpar vid Stureplan", "Laddstolpar vid Stureplan etapp 2"),
        ("Utegym i Rågsvedsparken", "Utegym i Vårbergstoppen"),
    ],
)
def test_two_real_projects_stay_apart(a, b):
    assert project_key(_r("a", a, 2024)) != project_key(_r("b", b, 2024))
    assert superseded_reports([_r("a", a, 2023, "delredovisning"), _r("b", b, 2024)]) == {}


def test_a_name_of_only_a_preposition_is_still_a_name():
    assert project_name_key("I") == "i"


def test_the_years_of_a_retyped_project_are_one_project_in_the_sums_and_one_group():
    reports = [
        _r("ans", "Laddstolpar vid Stureplan", 2023, stage=None, form_kind="ansokan"),
        _r("del", "Laddstolpar vid Stureplan", 2023, "delredovisning"),
        _r("slut", "Laddstolpar på Stureplan", 2024),
    ]
    assert superseded_reports(reports) == {"ans": "slut", "del": "slut"}
    amounts = [AmountRow(r.id, 1_000_000, "budget") for r in reports]
    summary = summarise(reports, amounts, by="project")
    assert [(g.group, g.reports, g.budget) for g in summary.groups] == [
        ("Laddstolpar på Stureplan (Hägersten-Älvsjö)", 1, 1_000_000)
    ]

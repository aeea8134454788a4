"""`bilagor amounts` with applications (summing rule 3): an application whose project has a follow-up in the
archive is left out for it, one without counts and the table, --json and csv say how many such plans a group holds.
Run through Typer's own test runner, as a user's command line reaches the app."""

import csv
import io
import json
import re

import pytest
from typer.testing import CliRunner

from bilagor.cli.app import app
from bilagor.index.archive import Archive
from factories import _amount, make_report


def _report(seed, form_kind, year, project, *figures):
    stage = "slutredovisning" if form_kind == "uppfoljning" else None
    return make_report(
        seed,
        form_kind=form_kind,
        stage=stage,
        year=year,
        project=project,
        district="Farsta",
        district_today="Farsta",
        amounts=[_amount(role, sek) for role, sek in figures],
    )


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("applications") / "arkiv"
    planned = _report("ans-belysning", "ansokan", 2018, "Trygghetsbelysning Farsta strand", ("budget", 2_000_000))
    followed = _report(
        "slut-belysning",
        "uppfoljning",
        2019,
        "Trygghetsbelysning Farsta strand",
        ("budget", 1_500_000),
        ("utfall", 1_400_000),
    )
    alone = _report("ans-kameror", "ansokan", 2019, "Kameror vid Farsta centrum", ("budget", 700_000))
    with Archive.open(folder, writable=True) as archive:
        archive.add([planned, followed, alone])
    return str(folder)


def _amounts(folder, *args) -> str:
    result = CliRunner().invoke(app, ["amounts", *args, "--archive", folder])
    assert result.exit_code == 0, result.output
    return result.output


def test_the_table_counts_the_followed_up_project_once_and_says_which_reports_are_plans(folder):
    out = _amounts(folder, "--unit", "kr")
    # Reports 2, of them 1 application; budget 1 500 000 (the follow-up) + 700 000 (the application
    # without one), not 4 200 000 with the followed-up plan.
    assert re.search(r"^Totalt\s+2\s+1\s+2\s200\s000\s", out, re.M), out
    assert "Varav" in out and "1 av rapporterna är ansökningar utan uppföljning" in out
    assert "1 rapport ersatt av en annan om samma projekt" in out


def test_json_and_csv_count_the_applications_too(folder):
    data = json.loads(_amounts(folder, "--json"))
    assert (data["total"]["budget"], data["total"]["reports"], data["total"]["applications"]) == (2_200_000, 2, 1)
    assert [(g["group"], g["applications"]) for g in data["groups"]] == [("2019", 1)]  # the plan's 2018 is gone
    rows = list(csv.DictReader(io.StringIO(_amounts(folder, "--format", "csv"))))
    assert [(r["group"], r["reports"], r["applications"], r["budget"]) for r in rows] == [("2019", "2", "1", "2200000")]

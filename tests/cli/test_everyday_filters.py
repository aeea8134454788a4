"""Filters agree: --org by any alias (unknown is an error), form: with or without å/ä/ö, fil: by part
of a name, amounts --org, export --year/--district/--org, and `bilagor list`."""

import json

import pytest

from bilagor.cli.app import run
from bilagor.extractor.record import Organisation
from bilagor.index.archive import Archive
from factories import make_report


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    folder = tmp_path_factory.mktemp("filters") / "arkiv"
    police = make_report(
        "p",
        filename="bilaga5-kameraovervakning-2018.pdf",
        paths=["/d/bilaga5-kameraovervakning-2018.pdf"],
        organisations=[Organisation("Polisen", "myndighet", ["Polismyndigheten"], 2)],
    )
    application = make_report(
        "q",
        filename="ansokan-belysning.pdf",
        paths=["/d/ansokan-belysning.pdf"],
        form_kind="ansokan",
        year=2020,
        district="Farsta",
        district_today="Farsta",
        project="Trygghetsbelysning",
        organisations=[],
    )
    with Archive.open(folder, writable=True) as opened:
        opened.add([police, application])
    return {"folder": str(folder), "police": police, "application": application}


def _ids(capsys, argv) -> set[str]:
    assert run(argv) == 0, capsys.readouterr().err
    return {h["id"] for h in json.loads(capsys.readouterr().out)["hits"]}


@pytest.mark.parametrize("name", ["Polisen", "Polismyndigheten", "polismyndigheten", "lokalpolisen"])
def test_org_accepts_every_alias_the_gazetteer_knows(archive, capsys, name):
    assert _ids(capsys, ["search", "--org", name, "--json", "--archive", archive["folder"]]) == {archive["police"].id}
    assert _ids(capsys, ["search", f'org:"{name}"', "--json", "--archive", archive["folder"]]) == {archive["police"].id}


def test_an_unknown_org_is_a_clear_error(archive, capsys):
    assert run(["search", "--org", "Ingenstans AB", "--archive", archive["folder"]]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Ingenstans AB" in err and "bilagor list orgs" in err


@pytest.mark.parametrize("form", ["form:ansökan", "form:ansokan", "form:Ansökan"])
def test_form_with_or_without_accents(archive, capsys, form):
    assert _ids(capsys, ["search", form, "--json", "--archive", archive["folder"]]) == {archive["application"].id}


def test_fil_matches_part_of_a_file_name(archive, capsys):
    assert _ids(capsys, ["search", "fil:kameraovervakning", "--json", "--archive", archive["folder"]]) == {
        archive["police"].id
    }
    assert _ids(
        capsys, ["search", "fil:bilaga5-kameraovervakning-2018.pdf", "--json", "--archive", archive["folder"]]
    ) == {archive["police"].id}


def test_amounts_takes_org(archive, capsys):
    assert run(["amounts", "--org", "Polismyndigheten", "--json", "--archive", archive["folder"]]) == 0
    assert json.loads(capsys.readouterr().out)["total"]["reports"] == 1
    assert run(["amounts", "--org", "Ingenstans AB", "--archive", archive["folder"]]) == 2


@pytest.mark.parametrize(
    "option, value, who",
    [
        ("--year", "2020", "application"),
        ("--district", "Farsta", "application"),
        ("--org", "Polismyndigheten", "police"),
    ],
)
def test_export_takes_year_district_and_org(archive, capsys, option, value, who):
    assert run(["export", option, value, "--archive", archive["folder"]]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["id"] for line in lines] == [archive[who].id]


def test_list_shows_the_values_filters_accept(archive, capsys):
    assert run(["list", "orgs", "--json", "--archive", archive["folder"]]) == 0
    orgs = {v["name"]: v for v in json.loads(capsys.readouterr().out)}
    assert orgs["Polisen"]["reports"] == 1 and "Polismyndigheten" in orgs["Polisen"]["note"]
    assert run(["list", "districts", "--json", "--archive", archive["folder"]]) == 0
    districts = {v["name"]: v["reports"] for v in json.loads(capsys.readouterr().out)}
    assert districts["Farsta"] == 1 and "Norra innerstaden" in districts
    assert run(["list", "sections", "--archive", archive["folder"]]) == 0
    assert capsys.readouterr().out.split()[0] == "projektnamn"
    assert run(["list", "colours", "--archive", archive["folder"]]) == 2

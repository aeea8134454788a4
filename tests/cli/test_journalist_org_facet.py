"""`bilagor search` counts the organisations of its matches, as it counts years and districts."""

from __future__ import annotations

import json

import pytest
from factories import make_report

from bilagor.cli.app import run
from bilagor.extractor.errors import ExitCode
from bilagor.extractor.record import Organisation, Section
from bilagor.index.archive import Archive

# Each report: its text and the organisations it names (the gazetteer's names, as the extractor stores them).
REPORTS = {
    "a": ("Kameror sattes upp vid torget.", ["Polisen", "Stokab"]),
    "b": ("Fyra kameror monterades i gångtunneln.", ["Polisen", "Svenska Bostäder"]),
    "c": ("Kamerorna kopplades till ledningscentralen.", ["Polisen"]),
    "d": ("Ny belysning i parken.", ["Trafikkontoret"]),
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    folder = tmp_path_factory.mktemp("orgfacet")
    reports = [
        make_report(
            key,
            project=f"Åtgärd {key}",
            sections=[Section("slutresultat", "Slutresultat", text, 1)],
            organisations=[Organisation(name, "bolag", [name], 1) for name in orgs],
        )
        for key, (text, orgs) in REPORTS.items()
    ]
    with Archive.open(folder, writable=True) as opened:
        opened.add(reports)
    return folder


def _search(capsys, archive, *args) -> tuple[str, str]:
    code = run(["search", *args, "--archive", str(archive)])
    out, err = capsys.readouterr()
    assert code == ExitCode.OK, err
    return out, err


def test_each_organisations_count_is_the_number_of_matches_that_name_it(archive, capsys):
    out, _ = _search(capsys, archive, "kameror", "--json")
    orgs = json.loads(out)["facets"]["org"]
    assert orgs == {"Polisen": 3, "Stokab": 1, "Svenska Bostäder": 1}  # most first, then by name
    for name, count in orgs.items():
        narrowed, _ = _search(capsys, archive, "kameror", "--org", name, "--json")
        assert json.loads(narrowed)["total"] == count, name


def test_the_terminal_lists_them_under_the_districts(archive, capsys):
    data = json.loads(_search(capsys, archive, "kameror", "--json")[0])
    out, _ = _search(capsys, archive, "kameror")
    line = next(line for line in out.splitlines() if line.startswith("Organisation:"))
    assert [f"{name} ({count})" for name, count in data["facets"]["org"].items()] == line.split(": ", 1)[1].split(" · ")


def test_a_relaxed_search_counts_the_organisations_of_the_reports_it_counts(archive, capsys):
    # No report holds both words; the total counts those holding the rarer one, and so do the facets.
    data = json.loads(_search(capsys, archive, "kameror belysning", "--json")[0])
    assert data["relaxed"] and data["key_word"] == "belysning" and data["total"] == 1 and data["also"] == 3
    assert data["facets"]["org"] == {"Trafikkontoret": 1}

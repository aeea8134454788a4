"""A relaxed search counts the reports holding its key word, not every report holding any word.

The journalist's finding 7 (docs/journalist-session.md): "nya övervakningskameror" said "57 träffar"
when no report held both words: five camera reports and fifty-two that only said "nya". The
headline, the facets and the JSON's total now count the camera reports; the others follow as "also".
"""

from __future__ import annotations

import json
import re
import warnings

import pytest
from cli_helpers import cli_output
from factories import make_report

from bilagor.extractor.record import Organisation, Section
from bilagor.index.archive import Archive
from bilagor.index.search.searcher import search

CAMERAS = {  # key: (text, district)
    "kam-1": ("Tre övervakningskameror sattes upp vid torget.", "Bromma"),
    "kam-2": ("Övervakningskamerorna kopplades till polisens ledningscentral.", "Bromma"),
    "kam-3": ("Fler övervakningskameror i gångtunneln.", "Hässelby-Vällingby"),
}
NEW_THINGS = {
    "nya-1": "Nya papperskorgar vid lekplatsen.",
    "nya-2": "Nya bänkar i parken.",
    "nya-3": "Nya lampor längs gångvägen.",
    "nya-4": "Nya planteringar på torget.",
}
QUERY = "nya övervakningskameror"


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    folder = tmp_path_factory.mktemp("relaxedcount")

    def report(key, text, district, org):
        return make_report(
            key,
            project=f"Åtgärd {key}",
            district=district,
            sections=[Section("slutresultat", "Slutresultat", text, 1)],
            organisations=[Organisation(org, "myndighet", [org], 1)],
        )

    reports = [report(key, text, district, "Polisen") for key, (text, district) in CAMERAS.items()]
    reports += [report(key, text, "Skarpnäck", "Trafikkontoret") for key, text in NEW_THINGS.items()]
    reports.append(report("annat", "Belysningen byttes ut.", "Skarpnäck", "Trafikkontoret"))
    with Archive.open(folder, writable=True) as opened:
        opened.add(reports)
    return folder


def _ids(keys) -> set[str]:
    return {make_report(key).id for key in keys}


def test_the_total_and_the_facets_count_the_reports_holding_the_rarest_word(archive):
    results = search(archive, QUERY, org_facet=True)
    assert results.relaxed and results.key_word == "övervakningskameror"
    assert results.total == len(CAMERAS) and results.also == len(NEW_THINGS)
    assert results.words == {"nya": len(NEW_THINGS), "övervakningskameror": len(CAMERAS)}
    assert results.facets["district"] == {"Bromma": 2, "Hässelby-Vällingby": 1}
    assert results.facets["org"] == {"Polisen": 3}
    assert sum(results.facets["year"].values()) == len(CAMERAS)
    # the reports holding the key word first, then the others
    assert {h.id for h in results.hits[: len(CAMERAS)]} == _ids(CAMERAS)
    assert {h.id for h in results.hits[len(CAMERAS) :]} == _ids(NEW_THINGS)


def test_sorted_by_year_the_key_words_reports_still_come_first(archive):
    results = search(archive, QUERY, sort="year")
    assert {h.id for h in results.hits[: len(CAMERAS)]} == _ids(CAMERAS)


def test_a_search_holding_every_word_is_not_relaxed(archive):
    results = search(archive, "nya bänkar")
    assert not results.relaxed and results.total == 1 and results.also == 0 and results.key_word is None


@pytest.fixture
def search_cli(archive, capsys):
    return lambda *args: cli_output(capsys, "search", *args, "--archive", archive)


def test_the_terminal_headline_counts_the_key_word_and_the_others_apart(search_cli):
    lines = search_cli(QUERY, "--limit", "20").splitlines()
    assert lines[0] == "3 träffar med 'övervakningskameror' och 4 med bara andra av orden"
    assert "nya (4) · övervakningskameror (3)" in lines[1]
    heading = lines.index("Också 4 med bara andra av orden:")
    numbers_before = [line for line in lines[:heading] if re.match(r"\d+\. ", line)]
    numbers_after = [line for line in lines[heading:] if re.match(r"\d+\. ", line)]
    assert len(numbers_before) == 3 and len(numbers_after) == 4
    assert "Stadsdel: Bromma (2) · Hässelby-Vällingby (1)" in lines


def test_the_json_says_the_search_was_relaxed_and_what_each_count_means(search_cli):
    data = json.loads(search_cli(QUERY, "--json"))
    assert data["relaxed"] is True and data["total"] == 3 and data["also"] == 4
    assert data["key_word"] == "övervakningskameror"
    assert data["words"] == {"nya": 4, "övervakningskameror": 3}
    assert "övervakningskameror" in data["counts"]["total"] and "also" in data["counts"]
    assert data["facets"]["org"] == {"Polisen": 3}


def test_the_web_search_page_counts_as_the_terminal_does(archive):
    pytest.importorskip("starlette")
    from bilagor.cli.web.app import create_app

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient

    with TestClient(create_app(archive), base_url="http://127.0.0.1") as client:
        html = client.get("/search", params={"q": QUERY}).text
    total = re.search(r'<p class="total" id="total">(.*?)</p>', html).group(1)
    assert re.sub(r"<[^>]+>", "", total) == "3 träffar med 'övervakningskameror' och 4 med bara andra av orden"
    assert 'id="relaxed"' in html and "nya (4) · övervakningskameror (3)" in html
    before, after = html.split('id="also"', 1)
    assert before.count('<li class="hit">') == 3 and after.count('<li class="hit">') == 4
    assert re.search(r'start="4"', after)
    facet = re.search(r'id="facet-org">(.*?)</ul>', html, re.S).group(1)
    assert "Polisen" in facet and "Trafikkontoret" not in facet

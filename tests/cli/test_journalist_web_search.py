"""The web search page says what the terminal says: the years an archive holds, and an uncertain year as "2018?"."""

from __future__ import annotations

import re
import warnings

import pytest

pytest.importorskip("starlette")
from factories import make_report  # noqa: E402

from bilagor.cli.web.app import create_app  # noqa: E402
from bilagor.index.archive import Archive  # noqa: E402

with warnings.catch_warnings():  # newer Starlette prefers httpx2 (a warning); httpx works the same
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    folder = tmp_path_factory.mktemp("websearch")
    with Archive.open(folder, writable=True) as opened:
        opened.add(
            [
                make_report("known", year=2016, year_source="text"),
                make_report("guessed", year=2019, year_source="metadata", project="Kameraövervakning Husby"),
            ]
        )
    with TestClient(create_app(folder), base_url="http://127.0.0.1") as test_client:
        yield test_client


@pytest.mark.parametrize("params", [{"q": "kameraövervakning", "year": "2030"}, {"q": "kameraövervakning år:2030"}])
def test_a_year_that_finds_nothing_says_which_years_the_archive_holds(client, params):
    html = client.get("/search", params=params).text
    note = re.search(r'<p class="note" id="years-held">(.*?)</p>', html)
    assert note and note.group(1).endswith("arkivet har rapporter från 2016–2019")


def test_a_year_that_finds_reports_says_nothing_of_the_others(client):
    assert 'id="years-held"' not in client.get("/search", params={"q": "kameraövervakning", "year": "2016"}).text


def test_a_year_from_the_pdfs_creation_date_reads_as_uncertain(client):
    html = client.get("/search", params={"q": "Husby"}).text
    facts = re.findall(r'<span class="facts">(.*?)</span>', html)
    assert facts and all("2019?" in f for f in facts)


def test_a_district_in_the_query_that_no_district_answers_to_is_said_on_the_page(client):
    html = client.get("/search", params={"q": "stadsdel:Husbyby"}).text
    notes = re.findall(r'<p class="note unknown-field">(.*?)</p>', html)
    assert len(notes) == 1 and notes[0].startswith("stadsdel:Husbyby: ingen stadsdelsnämnd i Stockholm")


def test_a_former_districts_facet_names_its_area_of_today(client):
    html = client.get("/search", params={"q": "kameraövervakning"}).text
    facet = re.search(r'<ul class="facet" id="facet-district">(.*?)</ul>', html, re.S)
    assert facet and '>Norrmalm</a> <span class="today">(i dag Norra innerstaden)</span>' in facet.group(1)

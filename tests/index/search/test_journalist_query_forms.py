"""The query forms a journalist types from a web search engine's habits: a word led by "-" excludes it (it
was searched as a word, so "kamera -belysning" put the reports about lighting first); an AND, OR or NOT with
no word on its side is one line's error (it was searched as the word "or" and relaxed the query); a quoted
word or phrase no report holds, beside another word, names itself once (a quoted word ended in an internal
error, a phrase was named by its Whoosh query)."""

from __future__ import annotations

import pytest
from factories import make_report

from bilagor.extractor.errors import QueryError
from bilagor.extractor.record import Section
from bilagor.index.archive import Archive
from bilagor.index.search.query import with_minus_as_not


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    folder = tmp_path_factory.mktemp("journalistforms")
    lighting = [Section("beskrivning", "Beskrivning", "Nya kameror och ny belysning vid entrén till skolan.", 1)]
    cameras = [Section("beskrivning", "Beskrivning", "Kamerorna sattes upp vid tunnelbanans uppgång.", 1)]
    with Archive.open(folder, writable=True) as opened:
        opened.add(
            [
                make_report("ljus", project="Kameror vid skolan", sections=lighting),
                make_report("kamera", project="Kameror vid uppgången", sections=cameras),
                make_report("gym", project="Utegym i parken", sections=[]),
            ]
        )
    with Archive.open_for_reading(folder) as reading:
        yield reading


def projects(archive, query):
    return sorted(h.project for h in archive.search(query, limit=20).hits)


@pytest.mark.parametrize("query", ["kameror -belysning", "kameror -belysningen", 'kameror -"ny belysning"'])
def test_a_word_led_by_a_minus_is_excluded(archive, query):
    assert projects(archive, query) == ["Kameror vid uppgången"]


def test_a_minus_excludes_as_not_does(archive):
    assert projects(archive, "(kameror OR utegym) -belysning") == projects(archive, "(kameror OR utegym) NOT belysning")
    assert projects(archive, "-belysning") == ["Kameror vid uppgången", "Utegym i parken"]


@pytest.mark.parametrize(
    "typed", ["2.1-106-2015", "Hägersten-Liljeholmen", "utfall:>-100", "år:2019 -2021", "kamera - belysning", '"a -b"']
)
def test_a_hyphen_inside_a_word_a_figure_or_a_phrase_is_kept(typed):
    assert with_minus_as_not(typed) == typed


@pytest.mark.parametrize(
    "query, message",
    [
        ("kameror OR", "'OR' har inget sökord efter sig"),
        ("kameror NOT", "'NOT' har inget sökord efter sig"),
        ("(kameror AND) belysning", "'AND' har inget sökord efter sig"),
        ("OR kameror", "'OR' har inget sökord före sig"),
        ("kameror AND OR belysning", "'AND' har inget sökord efter sig"),
        ("(OR kameror)", "'OR' har inget sökord före sig"),
    ],
)
def test_an_operator_without_its_word_is_one_line(archive, query, message):
    with pytest.raises(QueryError, match=message) as raised:
        archive.search(query)
    assert "\n" not in str(raised.value)


@pytest.mark.parametrize("query", ["kameror AND NOT belysning", "NOT belysning", '"OR" kameror', "kameror OR utegym"])
def test_an_operator_with_its_words_still_searches(archive, query):
    archive.search(query)


@pytest.mark.parametrize(
    "query, labels",
    [
        ('"xyzzy" kameror', ["xyzzy", "kameror"]),
        ('"OR" kameror', ["OR", "kameror"]),
        ('"nya lyktor" kameror', ["nya lyktor", "kameror"]),
    ],
)
def test_a_quoted_word_no_report_holds_is_named_once(archive, query, labels):
    results = archive.search(query)
    assert results.relaxed and list(results.words) == labels
    assert results.key_word == "kameror"

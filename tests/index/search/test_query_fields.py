"""The query's fields come from one table (query.QUERY_FIELDS): every name a user may type searches a field the
index has and is taken, the unknown-field error lists every field, the README shows every field; `id:` takes the
id as the output shows it."""

from __future__ import annotations

import re

import pytest
from factories import ROOT

from bilagor.extractor.errors import QueryError
from bilagor.index.search.query import FIELD_ALIASES, QUERY_FIELDS, SECTION_ALIASES, SECTION_EXAMPLE
from bilagor.index.search.schema import build_schema

# Each field's Swedish name, and the section's: what the error and the README must show.
SWEDISH_NAMES = sorted({field.names[0] for field in QUERY_FIELDS.values()} | {SECTION_ALIASES[0]})

# Fields whose example names one file or report (the demo's): the test corpus holds others.
NAMES_ONE_REPORT = {"filename", "file_number", "id"}


def test_every_field_a_query_names_is_a_field_of_the_index():
    assert set(QUERY_FIELDS) <= set(build_schema().names())
    assert set(FIELD_ALIASES.values()) == set(QUERY_FIELDS)


@pytest.mark.parametrize("name", sorted(FIELD_ALIASES) + list(SECTION_ALIASES))
def test_every_name_of_a_field_is_taken(corpus, name):
    archive, _ = corpus
    try:
        archive.search(f"{name}:x", limit=1)
    except QueryError as error:  # a value the field refuses is fine; its name must not be
        assert "okänt fält" not in str(error)


@pytest.mark.parametrize("name", sorted(FIELD_ALIASES) + list(SECTION_ALIASES))
def test_a_field_without_a_value_shows_an_example_of_its_own_that_finds_a_report(corpus, name):
    archive, _ = corpus
    target = FIELD_ALIASES.get(name)
    example = QUERY_FIELDS[target].example if target else SECTION_EXAMPLE
    with pytest.raises(QueryError, match=f"t.ex. {re.escape(name)}:{re.escape(example)}$"):
        archive.search(f"{name}: kamera", limit=1)
    found = archive.search(f"{name}:{example}", limit=1).total
    assert found or target in NAMES_ONE_REPORT  # the example is a value the field holds


def test_the_unknown_field_error_lists_every_field(corpus):
    archive, _ = corpus
    with pytest.raises(QueryError) as raised:
        archive.search("kommun:solna kamera", limit=1)
    listed = str(raised.value).split("kända: ", 1)[1].rstrip(")").split(", ")
    assert sorted(listed) == SWEDISH_NAMES


def test_the_readme_shows_every_field():
    readme = (ROOT / "README.md").read_text("utf-8")
    syntax = readme.split("Query syntax", 1)[1].split("\n\n`--district`", 1)[0]
    assert [name for name in SWEDISH_NAMES if f"`{name}:" not in syntax] == []


def test_an_id_field_takes_the_id_as_shown_or_any_prefix_of_it(corpus):
    archive, key_of = corpus
    some_id = sorted(key_of)[0]
    for typed in (some_id, some_id[:12], some_id[:6].upper()):
        found = [hit.id for hit in archive.search(f"id:{typed}", limit=50).hits]
        assert some_id in found and all(hit.startswith(some_id[:6]) for hit in found)


def test_an_unknown_org_or_district_is_an_error_as_an_option_and_finds_nothing_in_the_query(corpus):
    # as the README says: the option refuses the name, the query's field finds no report
    archive, _ = corpus
    with pytest.raises(QueryError, match="okänd organisation"):
        archive.search("kamera", org="Ingenstansbolaget", limit=1)
    with pytest.raises(QueryError, match="ingen stadsdelsnämnd"):
        archive.search("kamera", district="Solna", limit=1)
    assert archive.search("org:ingenstansbolaget", limit=1).total == 0
    assert archive.search("stadsdel:solna", limit=1).total == 0
    assert archive.search("org:ingenstansbolaget OR kamera", limit=1).total > 0


@pytest.mark.parametrize(
    ("query", "note"),
    [
        ("stadsdel:Brommaby kamera", "stadsdel:Brommaby: ingen stadsdelsnämnd i Stockholm (kända: "),
        ("org:Tomtebolaget kamera", "org:Tomtebolaget: ingen rapport i arkivet nämner organisationen"),
    ],
)
def test_a_field_value_nothing_knows_finds_nothing_and_says_why(corpus, query, note):
    archive, _ = corpus
    results = archive.search(query, limit=1)
    assert results.total == 0
    assert [n for n in results.notes if n.startswith(note)] == results.notes != []
    assert results.to_dict()["notes"] == results.notes


def test_a_known_field_value_has_no_note(corpus):
    archive, _ = corpus
    results = archive.search("stadsdel:Södermalm kamera OR pandemin", limit=1)
    assert results.notes == []

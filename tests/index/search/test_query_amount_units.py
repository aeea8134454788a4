"""An amount field's figures with a unit (utfall:>2,5mnkr, budget:[500tkr TO 2mnkr]) search as kronor, and a
figure the field cannot read says how to write one."""

from __future__ import annotations

import pytest

from bilagor.cli.swedish_details import in_swedish
from bilagor.extractor.errors import QueryError
from bilagor.index.search.query import normalise_query_text


def ids(corpus, query):
    archive, _ = corpus
    return sorted(h.id for h in archive.search(query, limit=200).hits)


@pytest.mark.parametrize(
    "typed, kronor",
    [
        ("utfall:>2,5mnkr", "utfall:>2500000"),
        ("utfall:>2,5 mnkr", "utfall:>2500000"),
        ("Budget:>=750tkr kamera", "Budget:>=750000 kamera"),
        ("budget:[500tkr TO 2mnkr]", "budget:[500000 TO 2000000]"),
        ("outcome:<1.2MSEK", "outcome:<1200000"),
        ("utfall:>2000000", "utfall:>2000000"),
    ],
)
def test_a_figure_with_a_unit_is_kronor(typed, kronor):
    assert normalise_query_text(typed) == kronor


def test_words_with_a_unit_outside_an_amount_field_are_left_as_written():
    assert normalise_query_text("kostnad 2,5 mnkr titel:500tkr") == "kostnad 2,5 mnkr titel:500tkr"


def test_the_unit_finds_the_reports_the_kronor_do(corpus):
    assert ids(corpus, "utfall:>1,5mnkr") == ids(corpus, "utfall:>1500000") != []
    assert ids(corpus, "budget:[500tkr TO 2mnkr]") == ids(corpus, "budget:[500000 TO 2000000]") != []


def test_a_figure_the_field_cannot_read_says_how_to_write_one(corpus):
    archive, _ = corpus
    with pytest.raises(QueryError) as raised:
        archive.search("utfall:>2,5", limit=1)
    said = in_swedish(str(raised.value))
    assert "intervallets början '2,5' är inte ett tal" in said and "utfall:>2,5mnkr" in said

"""Issue #12, eleventh round: a letterhead line above the title ("Stockholms stad  Dnr 2.1.2-530-2014")
that a value column parts in two reads as a label and its answer; a line above the title is never a
field: with the title it is the preamble."""

from __future__ import annotations

from bilagor.extractor.api import is_label, is_title_start
from bilagor.extractor.layout.model import Block, Line
from bilagor.extractor.layout.titles import split_preamble
from factories import words


def _block(label: str, values: list[str], top: float) -> Block:
    return Block(
        [Line(1, words(label, 57.0, top))],
        [Line(1, words(v, 145.0, top + 15.0 * i)) for i, v in enumerate(values)],
    )


def test_a_letterhead_parted_at_the_value_column_above_the_title_is_preamble():
    blocks = [
        _block("Stockholms stad", ["Dnr 2.1.2-530-2014"], 56.7),
        _block("Bilaga 5b Ansökan om investeringsmedel (CM4)", [], 85.7),
        _block("Namn på insats", ["Genomsiktliga staket vid Stureplan"], 143.7),
        _block("Sökt belopp", ["0,65 Mkr"], 177.7),
    ]
    preamble, rest = split_preamble([], blocks, is_label, is_title_start)
    assert [ln.text for ln in preamble] == [
        "Stockholms stad",
        "Dnr 2.1.2-530-2014",
        "Bilaga 5b Ansökan om investeringsmedel (CM4)",
    ]
    assert [b.label for b in rest] == ["Namn på insats", "Sökt belopp"]


def test_a_field_above_no_title_stays_a_field():
    blocks = [_block("Stockholms stad", ["Dnr 2.1.2-530-2014"], 56.7), _block("Namn på insats", ["Staket"], 143.7)]
    _, rest = split_preamble([], blocks, is_label, is_title_start)
    assert [b.label for b in rest] == ["Stockholms stad", "Namn på insats"]

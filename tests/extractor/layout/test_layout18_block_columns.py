"""Issue #12, eighteenth round (f-fieldset): a page with two label/value column pairs, a header table (labels at
one x, answers at another) over numbered sections (labels further left, answers further right). Each block
reads by its own pair: a wrapped section label beside its answer stays one label, not text of the header's last
answer."""

from __future__ import annotations

from bilagor.extractor.layout.blockcols import block_boundaries, boundary_at
from bilagor.extractor.layout.lines import group_lines
from bilagor.extractor.words import Page
from factories import words
from layout_builders import TITLE, lay_as_extractor, summary

HEAD_LABEL, HEAD_VALUE = 76.0, 189.0
SECTION_LABEL, SECTION_VALUE = 63.0, 222.0
LEAD = 14.0


def _page(
    second_label_x: float = SECTION_LABEL, second_value_x: float = SECTION_VALUE, first: str = "2. Förväntat resultat"
) -> Page:
    ws = list(TITLE)
    y = 100.0
    for label, answer in [
        ("Kontaktperson", "Anna Berg"),
        ("Telefon", "08-508 11 222"),
        ("E-post", "anna.berg@stockholm.se"),
        ("Ev samverkan", "Idrottsföreningen Kvarnen och Svenska Bostäder"),
    ]:
        ws += words(label, HEAD_LABEL, y) + words(answer, HEAD_VALUE, y)
        y += 22.0
    y += 8.0
    for labels, answers in [
        (
            [first, "(effekt)"],
            ["Fler kvinnor vistas i torget efter mörkrets inbrott.", "Det ska märkas"],
        ),
        (["2.1 Uppföljning/", "utvärdering"], ["Vi räknar besökare vid två tillfällen varje höst.", "Ett samtal till"]),
    ]:
        for i, answer in enumerate(answers):
            if i < len(labels):
                ws += words(labels[i], second_label_x, y)
            ws += words(answer, second_value_x, y)
            y += LEAD
        y += 8.0
    return Page(1, 595.0, 842.0, ws)


def test_sections_below_a_header_table_read_by_their_own_column_pair():
    blocks = summary(lay_as_extractor([_page()]))
    assert ("Ev samverkan", "Idrottsföreningen Kvarnen och Svenska Bostäder", 1) in blocks
    assert (
        "2. Förväntat resultat (effekt)",
        "Fler kvinnor vistas i torget efter mörkrets inbrott. Det ska märkas",
        1,
    ) in blocks
    assert ("2.1 Uppföljning/utvärdering", "Vi räknar besökare vid två tillfällen varje höst. Ett samtal till", 1) in (
        blocks
    )


def test_block_boundaries_start_at_the_second_pair_s_first_row():
    lines = group_lines(_page())
    found = block_boundaries(lines, {1: HEAD_VALUE - 3.0}, 3.0)
    assert [round(x) for _, x in found[1]] == [round(SECTION_VALUE - 3.0)]
    first_section = next(ln for ln in lines if ln.text.startswith("2. Förväntat"))
    header = next(ln for ln in lines if ln.text.startswith("Telefon"))
    assert boundary_at(first_section, HEAD_VALUE - 3.0, found, 3.0) == SECTION_VALUE - 3.0
    assert boundary_at(header, HEAD_VALUE - 3.0, found, 3.0) == HEAD_VALUE - 3.0


def test_answers_indented_under_the_same_label_column_are_no_second_pair():
    # The sections' labels at the header's x and inside its label column: one label column, the answers' indent no
    # pair of its own. (Labels running past the header's boundary, as "2. Förväntat resultat" does by a point at
    # this size, are a second table's wider label column: a pair of its own, test_layout31_leftovers.)
    page = _page(second_label_x=HEAD_LABEL, first="2. Förväntat")
    assert block_boundaries(group_lines(page), {1: HEAD_VALUE - 3.0}, 3.0) == {}


def test_one_column_pair_has_no_blocks():
    lines = group_lines(_page(second_label_x=HEAD_LABEL, second_value_x=HEAD_VALUE))
    assert block_boundaries(lines, {1: HEAD_VALUE - 3.0}, 3.0) == {}
    assert block_boundaries(lines, {1: None}, 3.0) == {}

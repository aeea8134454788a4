"""A long answer split over two pages with its label repeated as 'Label (forts.)': one section."""

from __future__ import annotations

import pytest

from bilagor.extractor.layout.continued import continued_label
from layout_builders import lay_as_extractor, summary, two_column

RESULT = "Resultat"


@pytest.mark.parametrize(
    ("repeated", "label"),
    [
        ("Resultat (forts.)", "Resultat"),
        ("Resultat, forts", "Resultat"),
        ("Forts. Resultat", "Resultat"),
        ("(Fortsättning) Resultat", "Resultat"),
        ("EKONOMISKT UTFALL (FORTS.):", "EKONOMISKT UTFALL"),
        ("(forts.)", None),
        ("Resultat", None),
    ],
)
def test_the_label_a_continuation_mark_repeats(repeated, label):
    assert continued_label(repeated) == label


@pytest.mark.parametrize("suffix", ["(forts.)", "forts.", "(fortsättning)", "- forts."])
def test_a_label_repeated_with_forts_continues_its_section(suffix):
    page1 = two_column(
        [
            (["Projektnamn"], ["Trygghetsbelysning i Husby"], 0),
            ([RESULT], ["Tolv kameror har monterats.", "Belysningen har bytts."], 0),
        ]
    )
    page2 = two_column(
        [
            ([f"{RESULT} {suffix}"], ["Boende har deltagit i vandringar."], 0),
            (["Avvikelser"], ["Inga avvikelser."], 0),
        ],
        top=80.0,
        page=2,
    )
    got = summary(lay_as_extractor([page1, page2]))
    assert got == [
        ("Projektnamn", "Trygghetsbelysning i Husby", 1),
        (RESULT, "Tolv kameror har monterats. Belysningen har bytts. Boende har deltagit i vandringar.", 1),
        ("Avvikelser", "Inga avvikelser.", 2),
    ]


def test_a_forts_label_of_a_label_not_seen_before_stays_a_section():
    page = two_column([(["Projektnamn"], ["Husby"], 0), (["Övrigt (forts.)"], ["Mer text."], 0)])
    assert [label for label, _, _ in summary(lay_as_extractor([page]))] == ["Projektnamn", "Övrigt (forts.)"]


def test_a_repeated_label_in_capitals_atop_the_next_page_is_no_tail_of_the_last_label():
    # Labels in capitals continue by the leading; over a page break that says nothing.
    page1 = two_column([(["PROJEKTNAMN"], ["Husby"], 0), (["RESULTAT"], ["Tolv kameror.", "Belysning."], 0)])
    page2 = two_column([(["RESULTAT (FORTS.)"], ["Vandringar."], 0), (["AVVIKELSER"], ["Inga."], 0)], top=80.0, page=2)
    got = summary(lay_as_extractor([page1, page2]))
    assert got == [
        ("PROJEKTNAMN", "Husby", 1),
        ("RESULTAT", "Tolv kameror. Belysning. Vandringar.", 1),
        ("AVVIKELSER", "Inga.", 2),
    ]


def test_a_repeated_label_in_capitals_wrapping_atop_the_next_page_starts_its_continuation():
    # Only its last line carries the mark; the first reads as a label and is no tail of the last page's.
    page1 = two_column(
        [(["PROJEKTNAMN"], ["Husby"], 0), (["EKONOMISKT", "UTFALL"], ["Budget 1 mnkr.", "Utfall 0,9."], 0)]
    )
    page2 = two_column(
        [(["EKONOMISKT", "UTFALL (FORTS.)"], ["Inga fler kostnader."], 0), (["AVVIKELSER"], ["Inga."], 0)],
        top=80.0,
        page=2,
    )
    got = summary(lay_as_extractor([page1, page2]))
    assert got == [
        ("PROJEKTNAMN", "Husby", 1),
        ("EKONOMISKT UTFALL", "Budget 1 mnkr. Utfall 0,9. Inga fler kostnader.", 1),
        ("AVVIKELSER", "Inga.", 2),
    ]


def test_a_mark_opening_the_repeated_label_atop_the_next_page_is_no_tail_of_the_last_label():
    # '(forts.) Resultat' starts with no capital, as a wrapped label's tail would: the mark says otherwise.
    page1 = two_column([(["Projektnamn"], ["Husby"], 0), ([RESULT], ["Tolv kameror.", "Belysning."], 0)])
    page2 = two_column([([f"(forts.) {RESULT}"], ["Vandringar."], 0), (["Avvikelser"], ["Inga."], 0)], top=80.0, page=2)
    got = summary(lay_as_extractor([page1, page2]))
    assert got == [
        ("Projektnamn", "Husby", 1),
        (RESULT, "Tolv kameror. Belysning. Vandringar.", 1),
        ("Avvikelser", "Inga.", 2),
    ]

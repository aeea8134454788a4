"""Plain-text printouts at a print filter's pitch (issue #12, twenty-sixth round): one monospaced type set at 12
characters an inch in type under 10 pt (cups-filters' texttopdf), so a word space is wider than 0.6 of the type
and read as a column gap; short fields "Label: value" two a line; a long item label wrapped at the printout's
measure with a hanging indent at the answers' indent."""

from __future__ import annotations

from bilagor.extractor.layout.inlinepairs import monospaced_space
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS
from bilagor.extractor.words import Page, Word
from factories import words
from layout_builders import lay_as_extractor, summary

MONO, PITCH, LEAD = "Courier", 6.0, 10.3


def _typed(rows: list[tuple[int, str]], size: float = 9.7, glyph: float = PITCH, pitch: float = PITCH) -> Page:
    """Lines typed at (column, text), every character in a cell of `pitch` points, its glyph `glyph` wide."""
    ws = []
    for k, (column, text) in enumerate(rows):
        at = column
        for token in text.split(" "):
            if token:
                x0 = 56 + at * pitch
                ws.append(
                    Word(token, x0, x0 + pitch * (len(token) - 1) + glyph, 60 + k * LEAD, 70 + k * LEAD, MONO, size)
                )
            at += len(token) + 1
    return Page(1, 595.0, 842.0, ws)


def test_a_monospaced_types_word_space_is_its_pitch():
    line = _typed([(0, "Kontaktperson: Linnea Korhonen     Telefon: 08-508 54 955")]).words
    steps = [b.x0 - a.x0 for a, b in zip(line, line[1:])]
    assert monospaced_space(line, steps, DEFAULT_SETTINGS) == 6.0
    drawn = _typed([(0, "Namn på insats: Öppna gården på Kungsklippan")], glyph=5.5).words
    steps = [b.x0 - a.x0 for a, b in zip(drawn, drawn[1:])]
    assert abs(monospaced_space(drawn, steps, DEFAULT_SETTINGS) - 6.5) < 1e-6  # a space and the glyph's unused part


def test_proportional_words_have_no_pitch():
    # Each letter half a size wide, but the word spaces fall off the letters' grid: no printout.
    line = words("Kontaktperson: Linnea Korhonen Telefon: 08-508 54 955", 56, 60, size=10)
    steps = [b.x0 - a.x0 for a, b in zip(line, line[1:])]
    assert monospaced_space(line, steps, DEFAULT_SETTINGS) is None


_HEAD = [
    (0, "Bilaga 7 Ansökan om investeringsmedel för klimatinvesteringar"),
    (0, "============================================================="),
    (0, ""),
    (0, "Namn på insats: Öppna gården på Kungsklippan"),
    (0, "Sökt belopp: 0,3 mnkr"),
    (0, "Sökande nämnd: Kungsholmens stadsdelsnämnd"),
    (0, "Ev medsökande nämnd:                Kontaktperson: Linnea Korhonen"),
    (0, "Telefon: 08-508 54 955              E-post: linnea.korhonen@stockholm.se"),
    (0, "Ev samverkan: Nattvandrarna i Söderort samt AB Svenska Bostäder"),
    (0, ""),
    (0, "1. Beskrivning (mål och syfte)"),
    (4, "Insatsen ska skapa en vuxen närvaro som gör det lättare att ingripa."),
]


def test_label_value_pairs_at_a_wide_pitch_part_at_their_labels_only():
    assert summary(lay_as_extractor([_typed(_HEAD)])) == [
        ("Namn på insats:", "Öppna gården på Kungsklippan", 1),
        ("Sökt belopp:", "0,3 mnkr", 1),
        ("Sökande nämnd:", "Kungsholmens stadsdelsnämnd", 1),
        ("Ev medsökande nämnd:", "", 1),
        ("Kontaktperson:", "Linnea Korhonen", 1),
        ("Telefon:", "08-508 54 955", 1),
        ("E-post:", "linnea.korhonen@stockholm.se", 1),
        ("Ev samverkan:", "Nattvandrarna i Söderort samt AB Svenska Bostäder", 1),
        ("1. Beskrivning (mål och syfte)", "Insatsen ska skapa en vuxen närvaro som gör det lättare att ingripa.", 1),
    ]


def test_an_item_label_wrapped_at_the_measure_under_its_answers_indent_is_one_label():
    page = _typed(
        [
            (0, "Bilaga 5 - Uppföljning trygghetsinvestering"),
            (0, ""),
            (0, "[1] Projektets namn"),
            (4, "Trygghetsbelysning vid Spånga station"),
            (0, ""),
            (0, "[2] Beskrivning av slutresultat utifrån investeringens mål, syfte och platsens"),
            (4, "behov av trygghetsskapande åtgärd"),
            (4, "Stigen upplevs nu som öppen och ljus, enligt de boende."),
            (0, ""),
            (0, "[3] Avvikelser"),
            (4, "inga avvikelser"),
        ]
    )
    assert summary(lay_as_extractor([page])) == [
        ("[1] Projektets namn", "Trygghetsbelysning vid Spånga station", 1),
        (
            "[2] Beskrivning av slutresultat utifrån investeringens mål, syfte och platsens behov av "
            "trygghetsskapande åtgärd",
            "Stigen upplevs nu som öppen och ljus, enligt de boende.",
            1,
        ),
        ("[3] Avvikelser", "inga avvikelser", 1),
    ]


def test_a_word_space_at_a_wide_pitch_parts_no_label_from_its_answer():
    # 10 characters an inch in type of 11.6 pt: a space leaves 7.4 pt, over a column gap's share of the type.
    # The padded labels' answers start at column 23; the heading's fifth word happens to start there too.
    rows = [
        (0, "Bilaga 7 Ansökan om investeringsmedel för klimatinvesteringar"),
        (0, ""),
        (0, "Namn på insats ......: Cykelparkering vid torget"),
        (0, "Sökt belopp .........: 209 000 kr"),
        (0, "Sökande nämnd .......: Kungsholmens stadsdelsnämnd"),
        (0, "Kontaktperson .......: Karin Hassan"),
        (0, ""),
        (0, "[1] 1. Beskrivning och syfte"),
        (4, "Fler och bättre cykelparkeringar ska göra det enklare att välja cykeln."),
    ]
    assert summary(lay_as_extractor([_typed(rows, size=11.6, glyph=6.96, pitch=7.2)]))[-1] == (
        "[1] 1. Beskrivning och syfte",
        "Fler och bättre cykelparkeringar ska göra det enklare att välja cykeln.",
        1,
    )

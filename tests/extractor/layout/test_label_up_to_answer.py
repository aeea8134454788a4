"""A table's label cell just wide enough for its longest line (LibreOffice printing pandoc's ODT, issue #12): the
wrapped label runs up to its answer a word space short of the value column. The answer's line still starts at the
value column, so the line is a label's line and an answer's, not one full-width line."""

from __future__ import annotations

from bilagor.extractor.words import Page
from factories import words
from layout_builders import TITLE, lay_as_extractor, summary

LABEL_X = 72.0
LEAD = 14.0


def _value_x(widest: str) -> float:
    """The value column a word space right of the widest label line."""
    return words(widest, LABEL_X, 0)[-1].x1 + 3.0


def _row(labels: list[str], answers: list[str], top: float, value_x: float) -> list:
    out = []
    for i, text in enumerate(labels):
        out += words(text, LABEL_X, top + i * LEAD)
    for i, text in enumerate(answers):
        out += words(text, value_x, top + i * LEAD)
    return out


def _page(rows: list[tuple[list[str], list[str]]], value_x: float) -> Page:
    ws, top = list(TITLE), 100.0
    for labels, answers in rows:
        ws += _row(labels, answers, top, value_x)
        top += LEAD * max(len(labels), len(answers)) + 6
    return Page(1, 595.0, 842.0, ws)


def test_a_wrapped_label_line_up_to_its_answer_continues_the_label():
    middle = "investeringens mål, syfte och platsens behov av"
    x = _value_x(middle)
    rows = [
        (["Projektnamn"], ["Belysning i Tunnlandsparken"]),
        (["Beskrivning av slutresultat utifrån", middle, "trygghetsskapande åtgärd"],
         ["Armaturerna byttes under hösten", "och parken är nu ljusare", "om kvällarna."]),
        (["Avvikelser"], ["Inga avvikelser."]),
    ]  # fmt: skip
    assert summary(lay_as_extractor([_page(rows, x)])) == [
        ("Projektnamn", "Belysning i Tunnlandsparken", 1),
        (
            "Beskrivning av slutresultat utifrån investeringens mål, syfte och platsens behov av trygghetsskapande åtgärd",
            "Armaturerna byttes under hösten och parken är nu ljusare om kvällarna.",
            1,
        ),
        ("Avvikelser", "Inga avvikelser.", 1),
    ]


def test_a_row_s_first_label_line_up_to_its_answer_opens_the_row():
    first = "Beskrivning av ekonomiskt utfall och eventuell"
    x = _value_x(first)
    rows = [
        (["Projektnamn"], ["Belysning i Tunnlandsparken"]),
        ([first, "avvikelse mot kalkylerade utgifter"], ["Utfallet blev 410 000 kr", "mot budgeten 450 000 kr."]),
        (["Bilder före"], ["Se bilaga."]),
    ]
    assert summary(lay_as_extractor([_page(rows, x)])) == [
        ("Projektnamn", "Belysning i Tunnlandsparken", 1),
        (
            "Beskrivning av ekonomiskt utfall och eventuell avvikelse mot kalkylerade utgifter",
            "Utfallet blev 410 000 kr mot budgeten 450 000 kr.",
            1,
        ),
        ("Bilder före", "Se bilaga.", 1),
    ]


def test_a_full_width_paragraph_with_a_word_at_the_value_column_stays_whole():
    first = "Beskrivning av ekonomiskt utfall och eventuell"
    x = _value_x(first)
    ws = list(TITLE) + _row(["Projektnamn"], ["Belysning i Tunnlandsparken"], 100.0, x)
    ws += words("Bakgrund", LABEL_X, 130.0, font="Helvetica-Bold")
    ws += words(first + " avvikelse mot kalkylerade utgifter ska redovisas.", LABEL_X, 130.0 + LEAD)
    ws += words("Kostnaden blev lägre än beräknat.", LABEL_X, 130.0 + 2 * LEAD)
    lines = [b for b in summary(lay_as_extractor([Page(1, 595.0, 842.0, ws)])) if b[0] != "Projektnamn"]
    assert all("avvikelse mot kalkylerade" not in label for label, _, _ in lines)


def test_a_label_across_the_page_over_its_answer_set_in_stays_whole():
    """A word processor's tab stops: a long label runs across the page, a word of it by chance at the value
    column, and its answer is set in under it at that column: nothing goes on in the label column below."""
    label = "Beskrivning av eventuella avvikelser i projektets genomförande"
    x = words(label, LABEL_X, 0, font="Helvetica-Bold")[3].x0 - 4.5  # "avvikelser" just right of the value column
    ws = list(TITLE) + words("Projektnamn", LABEL_X, 100.0, font="Helvetica-Bold")
    ws += words("Belysning i Tunnlandsparken", x, 100.0)
    ws += words("Plats", LABEL_X, 114.0, font="Helvetica-Bold") + words("Tunnlandsparken", x, 114.0)
    ws += words(label, LABEL_X, 130.0, font="Helvetica-Bold")
    ws += _row([], ["Ledningar i marken krävde att stolparna", "flyttades en bit."], 130.0 + LEAD, x)
    assert summary(lay_as_extractor([Page(1, 595.0, 842.0, ws)]))[-1] == (
        label,
        "Ledningar i marken krävde att stolparna flyttades en bit.",
        1,
    )

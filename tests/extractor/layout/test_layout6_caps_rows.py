"""Issue #12, sixth round: a narrow label column in capitals (bold, or a size of its own) whose
labels wrap at the answers' leading, table rows parted by a row gap. A label wrapped over
several lines is one label, however small its type against that leading; a label word as wide
as its column, its answer starting at the value column right after it (or touching it), is
still a label beside its answer."""

from __future__ import annotations

from bilagor.extractor.words import Page
from factories import words
from layout_builders import LABEL_X, TITLE, lay_as_extractor, summary

BOLD = "Times-Bold"
VALUE_X = 155.0
LEADING = 14.9  # the answers' line pitch; wrapped label lines follow at it too
ROW_GAP = 7.5  # a table row's padding: the next row starts this much further down


def _rows(rows: list[tuple[list[str], list[str]]], label_size: float, top: float = 100.0) -> list:
    ws = []
    y = top
    for labels, values in rows:
        for i, text in enumerate(labels):
            ws += words(text, LABEL_X, y + i * LEADING, size=label_size, font=BOLD)
        for i, text in enumerate(values):
            ws += words(text, VALUE_X, y + i * LEADING, size=11.0, font="Times-Roman")
        y += max(len(labels), len(values), 1) * LEADING + ROW_GAP
    return ws


ROWS = [
    (["PROJEKTNAMN"], ["Trygg skolväg i Rågsved"]),
    (["GEOGRAFISK", "PLATS FÖR", "INVESTERING"], ["Rågsveds centrum, Enskede-Årsta-Vantör"]),
    (["PROJEKTETS", "MÅL OCH", "SYFTE"], ["Många barn går genom en mörk gångtunnel."]),
    (
        ["BESKRIVNING AV", "SLUTRESULTAT"],
        [
            "Gångtunneln har fått ny belysning",
            "och väggarna har målats. Buskar",
            "längs skolvägen har beskurits",
            "under hösten.",
        ],
    ),
    (
        ["BESKRIVNING", "AV", "EVENTUELLA", "AVVIKELSER I", "PROJEKTETS", "GENOMFÖRANDE"],
        ["Arbetet blev försenat med två", "månader."],
    ),
    (["BILDER FÖRE"], []),
    (["BILDER EFTER"], []),
]
EXPECTED = [
    ("PROJEKTNAMN", "Trygg skolväg i Rågsved", 1),
    ("GEOGRAFISK PLATS FÖR INVESTERING", "Rågsveds centrum, Enskede-Årsta-Vantör", 1),
    ("PROJEKTETS MÅL OCH SYFTE", "Många barn går genom en mörk gångtunnel.", 1),
    (
        "BESKRIVNING AV SLUTRESULTAT",
        "Gångtunneln har fått ny belysning och väggarna har målats. Buskar längs skolvägen har beskurits under hösten.",
        1,
    ),
    ("BESKRIVNING AV EVENTUELLA AVVIKELSER I PROJEKTETS GENOMFÖRANDE", "Arbetet blev försenat med två månader.", 1),
    ("BILDER FÖRE", "", 1),
    ("BILDER EFTER", "", 1),
]


def test_small_capital_labels_wrapping_at_the_answers_leading_are_one_label_each():
    # 9.5 pt labels at a 14.9 pt pitch: 1.57 times their size, more than a label's own leading.
    page = Page(1, 595.0, 842.0, list(TITLE) + _rows(ROWS, label_size=9.5))
    assert summary(lay_as_extractor([page])) == EXPECTED


def test_larger_capital_labels_wrapping_at_the_answers_leading_are_one_label_each():
    page = Page(1, 595.0, 842.0, list(TITLE) + _rows(ROWS, label_size=12.0))
    assert summary(lay_as_extractor([page])) == EXPECTED


def _touching(label: str, value: str, top: float, overlap: float) -> list:
    """A bold capital label word wider than its column: the answer starts at the value column,
    `overlap` pt before the label word ends (negative: a gap narrower than a word space)."""
    head = words(label, LABEL_X, top, size=12.0, font=BOLD)
    head[-1] = head[-1].__class__(
        head[-1].text, head[-1].x0, VALUE_X + overlap, head[-1].top, head[-1].bottom, BOLD, 12.0
    )
    return head + words(value, VALUE_X, top, size=11.0, font="Times-Roman")


def test_label_words_as_wide_as_their_column_still_part_label_and_answer():
    ws = list(TITLE)
    ws += _touching("PROJEKTNAMN", "Ny belysning vid Vällingby torg", 100, 3.5)
    ws += _touching("GEOGRAFISK", "Vällingby torg i Hässelby-Vällingby", 125, -2.0)
    ws += words("PLATS FÖR", LABEL_X, 140, size=12.0, font=BOLD)
    ws += words("INVESTERING", LABEL_X, 155, size=12.0, font=BOLD)
    ws += _touching("PROJEKTETS", "Belysningen på torget är gammal.", 180, -3.0)
    ws += words("MÅL OCH SYFTE", LABEL_X, 195, size=12.0, font=BOLD)
    ws += words("Slutredovisning", VALUE_X, 220, size=11.0, font="Times-Roman")
    ws += _touching("BESKRIVNING", "Armaturerna har bytts ut och", 245, 1.0)
    ws += words("AV", LABEL_X, 260, size=12.0, font=BOLD) + words(
        "fasadbelysning har kompletterats.", VALUE_X, 260, size=11.0
    )
    ws += words("SLUTRESULTAT", LABEL_X, 275, size=12.0, font=BOLD)
    page = Page(1, 595.0, 842.0, ws)
    assert summary(lay_as_extractor([page])) == [
        ("PROJEKTNAMN", "Ny belysning vid Vällingby torg", 1),
        ("GEOGRAFISK PLATS FÖR INVESTERING", "Vällingby torg i Hässelby-Vällingby", 1),
        ("PROJEKTETS MÅL OCH SYFTE", "Belysningen på torget är gammal.", 1),
        ("BESKRIVNING AV SLUTRESULTAT", "Armaturerna har bytts ut och fasadbelysning har kompletterats.", 1),
    ]


def test_a_one_letter_line_in_a_capital_label_continues_it():
    rows = [
        (["PROJEKTNAMN"], ["Trygg skolväg i Rågsved"]),
        (["BESKRIVNING", "AV", "EVENTUELLA", "AVVIKELSER", "I", "PROJEKTETS", "GENOMFÖRANDE"], ["Inga avvikelser."]),
        (["BILDER FÖRE"], []),
    ]
    page = Page(1, 595.0, 842.0, list(TITLE) + _rows(rows, label_size=11.0))
    assert summary(lay_as_extractor([page])) == [
        ("PROJEKTNAMN", "Trygg skolväg i Rågsved", 1),
        ("BESKRIVNING AV EVENTUELLA AVVIKELSER I PROJEKTETS GENOMFÖRANDE", "Inga avvikelser.", 1),
        ("BILDER FÖRE", "", 1),
    ]


def test_a_capital_label_word_run_into_its_answer_in_the_text_layer_is_parted_at_the_value_column():
    # The label word overprints the answer's first letters: the text layer reads one word
    # 'PROJEKTNAMNBelysning' from the label column into the value column.
    merged = words("PROJEKTNAMNBelysning", LABEL_X, 100, size=12.0, font=BOLD)[0]
    merged = merged.__class__(merged.text, merged.x0, VALUE_X + 50, merged.top, merged.bottom, BOLD, 12.0)
    ws = list(TITLE) + [merged] + words("av gångvägen", VALUE_X + 54, 100, size=12.0)
    ws += words("GEOGRAFISK", LABEL_X, 125, size=12.0, font=BOLD) + words(
        "Tunnlandsparken, Skarpnäck", VALUE_X, 125, size=12.0
    )
    ws += words("PLATS FÖR", LABEL_X, 140, size=12.0, font=BOLD)
    ws += words("PROJEKTETS", LABEL_X, 165, size=12.0, font=BOLD) + words("Gångvägen är mörk.", VALUE_X, 165, size=12.0)
    page = Page(1, 595.0, 842.0, ws)
    assert summary(lay_as_extractor([page]))[:2] == [
        ("PROJEKTNAMN", "Belysning av gångvägen", 1),
        ("GEOGRAFISK PLATS FÖR", "Tunnlandsparken, Skarpnäck", 1),
    ]


def test_a_bold_label_word_drawn_far_over_its_answer_still_parts_at_the_value_column():
    ws = list(TITLE) + _rows(ROWS[:2], label_size=9.5)
    over = words("TRYGGHETSSKAPANDE", LABEL_X, 204.9, size=9.5, font=BOLD)[0]
    over = over.__class__(over.text, over.x0, VALUE_X + 23.0, over.top, over.bottom, BOLD, 9.5)
    ws += words("BEHOV AV", LABEL_X, 190, size=9.5, font=BOLD)
    ws += words("Boende har haft en", VALUE_X, 190, size=11.0, font="Times-Roman")
    ws += [over] + words("löpande dialog med staden.", VALUE_X, 204.9, size=11.0, font="Times-Roman")
    ws += words("ÅTGÄRD", LABEL_X, 219.8, size=9.5, font=BOLD)
    ws += words("Inga fler ändringar gjordes.", VALUE_X, 219.8, size=11.0, font="Times-Roman")
    page = Page(1, 595.0, 842.0, ws)
    assert summary(lay_as_extractor([page]))[-1] == (
        "BEHOV AV TRYGGHETSSKAPANDE ÅTGÄRD",
        "Boende har haft en löpande dialog med staden. Inga fler ändringar gjordes.",
        1,
    )


ECONOMY = ["BESKRIVNING AV", "EKONOMISKT", "UTFALL OCH", "EVENTUELL", "AVVIKELSE MOT", "KALKYLERADE", "UTGIFTER"]
DEVIATIONS = ["BESKRIVNING AV", "EVENTUELLA", "AVVIKELSER I"]


def test_a_complete_capital_label_at_a_page_foot_is_not_continued_atop_the_next_page():
    first = (
        list(TITLE) + _rows(ROWS[:4], label_size=9.5) + _rows([(ECONOMY, ["Utfallet blev 0,3 mnkr."])], 9.5, top=700.0)
    )
    second = _rows([(["BILDER", "FÖRE"], ["Se bifogade fotografier."]), (["BILDER", "EFTER"], [])], 9.5, top=62.0)
    got = summary(lay_as_extractor([Page(1, 595.0, 842.0, first), Page(2, 595.0, 842.0, second)]))
    assert got[-3:] == [
        (" ".join(ECONOMY), "Utfallet blev 0,3 mnkr.", 1),
        ("BILDER FÖRE", "Se bifogade fotografier.", 2),
        ("BILDER EFTER", "", 2),
    ]


def test_a_small_capital_label_tail_atop_the_next_page_is_no_page_furniture():
    # 9.5 pt capitals under 11 pt answers: small print at the top edge, but set as the labels are.
    first = list(TITLE) + _rows(ROWS[:4], label_size=9.5) + _rows([(DEVIATIONS, ["Inga avvikelser."])], 9.5, top=760.0)
    second = _rows([(["PROJEKTETS", "GENOMFÖRANDE"], [])], 9.5, top=62.0)
    second += _rows([(ECONOMY, ["Utfallet blev 0,3 mnkr."])], 9.5, top=100.0)
    got = summary(lay_as_extractor([Page(1, 595.0, 842.0, first), Page(2, 595.0, 842.0, second)]))
    assert got[-2:] == [
        (" ".join(DEVIATIONS) + " PROJEKTETS GENOMFÖRANDE", "Inga avvikelser.", 1),
        (" ".join(ECONOMY), "Utfallet blev 0,3 mnkr.", 2),
    ]

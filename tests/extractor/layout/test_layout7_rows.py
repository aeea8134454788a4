"""Issue #12, seventh round: a narrow small-capital label column whose labels wrap at their own
pitch with the answer centred on them (label-only lines between answer lines), a header table of
label/value cells with the labels centred in their cells, a table continued on the next page
under its repeated column-header row in body type, and an answer right under its label that reads
like a label by a rule ('Trygghetskameror i samverkan ...')."""

from __future__ import annotations

from bilagor.extractor.words import Page
from factories import words
from layout_builders import LABEL_X, TITLE, lay_as_extractor, summary

BOLD = "Helvetica-Bold"
VALUE_X = 177.0
LEAD = 14.0  # the answers' leading; the small labels wrap at the same pitch


def _centred_rows(rows, top: float, label_size: float = 8.5):
    """Each label's lines at LEAD, its answer centred on them (label-only lines above and below)."""
    ws, y = [], top
    for labels, values in rows:
        height = max(len(labels), len(values)) * LEAD
        label_top = y + (height - len(labels) * LEAD) / 2
        value_top = y + (height - len(values) * LEAD) / 2 + 6.0  # larger type: its top sits lower
        for i, text in enumerate(labels):
            ws += words(text, LABEL_X, label_top + i * LEAD, size=label_size, font=BOLD)
        for i, text in enumerate(values):
            ws += words(text, VALUE_X, value_top + i * LEAD, size=10.5)
        y += height + 8.5
    return ws, y


CENTRED = [
    (
        ["PROJEKTETS MÅL OCH", "SYFTE"],
        ["Investeringen ska minska de mörka partierna vid", "gångstråket och göra det ljusare."],
    ),
    (
        [
            "BESKRIVNING AV",
            "SLUTRESULTAT",
            "UTIFRÅN",
            "INVESTERINGENS MÅL,",
            "SYFTE OCH PLATSENS",
            "BEHOV AV",
            "TRYGGHETSSKAPANDE",
            "ÅTGÄRD",
        ],
        ["Belysningen styrs med skymningsrelä och dimras efter", "midnatt för att spara energi."],
    ),
    (
        ["BESKRIVNING AV", "EVENTUELLA", "AVVIKELSER I", "PROJEKTETS", "GENOMFÖRANDE"],
        ["Leveransen av stolpar försenades med sex veckor.", "Arbetet delades upp i två etapper."],
    ),
    (["BILDER FÖRE"], ["Bilder saknas."]),
]


def test_small_capital_labels_wrapping_at_their_own_pitch_around_a_centred_answer():
    ws, _ = _centred_rows(CENTRED, 140.0)
    got = summary(lay_as_extractor([Page(1, 595.0, 842.0, list(TITLE) + ws)]))
    assert [(label, text) for label, text, _ in got] == [
        (" ".join(labels), " ".join(values)) for labels, values in CENTRED
    ]


def test_a_header_table_whose_labels_are_centred_in_their_cells():
    """'PROJEKTNAMN | answer | GEOGRAFISK PLATS FÖR INVESTERING | answer', the labels small and
    centred on their cells' two-line answers (the label's first line above the answers')."""
    ws = list(TITLE)
    ws += words("GEOGRAFISK", 300.0, 84.6, size=8.5, font=BOLD)
    ws += words("Belysning av entréer och", 155.0, 90.4, size=10.5) + words(
        "Farsta strand (Farsta", 390.0, 90.4, size=10.5
    )
    ws += words("PROJEKTNAMN", LABEL_X, 98.0, size=8.5, font=BOLD) + words(
        "PLATS FÖR", 300.0, 98.0, size=8.5, font=BOLD
    )
    ws += words("genvägar, Farsta strand", 155.0, 103.8, size=10.5) + words("stadsdelsnämnd)", 390.0, 103.8, size=10.5)
    ws += words("INVESTERING", 300.0, 111.4, size=8.5, font=BOLD)
    body, _ = _centred_rows(CENTRED[:1] + CENTRED[-1:], 142.0)
    rules = [(LABEL_X - 3, y, 560.0, y) for y in (81.0, 123.0)]
    rules += [(x, 81.0, x, 123.0) for x in (LABEL_X - 3, 150.0, 296.0, 385.0, 560.0)]
    got = summary(lay_as_extractor([Page(1, 595.0, 842.0, ws + body, rules)]))
    assert [(label, text) for label, text, _ in got][:2] == [
        ("PROJEKTNAMN", "Belysning av entréer och genvägar, Farsta strand"),
        ("GEOGRAFISK PLATS FÖR INVESTERING", "Farsta strand (Farsta stadsdelsnämnd)"),
    ]


def _table_page(number: int, rows, top: float, header=("Rubrik", "Uppgift")) -> list:
    ws = words(header[0], LABEL_X, top, size=11.0) + words(header[1], 198.0, top, size=11.0)
    y = top + 20.0
    for label, values in rows:
        if label:
            ws += words(label, LABEL_X, y, size=11.0, font=BOLD)
        for text in values:
            ws += words(text, 198.0 if label is not None else LABEL_X, y, size=11.0)
            y += 14.3
        y += 6.0
    return ws


def test_a_repeated_column_header_row_in_body_type_is_no_section():
    first = list(TITLE) + _table_page(
        1,
        [
            ("Namn på insats", ["Upprustning av Solberga bollplan"]),
            ("Sökt belopp", ["650 000 kr"]),
            ("Kontaktperson", ["Erik Karlsson, projektledare"]),
            ("Beskrivning", ["Syftet är att göra bollplanen till en trygg mötesplats.", "Arbetet börjar under"]),
        ],
        110.0,
    )
    second = _table_page(2, [("", ["våren och pågår hela sommaren."]), ("Telefon", ["08-508 32 199"])], 74.0)
    got = summary(lay_as_extractor([Page(1, 595.0, 842.0, first), Page(2, 595.0, 842.0, second)]))
    assert [(label, text) for label, text, _ in got] == [
        ("Namn på insats", "Upprustning av Solberga bollplan"),
        ("Sökt belopp", "650 000 kr"),
        ("Kontaktperson", "Erik Karlsson, projektledare"),
        (
            "Beskrivning",
            "Syftet är att göra bollplanen till en trygg mötesplats. Arbetet börjar under våren och pågår hela sommaren.",
        ),
        ("Telefon", "08-508 32 199"),
    ]


def test_an_answer_right_under_its_label_that_a_rule_reads_as_a_label():
    """'Trygghetskameror i samverkan med polisen, Skanstull' names a known label's word, but it
    stands right under an open label at the answers' pitch: its answer."""
    ws = list(TITLE)
    y = 100.0
    rows = [
        ("PROJEKTNAMN", "Trygghetskameror i samverkan med polisen, Skanstull"),
        ("GEOGRAFISK PLATS FÖR INVESTERING", "Skanstull (Södermalms stadsdelsnämnd)"),
        ("PROJEKTETS MÅL OCH SYFTE", "Projektet ska ge polisen bättre möjligheter att utreda brott."),
    ]
    for label, answer in rows:
        ws += words(label, LABEL_X, y, size=8.5) + words(answer, LABEL_X, y + 14.0, size=10.0)
        y += 42.0
    got = summary(lay_as_extractor([Page(1, 595.0, 842.0, ws)]))
    assert [(label, text) for label, text, _ in got] == rows


def test_a_numbered_label_in_the_label_column_with_its_answer_centred_on_it():
    """'1. BESKRIVNING (MÅL OCH SYFTE)' in the narrow label column, its two answer lines above and
    below it; '1.1' alone on a line with the label's words on the next."""
    ws = list(TITLE)
    ws += words("EVENTUELL SAMVERKAN", LABEL_X, 100.0, size=7.0, font=BOLD) + words(
        "Polisen och nattvandrarna.", 147.0, 99.0, size=9.0
    )
    ws += words("Syftet är att ersätta förvaltningens bilar med elbilar och", 225.0, 128.2, size=9.0)
    ws += words("1. BESKRIVNING (MÅL OCH SYFTE)", LABEL_X, 135.2, size=7.0, font=BOLD)
    ws += words("minska utsläppen under 2026.", 225.0, 140.2, size=9.0)
    ws += words("1.1", LABEL_X, 161.6, size=7.0, font=BOLD)
    ws += words("Förvaltningens fordon drivs i dag av bensin och diesel.", 225.0, 166.7, size=9.0)
    ws += words("BEHOVSANALYS/PROBLEMBESKRIVNING", LABEL_X, 173.6, size=7.0, font=BOLD)
    got = summary(lay_as_extractor([Page(1, 595.0, 842.0, ws)]))
    assert [(label, text) for label, text, _ in got] == [
        ("EVENTUELL SAMVERKAN", "Polisen och nattvandrarna."),
        (
            "1. BESKRIVNING (MÅL OCH SYFTE)",
            "Syftet är att ersätta förvaltningens bilar med elbilar och minska utsläppen under 2026.",
        ),
        ("1.1 BEHOVSANALYS/PROBLEMBESKRIVNING", "Förvaltningens fordon drivs i dag av bensin och diesel."),
    ]

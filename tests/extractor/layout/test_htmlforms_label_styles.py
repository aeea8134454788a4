"""Label columns as web forms style them: labels set flush right in their column (CSS
text-align: right), and labels set in capitals (CSS text-transform: uppercase)."""

from __future__ import annotations

from bilagor.extractor.words import Page
from factories import words
from layout_builders import LABEL_X, TITLE, VALUE_X, lay, summary

EDGE = VALUE_X - 14  # the label column's right edge
LEAD = 14.0


def _width(text: str, size: float = 11.0) -> float:
    return sum(0.5 * size * len(t) for t in text.split()) + 0.28 * size * (len(text.split()) - 1)


def _rows(rows, *, flush_right: bool, top: float = 100.0, edge: float = EDGE) -> Page:
    ws, y = list(TITLE), top
    for labels, values in rows:
        for i in range(max(len(labels), len(values))):
            if i < len(labels):
                x = edge - _width(labels[i]) if flush_right else LABEL_X
                ws += words(labels[i], x, y)
            if i < len(values):
                ws += words(values[i], VALUE_X, y)
            y += LEAD
        y += 8
    return Page(1, 595.0, 842.0, ws)


FOLLOWUP = [
    (["Projektnamn"], ["Trygghetsbelysning i Husby"]),
    (["Plats"], ["Husby torg, Rinkeby-Kista"]),
    (["Syfte och mål"], ["Gångvägen ska kännas trygg."]),
    (["Resultat"], ["Tolv nya armaturer har satts upp."]),
    (["Beskrivning av", "ekonomiskt utfall"], ["Utfallet blev 480 000 kr.", "Budgeten var 500 000 kr."]),
]


def test_labels_set_flush_right_make_a_label_column():
    assert summary(lay([_rows(FOLLOWUP, flush_right=True)])) == [
        ("Projektnamn", "Trygghetsbelysning i Husby", 1),
        ("Plats", "Husby torg, Rinkeby-Kista", 1),
        ("Syfte och mål", "Gångvägen ska kännas trygg.", 1),
        ("Resultat", "Tolv nya armaturer har satts upp.", 1),
        ("Beskrivning av ekonomiskt utfall", "Utfallet blev 480 000 kr. Budgeten var 500 000 kr.", 1),
    ]


def test_labels_flush_right_a_cell_padding_from_their_answers_make_a_label_column():
    # 8 pt between label and answer (two cells' padding): less than a column gap at 11 pt.
    assert summary(lay([_rows(FOLLOWUP, flush_right=True, edge=VALUE_X - 8)]))[:2] == [
        ("Projektnamn", "Trygghetsbelysning i Husby", 1),
        ("Plats", "Husby torg, Rinkeby-Kista", 1),
    ]


def test_a_label_in_capitals_wraps_onto_a_line_starting_with_a_capital():
    rows = [
        (["PROJEKTETS NAMN"], ["Konst i gångtunnlar"]),
        (["GEOGRAFISK PLATS", "FÖR INVESTERING"], ["Solbergaparken, Älvsjö"]),
        (["EKONOMISK", "REDOVISNING"], ["Utfallet blev 0,71 Mkr", "mot budget 0,85 Mkr."]),
        (["GEOGRAFISK", "PLATS FÖR", "INVESTERING"], ["Årsta IP"]),
        (["BILDER FÖRE"], ["Se bilaga."]),
        (["BILDER EFTER"], ["Se bilaga."]),
    ]
    assert [(label, text) for label, text, _ in summary(lay([_rows(rows, flush_right=False)]))] == [
        ("PROJEKTETS NAMN", "Konst i gångtunnlar"),
        ("GEOGRAFISK PLATS FÖR INVESTERING", "Solbergaparken, Älvsjö"),
        ("EKONOMISK REDOVISNING", "Utfallet blev 0,71 Mkr mot budget 0,85 Mkr."),
        ("GEOGRAFISK PLATS FÖR INVESTERING", "Årsta IP"),
        ("BILDER FÖRE", "Se bilaga."),
        ("BILDER EFTER", "Se bilaga."),
    ]

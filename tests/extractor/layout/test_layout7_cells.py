"""Issue #12, seventh round: e-service receipts. A grid of cells, each a label above its value
(several cells a row, no rules or boxes), is read cell by cell as label/answer pairs, unknown
labels too ('Diarienummer'); a group heading over a fieldset ('Om ärendet') is no section; a
definition list with each label beside its answer keeps a numbered label that wraps in its
column, and one whose last word runs into its answer."""

from __future__ import annotations

from bilagor.extractor.words import Page
from factories import words
from layout_builders import LABEL_X, TITLE, lay_as_extractor, summary

BOLD = "Helvetica-Bold"
COLUMNS = (LABEL_X, 240.0, 410.0)  # where each cell of a grid row starts
DT_VALUE_X = 215.0  # the definition list's answers


def _cell_rows(rows, top: float, label_font: str = BOLD, label_size: float = 10.0, caps: bool = False):
    """rows: per grid row, (label lines, value lines) per cell; labels above their values."""
    ws, y = [], top
    for row in rows:
        height = 0.0
        for (labels, values), x in zip(row, COLUMNS):
            cy = y
            for text in labels:
                ws += words(text.upper() if caps else text, x, cy, size=label_size, font=label_font)
                cy += 13.0
            cy += 2.0
            for text in values:
                ws += words(text, x, cy, size=10.0)
                cy += 13.5
            height = max(height, cy - y)
        y += height + 10.0
    return ws, y


GRID = [
    [
        (["Diarienummer"], ["SDN-2024/3311"]),
        (["Registrerad"], ["2024-05-02"]),
        (["Projektnamn"], ["Laddstolpar vid", "Kista gård"]),  # narrow cells: a value wraps
    ],
    [(["Geografisk plats för", "investering"], ["Kista gård, Rinkeby-Kista", "stadsdelsnämnd"])],
]
WANT_GRID = [
    ("Diarienummer", "SDN-2024/3311"),
    ("Registrerad", "2024-05-02"),
    ("Projektnamn", "Laddstolpar vid Kista gård"),
    ("Geografisk plats för investering", "Kista gård, Rinkeby-Kista stadsdelsnämnd"),
]
DL = [
    (["Projektets mål och syfte"], ["Att ersätta förvaltningens bilar med elbilar."]),
    (["Beskrivning av eventuella", "avvikelser i projektets", "genomförande"], ["Inga avvikelser har förekommit."]),
    (["Bilder före"], ["Se bilaga."]),
]
WANT_DL = [
    ("Projektets mål och syfte", "Att ersätta förvaltningens bilar med elbilar."),
    ("Beskrivning av eventuella avvikelser i projektets genomförande", "Inga avvikelser har förekommit."),
    ("Bilder före", "Se bilaga."),
]


def _definition_list(rows, top: float, label_font: str = BOLD, label_size: float = 10.0):
    ws, y = [], top
    for labels, values in rows:
        for i, text in enumerate(labels):
            ws += words(text, LABEL_X, y + i * 13.0, size=label_size, font=label_font)
        for i, text in enumerate(values):
            ws += words(text, DT_VALUE_X, y + i * 13.5, size=10.0)
        y += max(len(labels) * 13.0, len(values) * 13.5) + 8.0
    return ws, y


def _receipt(label_font: str = BOLD, caps: bool = False, legends=("Om ärendet", "Redovisning")) -> Page:
    ws = list(TITLE)
    ws += words(legends[0], LABEL_X + 4, 90.0, size=10.0, font=BOLD)
    grid, y = _cell_rows(GRID, 110.0, label_font, caps=caps)
    ws += grid
    ws += words(legends[1], LABEL_X + 4, y + 10, size=10.0, font=BOLD)
    dl, _ = _definition_list(DL, y + 32, label_font)
    return Page(1, 595.0, 842.0, ws + dl)


def _pairs(page: Page) -> list[tuple[str, str]]:
    return [(label, text) for label, text, _ in summary(lay_as_extractor([page]))]


def _folded(pairs):
    return [(label.lower(), text) for label, text in pairs]


def test_cells_with_labels_above_values_are_pairs_and_legends_no_sections():
    assert _pairs(_receipt()) == WANT_GRID + WANT_DL


def test_cell_labels_in_small_capitals_above_their_values():
    got = _pairs(_receipt(label_font="Helvetica", caps=True))
    assert _folded(got[:4]) == _folded(WANT_GRID)


def test_a_row_of_two_unknown_cells_in_plain_type_above_stacked_fields():
    """receipt_stacked: 'Ärendenummer | Inskickat' over their values, then each field's label above
    its answer, all in body type (no boundary: one column)."""
    ws = list(TITLE)
    ws += words("Ditt ärende", LABEL_X + 4, 90.0, size=10.0, font=BOLD)
    ws += words("Ärendenummer", LABEL_X, 110.0, size=10.0) + words("Inskickat", 300.0, 110.0, size=10.0)
    ws += words("E-2019-26277", LABEL_X, 124.0, size=10.0) + words("2019-07-24", 300.0, 124.0, size=10.0)
    ws += words("Redovisning", LABEL_X + 4, 160.0, size=10.0, font=BOLD)
    y = 185.0
    stacked = [
        ("Projektnamn", "Trygghetskameror i samverkan med polisen, Husby torg"),
        ("Plats", "Husby torg, Rinkeby-Kista"),
        ("Projektets mål och syfte", "Att minska skadegörelsen på torget."),
    ]
    for label, answer in stacked:
        ws += words(label, LABEL_X, y, size=10.0) + words(answer, LABEL_X, y + 14.0, size=10.0)
        y += 44.0
    got = _pairs(Page(1, 595.0, 842.0, ws))
    assert got == [("Ärendenummer", "E-2019-26277"), ("Inskickat", "2019-07-24"), *stacked]


def test_a_numbered_label_wrapping_beside_its_answer_keeps_its_tail():
    ws = list(TITLE)
    rows = [
        (["Namn på insats"], ["Pollare vid Vasaparken"]),
        (
            ["1. Beskrivning (mål och", "syfte)"],
            ["Målet är att hindra otillåten biltrafik och samtidigt öppna upp", "platsen visuellt."],
        ),
        (
            ["1.1", "Behovsanalys/problembeskrivning"],
            ["Bilar kör in på gångytorna kvällstid, och det", "skapar dolda hörn."],
        ),
    ]
    # Labels a size smaller than their answers; the last label's long word is wider than its
    # column and runs under its answer's second line.
    dl, _ = _definition_list(rows, 100.0, label_font="Helvetica", label_size=9.0)
    got = _pairs(Page(1, 595.0, 842.0, ws + dl))
    assert got == [
        ("Namn på insats", "Pollare vid Vasaparken"),
        (
            "1. Beskrivning (mål och syfte)",
            "Målet är att hindra otillåten biltrafik och samtidigt öppna upp platsen visuellt.",
        ),
        ("1.1 Behovsanalys/problembeskrivning", "Bilar kör in på gångytorna kvällstid, och det skapar dolda hörn."),
    ]

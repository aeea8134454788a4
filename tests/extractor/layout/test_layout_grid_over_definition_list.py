"""A web receipt: a header grid of cells (label above value, two cells a row) over a definition list whose
labels stand flush right beside their answers. The grid's labels are no evidence that the list below is set
in two text columns: each list label keeps its own answer, in order. A cell's plain answer under its bold
label stays its answer even when a keyword reads it as a label ('Kontaktperson' / 'Sara Holm, projektledare')."""

from __future__ import annotations

from bilagor.extractor.words import Page
from factories import words
from layout_builders import lay_as_extractor, summary

W, H = 595.0, 842.0
SIZE, PITCH = 10.0, 13.5
BOLD = "Helvetica-Bold"
GRID_X = (65.0, 312.0)
LABEL_END, ANSWER_X = 222.0, 232.0

# Cells in rows, as many on the left as on the right where both are filled; the left column holds more
# labels above an answer (an empty right cell shows its label only).
GRID = [
    (("Projektnamn", "Belysning i Rågsveds parklek"), ("Sökt belopp", "180 000 kronor")),
    (("Sökande nämnd", "Enskede-Årsta-Vantörs stadsdelsnämnd"), ("Ev. medsökande nämnd", "")),
    (("Kontaktperson", "Sara Holm, projektledare"), ("Telefon", "08-508 40 112")),
    (("E-post", "sara.holm@stockholm.se"), None),
    (("Ev samverkan", "Svenska Bostäder"), None),
]
LIST = [
    (
        "Beskrivning av slutresultat",
        [
            "Stigen genom parken har fått tolv",
            "nya armaturer och ett staket mot",
            "vägen. Föräldrar hämtar nu",
            "barnen även efter mörkrets inbrott.",
        ],
    ),
    ("Avvikelser", ["Leveransen av stolparna blev", "tre veckor sen."]),
    ("Ekonomiskt utfall", ["Utfallet blev 176 000 kronor."]),
]


def _page() -> Page:
    ws = words("Bilaga 7 Uppföljning av investeringsmedel", 65.0, 96.0, size=14.0, font=BOLD)
    y = 150.0
    for row in GRID:
        for x, cell in zip(GRID_X, row):
            if cell:
                ws += words(cell[0], x, y, size=SIZE, font=BOLD) + words(cell[1], x, y + PITCH, size=SIZE)
        y += 2 * PITCH + 6.0
    y += 12.0
    for label, answer in LIST:
        label_words = words(label, 0.0, y, size=SIZE, font=BOLD)
        ws += words(label, LABEL_END - label_words[-1].x1, y, size=SIZE, font=BOLD)  # flush right
        for i, line in enumerate(answer):
            ws += words(line, ANSWER_X, y + i * PITCH, size=SIZE)
        y += len(answer) * PITCH + 8.0
    return Page(1, W, H, ws)


def test_each_list_label_keeps_its_own_answer_under_a_header_grid():
    got = {label: text for label, text, _ in summary(lay_as_extractor([_page()]))}
    for label, answer in LIST:
        assert got.get(label) == " ".join(answer)
    assert got.get("Kontaktperson") == "Sara Holm, projektledare"

"""Layout: the column boundary found per page (a scan shifts each page differently)."""

from dataclasses import replace

from bilagor.extractor.words import Page, Word

from layout_builders import TITLE, lay, summary, two_column

ROWS = [
    (["Projektnamn"], ["Trygghetsbelysning vid torget"], 0),
    (["Geografisk plats", "för investering"], ["Torget och gångvägen mot skolan"], 0),
    (["Projektets mål", "och syfte"], ["Ökad trygghet kvällstid för boende", "och för dem som går till skolan."], 0),
    (["Beskrivning av", "eventuella avvikelser"], ["Inga avvikelser har uppstått."], 0),
]
ROWS_2 = [
    (["Beskrivning av", "ekonomiskt utfall"], ["Kostnaden blev 410 000 kr mot", "budgeterade 450 000 kr."], 0),
    (["Bilder före"], ["Se bifogade bilder."], 0),
    (["Bilder efter"], ["Se bifogade bilder."], 0),
    (["Övriga kommentarer"], ["Arbetet blev klart i tid."], 0),
]


def scanned(page: Page, dx: float = 0.0) -> Page:
    """The page as OCR gives it (no font names), lying `dx` pt sideways on the scanner glass."""
    return replace(page, words=[replace(w, x0=w.x0 + dx, x1=w.x1 + dx, fontname="") for w in page.words])


def test_a_page_shifted_sideways_gets_its_own_column_boundary():
    first = two_column(ROWS)
    first.words[:0] = TITLE
    first = scanned(first)
    second = scanned(two_column(ROWS_2, page=2), 40.0)
    got = summary(lay([first, second]))
    assert [(label, text) for label, text, _ in got[-4:]] == [
        ("Beskrivning av ekonomiskt utfall", "Kostnaden blev 410 000 kr mot budgeterade 450 000 kr."),
        ("Bilder före", "Se bifogade bilder."),
        ("Bilder efter", "Se bifogade bilder."),
        ("Övriga kommentarer", "Arbetet blev klart i tid."),
    ]


def test_punctuation_fragments_do_not_count_as_column_starts():
    page = two_column(ROWS + ROWS_2)
    page.words[:0] = TITLE
    page = scanned(page)
    # OCR reads a table's inner border as dashes and commas in the gap between the columns,
    # on every row, and as dots left of the label column.
    lines = sorted({round(w.top) for w in page.words if w.top > 90})
    fragments = [
        Word(t, x, x + 3.0, top, top + 11.0) for top, t in zip(lines, "—,-—,.-—,-—,.-—,-") for x in (160.0, 40.0)
    ]
    page = replace(page, words=page.words + fragments)
    got = [(label, text) for label, text, _ in summary(lay([page]))]
    assert [label for label, _ in got] == [
        "Projektnamn",
        "Geografisk plats för investering",
        "Projektets mål och syfte",
        "Beskrivning av eventuella avvikelser",
        "Beskrivning av ekonomiskt utfall",
        "Bilder före",
        "Bilder efter",
        "Övriga kommentarer",
    ]

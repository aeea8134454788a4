"""A spreadsheet printout's rows (h31/c-text, issue #12): one sheet row a line, no gap between rows, each label
level with its answer's first line. A one-line answer that starts in lowercase ("fastighetskontoret och …")
is that row's whole answer, no sign of labels centred in their rows: the long answer below keeps its lines."""

from __future__ import annotations

from layout_builders import lay_as_extractor, summary, two_column

BOLD = "Helvetica-Bold"


def sheet_rows() -> list:
    return [
        (["Kontaktperson"], ["Eva Lind, samordnare"], 0),
        (["Ev samverkan"], ["fastighetskontoret och bostadsbolaget."], 0),
        (
            ["Resultat"],
            ["Belysningen byts mot armaturer som lyser upp", "gångvägen jämnt och minskar", "elanvändningen kraftigt."],
            0,
        ),
        (["Avvikelser"], ["Boende har länge efterfrågat bättre ljus."], 0),
    ]


def test_a_lowercase_one_line_answer_does_not_make_the_rows_centred() -> None:
    blocks = summary(lay_as_extractor([two_column(sheet_rows(), gap=0.0, font=BOLD)]))
    answers = {label: text for label, text, _ in blocks}
    assert answers["Resultat"] == (
        "Belysningen byts mot armaturer som lyser upp gångvägen jämnt och minskar elanvändningen kraftigt."
    )
    assert answers["Avvikelser"] == "Boende har länge efterfrågat bättre ljus."


def gridded(rows: list) -> list:
    """The sheet printed with its gridlines: a rule under every printed row, across the columns."""
    page = two_column(rows, gap=0.0, font=BOLD)
    tops = sorted({w.top for w in page.words})
    page.rules = [(60.0, top + 12.5, 540.0, top + 12.5) for top in tops]
    return [page]


def test_a_label_wrapped_down_a_gridded_sheets_rows_stays_one_label() -> None:
    rows = [
        (["Kontaktperson"], ["Eva Lind, samordnare"], 0),
        (
            ["Beskrivning av", "slutresultat utifrån", "projektets mål"],
            ["Belysningen byts mot armaturer", "som lyser upp gångvägen."],
            0,
        ),
        (["Avvikelser"], ["Inga."], 0),
    ]
    blocks = summary(lay_as_extractor(gridded(rows)))
    assert [(label, text) for label, text, _ in blocks] == [
        ("Kontaktperson", "Eva Lind, samordnare"),
        (
            "Beskrivning av slutresultat utifrån projektets mål",
            "Belysningen byts mot armaturer som lyser upp gångvägen.",
        ),
        ("Avvikelser", "Inga."),
    ]


def test_a_ruled_table_whose_answers_the_rules_do_not_cut_keeps_its_rows() -> None:
    rows = [
        (["Kontaktperson"], ["Eva Lind, samordnare"], 0),
        (["Projektnamn"], ["Trygg park"], 0),
        (["utförare"], ["Parkenheten."], 0),
    ]
    labels = [label for label, _, _ in summary(lay_as_extractor(gridded(rows)))]
    assert labels == ["Kontaktperson", "Projektnamn", "utförare"]


def test_a_paragraph_after_a_blank_sheet_row_stays_above_a_label_wrapped_down_its_rows() -> None:
    rows = [
        (["Kontaktperson"], ["Eva Lind, samordnare"], 0),
        (
            ["Resultat"],
            ["Belysningen byts mot armaturer", "som lyser upp gångvägen.", "", "Boende har varit med", "från början."],
            0,
        ),
        (["Beskrivning av", "eventuella", "avvikelser"], ["Inga."], 0),
    ]
    blocks = summary(lay_as_extractor([two_column(rows, gap=0.0, font=BOLD)]))
    assert [(label, text) for label, text, _ in blocks][1:] == [
        ("Resultat", "Belysningen byts mot armaturer som lyser upp gångvägen. Boende har varit med från början."),
        ("Beskrivning av eventuella avvikelser", "Inga."),
    ]

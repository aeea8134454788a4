"""Definition lists as word processors print them (#12, twenty-third round): each label alone at the margin,
its answer set in under it. A label no vocabulary knows there is a label too, right under the title or after
an answer (the traffic office's 'Bakgrund', 'Genomförande'); a bulleted list closing an answer (its mark a
word of its own, the item's text at a tab further in) is no value column; and under a header grid of bold
label | value pairs the plain labels below keep their answers set in under them ('E-post' over the address)."""

from __future__ import annotations

from bilagor.extractor.text import join_lines
from bilagor.extractor.words import Page
from factories import words
from layout_builders import lay_as_extractor, summary

W, H = 612.0, 792.0
SIZE, LEADING, GAP = 12.0, 14.0, 18.0  # type, the answers' line pitch, label to answer and answer to label
LABEL_X, ANSWER_X, ITEM_X = 72.0, 108.0, 143.0
BOLD = "LiberationSerif-Bold"


def _list_page(fields: list[tuple[str, list[str]]], top: float, title: list[str]) -> Page:
    ws = []
    y = 60.0
    for line in title:
        ws += words(line, LABEL_X, y, size=16.0, font="LiberationSans-Bold")
        y += 20.0
    y = top
    for label, answer in fields:
        ws += words(label, LABEL_X, y, size=SIZE, font="LiberationSerif")
        y += GAP
        for line in answer:
            if line.startswith("• "):
                ws += words("•", ANSWER_X, y + 3.0, size=9.0, font="OpenSymbol")
                ws += words(line[2:], ITEM_X, y, size=SIZE, font="LiberationSerif")
            else:
                ws += words(line, ANSWER_X, y, size=SIZE, font="LiberationSerif")
            y += LEADING
        y += GAP - LEADING + 4.0
    return Page(1, W, H, ws)


TRAFFIC = [
    ("Bakgrund", ["Gångvägen under bron var mörk och", "kändes otrygg om kvällarna."]),
    ("Plats", ["Ulvsundaplan, Bromma stadsdelsnämnd"]),
    ("Syfte och mål", ["Fler ska våga ta gångvägen till", "stationen efter skymningen."]),
    ("Genomförande", ["Arbetet gjordes nattetid i maj."]),
    ("Resultat", ["Ljuset når nu hela tunneln."]),
]


def test_unknown_labels_over_indented_answers_under_a_title_and_after_an_answer():
    layout = lay_as_extractor([_list_page(TRAFFIC, 110.0, ["Ny belysning Ulvsundaplan. Slutredovisning"])])
    got = summary(layout)
    assert [(label, text) for label, text, _ in got] == [(label, " ".join(answer)) for label, answer in TRAFFIC]
    assert [ln.text for ln in layout.preamble] == ["Ny belysning Ulvsundaplan. Slutredovisning"]


FOLLOW_UP = [
    ("Projektnamn", ["Trygg väg till Hjulsta skola"]),
    ("Plats", ["Hjulsta, Spånga-Tensta stadsdelsnämnd"]),
    (
        "Resultat",
        ["Fler barn går nu själva till skolan.", "Insatsen omfattade:", "• sex nya armaturer", "• röjda buskar"],
    ),
    ("Avvikelser", ["Leveransen blev en månad sen.", "Det som gjordes:", "• ett nytt staket", "• en skylt"]),
    ("Ekonomiskt utfall", ["Utfallet blev 410 000 kronor."]),
]


def test_a_bulleted_list_closing_an_answer_makes_no_value_column():
    got = summary(lay_as_extractor([_list_page(FOLLOW_UP, 110.0, ["Bilaga 5 - Uppföljning trygghetsinvestering"])]))
    assert [(label, text) for label, text, _ in got] == [(label, " ".join(answer)) for label, answer in FOLLOW_UP]


def _grid_over_list() -> Page:
    ws = words("Bilaga 7 Ansökan om investeringsmedel", LABEL_X, 60.0, size=16.0, font="LiberationSans-Bold")
    # the header grid: label | value | label | value, bold labels, a row a line
    grid = [(("Sökt belopp", "655 000"), ("Kontaktperson", "Leila Strand")), (("Telefon", "08-508 20 754"), None)]
    y = 100.0
    for row in grid:
        for (label_x, value_x), cell in zip(((74.0, 210.0), (330.0, 440.0)), row):
            if cell:
                ws += words(cell[0], label_x, y, size=SIZE, font=BOLD) + words(cell[1], value_x, y, size=SIZE)
        y += LEADING
    fields = [
        ("Namn på insats", ["Belysning vid Sköndals gångbro"]),
        ("Sökande nämnd", ["Farsta stadsdelsnämnd"]),
        ("Ev medsökande nämnd", ["Hägersten-Älvsjö stadsdelsnämnd"]),
        ("E-post", ["leila.strand@stockholm.se"]),
        ("Ev samverkan", ["lokalpolisområde Farsta och Micasa"]),
    ]
    y += 8.0
    for label, answer in fields:
        ws += words(label, LABEL_X, y, size=SIZE, font="LiberationSerif")
        ws += words(answer[0], ANSWER_X, y + GAP, size=SIZE, font="LiberationSerif")
        y += 2 * GAP
    return Page(1, W, H, ws)


def test_plain_labels_under_a_bold_header_grid_keep_their_answers_set_in_under_them():
    got = {label: text for label, text, _ in summary(lay_as_extractor([_grid_over_list()]))}
    assert got.get("Sökt belopp") == "655 000"
    assert got.get("E-post") == "leila.strand@stockholm.se"
    assert got.get("Sökande nämnd") == "Farsta stadsdelsnämnd"
    assert got.get("Ev medsökande nämnd") == "Hägersten-Älvsjö stadsdelsnämnd"
    assert got.get("Ev samverkan") == "lokalpolisområde Farsta och Micasa"


def _title_over_grid() -> Page:
    """A title in the grid's label type (bold body size) over a header grid of label | value pairs, its line
    running across the value column with a word a space short of it, the grid's first value wrapping."""
    ws = words("Bilaga 5b Ansökan om investeringsmedel för trygga platser", LABEL_X, 76.0, size=SIZE, font=BOLD)
    rows = [
        (("Namn på insats", ["Nya lampor", "vid Rinkeby torg"]), ("Sökt belopp", ["900 000 kr"])),
        (("Kontaktperson", ["Ali Berg"]), ("Telefon", ["08-508 11 222"])),
        (("Sökande nämnd", ["Järva"]), ("E-post", ["ali.berg@stock", "holm.se"])),
    ]
    y = 94.0
    for row in rows:
        for (label_x, value_x), (label, lines) in zip(((74.0, 190.0), (308.0, 425.0)), row):
            ws += words(label, label_x, y, size=SIZE, font=BOLD)
            for i, line in enumerate(lines):
                ws += words(line, value_x, y + i * LEADING, size=SIZE)
        y += 2 * LEADING
    return Page(1, W, H, ws)


def test_a_title_in_the_labels_type_over_a_header_grid_is_no_row():
    layout = lay_as_extractor([_title_over_grid()])
    got = {label: text for label, text, _ in summary(layout)}
    assert [ln.text for ln in layout.preamble] == ["Bilaga 5b Ansökan om investeringsmedel för trygga platser"]
    assert got.get("Namn på insats") == "Nya lampor vid Rinkeby torg"
    address = next(b for b in layout.blocks if b.label == "E-post")
    assert join_lines(address.lines) == "ali.berg@stockholm.se"  # as the section's text joins it


def _wide_label_column() -> Page:
    """A label | answer table whose label column is as wide as its longest label line, labels centred in their
    rows (Writer's tables from HTML): a label's first line runs up to the answer's middle line beside it, a word
    space short of the value column, its next line alone beside the answer's paragraph gap, its last beside the
    answer's next paragraph."""
    value_x = words("Beskrivning av slutresultat utifrån", 58.0, 0.0, size=SIZE)[-1].x1 + 3.0  # a word space on
    rows = [  # (label lines, answer lines: None a paragraph's gap), the label centred on the answer
        (["Projektnamn"], ["Cykelställ vid Vårby gård"]),
        (
            ["Beskrivning av slutresultat utifrån", "investeringens mål och förväntad", "klimatnytta"],
            [
                "Ställen används varje dag och",
                "fler cyklar står nu under",
                "tak än förut.",
                None,
                "Räkningen gjordes i maj",
                "av stadsdelen och",
                "trafikkontoret.",
            ],
        ),
        (["Avvikelser"], ["Inga avvikelser har noterats."]),
    ]
    ws = words("Bilaga 7 - Uppföljning klimatinvestering", 58.0, 40.0, size=24.0, font=BOLD)
    y = 80.0
    for label, answer in rows:
        label_top = y + (len(answer) - len(label)) // 2 * LEADING
        for i, line in enumerate(label):
            ws += words(line, 58.0, label_top + i * LEADING, size=SIZE, font="LiberationSerif")
        for i, text in enumerate(answer):
            if text is not None:
                ws += words(text, value_x, y + i * LEADING, size=SIZE, font="LiberationSerif")
        y += max(len(label), len(answer)) * LEADING + 16.0
    return Page(1, W, H, ws)


def test_a_wide_label_running_up_to_its_answer_and_wrapping_under_it_is_a_label():
    page = _wide_label_column()
    first = min((w for w in page.words if w.text == "utifrån"), key=lambda w: w.top)
    answers = min(w.x0 for w in page.words if w.text == "Ställen")
    assert 0 < answers - first.x1 < SIZE / 2  # the label's first line ends a word space short of the answers
    got = summary(lay_as_extractor([page]))
    assert got[1][:2] == (
        "Beskrivning av slutresultat utifrån investeringens mål och förväntad klimatnytta",
        "Ställen används varje dag och fler cyklar står nu under tak än förut. Räkningen gjordes i maj av"
        " stadsdelen och trafikkontoret.",
    )

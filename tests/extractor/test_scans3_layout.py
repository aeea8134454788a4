"""Scans, third round: OCR'd rows whose answer the layout cut or took for a heading (issue #12).

Pages are hand-made words as OCR gives them (no font names); text layers are
covered by the same rows with fonts, which must come out as before.
"""

from dataclasses import replace

from bilagor.extractor.words import Page, Word

from factories import words
from layout_builders import LABEL_X, TITLE, VALUE_X, lay, summary, two_column

ROWS = [
    (["Projektnamn"], ["Utegym vid Odenplan"], 0),
    (["Geografisk plats", "för investering"], ["Odenplan, Norrmalms stadsdelsförvaltning"], 0),
    (["Syfte och mål"], ["Fler människor i rörelse bidrar till att", "platsen upplevs som tryggare."], 0),
    (
        ["Beskrivning av", "eventuella avvikelser"],
        ["Markförhållandena krävde extra dränering,", "vilket förlängde byggtiden."],
        0,
    ),
    (["Bilder före"], ["Inga bilder har tagits."], 0),
    (["Bilder efter"], ["Inga bilder har tagits."], 0),
]


def scanned(page: Page) -> Page:
    return replace(page, words=[replace(w, fontname="") for w in page.words])


def _page(rows=ROWS) -> Page:
    page = two_column(rows)
    page.words[:0] = TITLE
    return page


def _moved(page: Page, text: str, dx: float = 0.0, size: float | None = None) -> Page:
    """The page with the line holding word `text` changed: that word moved dx pt, or the line's size set."""
    target = next(w for w in page.words if w.text == text)
    out = []
    for w in page.words:
        if w is target:
            w = replace(w, x0=w.x0 + dx, x1=w.x1 + dx)
        if size is not None and w.top == target.top and w.x0 >= VALUE_X - 10:
            w = replace(w, size=size)
        out.append(w)
    return replace(page, words=out)


def _answers(page: Page) -> dict[str, str]:
    return {label: text for label, text, _ in summary(lay([page]))}


def test_an_answers_first_word_boxed_left_of_the_value_column_stays_in_the_answer():
    # Tesseract joins "eventuella avvikelser" and "vilket förlängde byggtiden." into one line
    # and boxes "vilket" a few points left of where the answers start.
    page = scanned(_moved(_page(), "vilket", dx=-7.0))
    answers = _answers(page)
    assert answers["Beskrivning av eventuella avvikelser"] == (
        "Markförhållandena krävde extra dränering, vilket förlängde byggtiden."
    )


def test_an_answer_line_in_the_value_column_measured_title_sized_is_answer_text():
    # OCR's size estimate for a line can be far too large (a speck above it, ".att");
    # all in the value column under a label, it is the answer, not a heading.
    rows = [
        (["Projektnamn"], ["Utegym vid Odenplan"], 1),  # the answer on the line under its label
        ROWS[1],
        (
            ["Syfte och mål"],
            ["Fler människor i rörelse bidrar till att", "platsen upplevs som tryggare och", "mer välkomnande."],
            0,
        ),
        *ROWS[3:],
    ]
    page = scanned(_moved(_page(rows), "platsen", size=15.5))
    assert _answers(page)["Syfte och mål"] == (
        "Fler människor i rörelse bidrar till att platsen upplevs som tryggare och mer välkomnande."
    )
    page = scanned(_moved(_page(rows), "Utegym", size=15.5))
    assert _answers(page)["Projektnamn"] == "Utegym vid Odenplan"


def test_the_same_rows_in_a_text_layer_are_unchanged():
    # Text layers keep their own rules: a word left of the column there is left of it.
    assert _answers(_page())["Beskrivning av eventuella avvikelser"] == (
        "Markförhållandena krävde extra dränering, vilket förlängde byggtiden."
    )


def _one_column(lines: list[tuple[str, float]]) -> Page:
    ws: list[Word] = []
    y = 80.0
    for text, size in lines:
        ws += words(text, LABEL_X, y, size=size, font="")
        y += 1.6 * size
    return Page(1, 595.0, 842.0, ws)


def test_a_heading_with_dust_read_as_a_full_stop_is_a_heading():
    page = _one_column(
        [
            ("Trygghetsbelysning Skärholmstorget", 14.0),
            ("Plats", 11.5),
            ("Torget framför tunnelbanans entré, 40 meter.", 9.0),
            ("Syfte och mål.", 11.5),
            ("Bättre belysning ska göra det lättare att se och bli sedd.", 9.0),
            ("Avvikelser", 11.5),
            ("Inga avvikelser har noterats.", 9.0),
        ]
    )
    answers = _answers(page)
    assert answers["Plats"] == "Torget framför tunnelbanans entré, 40 meter."
    assert answers["Syfte och mål."] == "Bättre belysning ska göra det lättare att se och bli sedd."
    # in body type a sentence that reads like a label stays an answer
    assert answers["Avvikelser"] == "Inga avvikelser har noterats."


def test_a_label_set_a_little_lower_than_its_answer_by_ocr_does_not_make_the_table_centred():
    # Tesseract boxes a label and its answer in separate lines whose tops differ by a few points;
    # the label then seems to start between the answer's first two lines, as a centred label does.
    rows = [
        ROWS[0],
        (["Geografisk plats", "för investering"], ["Odenplan, Norrmalms", "stadsdelsförvaltning"], 0),
        (["Syfte och mål"], ["Fler människor i rörelse bidrar till att", "platsen upplevs som tryggare."], 0),
        *ROWS[3:5],
        (["Bilder efter"], ["Bilder finns hos förvaltningen och kan", "lämnas ut på begäran."], 0),
    ]
    page = _page(rows)
    label = next(w for w in page.words if w.text == "efter")
    moved = [
        replace(w, top=w.top + 4.5, bottom=w.bottom + 4.5) if w.top == label.top and w.x0 < VALUE_X else w
        for w in page.words
    ]
    answers = _answers(scanned(replace(page, words=moved)))
    assert answers["Syfte och mål"] == "Fler människor i rörelse bidrar till att platsen upplevs som tryggare."
    assert answers["Bilder efter"] == "Bilder finns hos förvaltningen och kan lämnas ut på begäran."


def test_a_label_form_answer_under_a_heading_is_the_headings_answer():
    # Only right under the title does a line in label form after a gap start a heading.
    page = _one_column(
        [
            ("Energieffektiv belysning Rinkeby torg", 14.0),
            ("Bakgrund", 11.5),
            ("Platsen har under flera år pekats ut som otrygg vid trygghetsvandringar.", 9.0),
            ("Plats", 11.5),
            ("Området kring Rinkeby torg, Rinkeby-Kista stadsdelsnämnd", 9.0),
            ("Syfte och mål", 11.5),
            ("Gammal belysning ska ersättas med moderna armaturer.", 9.0),
        ]
    )
    assert _answers(page)["Plats"] == "Området kring Rinkeby torg, Rinkeby-Kista stadsdelsnämnd"


def test_a_headings_lowercase_tail_measured_larger_by_ocr_continues_it_and_lowercase_lines_are_no_labels():
    page = _one_column(
        [
            ("Bilaga 5 - Uppföljning trygghetsinvestering", 14.0),
            ("Beskrivning av eventuella avvikelser", 11.5),
            ("Inga avvikelser har förekommit.", 9.0),
            ("Beskrivning av ekonomiskt utfall och eventuell", 11.5),
            ("avvikelse mot kalkylerade utgifter", 13.8),  # OCR's size estimate 2.3 pt off the line above
            ("Totalt uppgick kostnaderna för 2025 till 1,25 mnkr, där", 9.0),
            ("budgeterat belopp var 2,19 mnkr", 9.0),  # reads as a known label, but starts in lowercase
            ("Bilder före", 11.5),
            ("Se bifogade bilder.", 9.0),
        ]
    )
    answers = _answers(page)
    assert answers["Beskrivning av ekonomiskt utfall och eventuell avvikelse mot kalkylerade utgifter"] == (
        "Totalt uppgick kostnaderna för 2025 till 1,25 mnkr, där budgeterat belopp var 2,19 mnkr"
    )


def test_an_ocr_titles_second_line_is_kept_when_its_first_was_measured_far_too_large():
    from bilagor.extractor.layout import title_lines
    from bilagor.extractor.layout.model import Line

    preamble = [
        Line(1, words("Bilaga 5 - Uppföljning", LABEL_X, 73, size=21.5, font="")),
        Line(1, words("trygghetsinvestering", LABEL_X, 97, size=14.9, font="")),
        Line(1, words("Dnr 3.1.1-983-2024", LABEL_X, 115, size=10.5, font="")),  # body type: not the title's
    ]
    assert [ln.text for ln in title_lines(preamble, 10.5)] == ["Bilaga 5 - Uppföljning", "trygghetsinvestering"]

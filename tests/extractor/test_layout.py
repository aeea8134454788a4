"""Layout on hand-made pages of words: no PDF files involved."""

from bilagor.extractor.labels import is_label, stage_of
from bilagor.extractor.layout import find_boundary, group_lines, layout_pages
from bilagor.extractor.words import Page, Word
from factories import words
from layout_builders import LABEL_X, LEAD, VALUE_X, lay, two_column


def summary(layout):
    return [(b.label, " ".join(b.lines), b.page) for b in layout.blocks]


TITLE = words("Bilaga 5 - Uppföljning trygghetsinvestering", LABEL_X, 60, size=14, font="Helvetica-Bold")


def test_two_column_wrapped_labels_and_a_stage_marker():
    page = two_column(
        [
            (["Projektnamn"], ["Kameraövervakning"], 0),
            (["Geografisk plats", "för investering"], ["Sergels torg, Norrmalms stadsdelsnämnd"], 1),
            (
                ["Projektets mål", "och syfte"],
                ["Projektet syftar till ökad trygghet", "på särskilt utsatta platser."],
                0,
            ),
            ([], ["Slutredovisning"], 0),
            (["Beskrivning av", "eventuella avvikelser", "i projektets", "genomförande"], ["Inga avvikelser."], -1),
        ]
    )
    page.words[:0] = TITLE
    result = lay([page])
    assert result.two_column
    assert [ln.text for ln in result.preamble] == ["Bilaga 5 - Uppföljning trygghetsinvestering"]
    assert summary(result) == [
        ("Projektnamn", "Kameraövervakning", 1),
        ("Geografisk plats för investering", "Sergels torg, Norrmalms stadsdelsnämnd", 1),
        ("Projektets mål och syfte", "Projektet syftar till ökad trygghet på särskilt utsatta platser.", 1),
        ("Beskrivning av eventuella avvikelser i projektets genomförande", "Inga avvikelser.", 1),
    ]
    assert result.markers == ["Slutredovisning"]


def test_tight_rows_of_short_labels_stay_apart():
    page = two_column(
        [
            (["Sökt belopp"], ["220 000"], 0),
            (["Sökande nämnd"], ["Farsta stadsdelsnämnd"], 0),
            (["Telefon"], ["08-508 18 000"], 0),
            (["E-post"], ["a.b@stockholm.se"], 0),
        ],
        gap=0.0,
    )
    assert [b.label for b in lay([page]).blocks] == ["Sökt belopp", "Sökande nämnd", "Telefon", "E-post"]


def test_answer_continues_over_a_page_break_and_running_lines_go():
    first = two_column(
        [(["Projektnamn"], ["Belysning"], 0), (["Resultat"], [f"Rad {i} av svaret." for i in range(1, 6)], 0)]
    )
    second = two_column([([], ["Rad 6 av svaret."], 0), (["Avvikelser"], ["Inga."], 0)], page=2)
    for page in (first, second):
        page.words += words("Dnr 1.5.3-219-2019", 400, 30, size=8.5)
        page.words += words(f"Sida {page.number} (2)", 480, 800, size=8.5)
    result = lay([first, second])
    assert summary(result) == [
        ("Projektnamn", "Belysning", 1),
        ("Resultat", " ".join(f"Rad {i} av svaret." for i in range(1, 7)), 1),
        ("Avvikelser", "Inga.", 2),
    ]
    assert sorted(set(result.removed)) == ["Dnr 1.5.3-219-2019", "Sida 1 (2)", "Sida 2 (2)"]


def test_bold_headings_in_a_one_column_document():
    ws = list(TITLE)
    y = 100.0
    for heading, text in [
        ("Projektets namn", ["Trygghetsbelysning i parken"]),
        (
            "Syfte och mål",
            ["Belysningen ska göra parken tryggare att röra sig i under", "kvällar och nätter, särskilt för äldre."],
        ),
    ]:
        ws += words(heading, LABEL_X, y, font="Helvetica-Bold")
        y += LEAD * 1.3
        for line in text:
            ws += words(line, LABEL_X, y)
            y += LEAD
        y += LEAD
    result = lay([Page(1, 595.0, 842.0, ws)])
    assert not result.two_column
    assert summary(result) == [
        ("Projektets namn", "Trygghetsbelysning i parken", 1),
        (
            "Syfte och mål",
            "Belysningen ska göra parken tryggare att röra sig i under kvällar och nätter, särskilt för äldre.",
            1,
        ),
    ]


def test_ocr_words_without_fonts_use_known_labels():
    # OCR output: no font names or sizes, slightly ragged x positions.
    def plain(text, x, top):
        return [Word(w.text, w.x0, w.x1, w.top, w.bottom) for w in words(text, x, top)]

    ws = plain("Uppföljning trygghetsinvestering", 71, 60)
    ws += plain("Plats", 70, 100) + plain("Husby torg i Rinkeby-Kista", 72, 115)
    ws += plain("Resultat", 69, 145) + plain("Belysningen har bytts ut längs gångvägen.", 71, 160)
    result = lay([Page(1, 595.0, 842.0, ws)])
    assert summary(result) == [
        ("Plats", "Husby torg i Rinkeby-Kista", 1),
        ("Resultat", "Belysningen har bytts ut längs gångvägen.", 1),
    ]


def test_table_rows_then_numbered_headings_with_full_width_text():
    page = two_column(
        [
            (["Namn på insats"], ["Belysning i Tunnlandsparken"], 0),
            (["Sökt belopp"], ["220 000"], 0),
            (["Kontaktperson"], ["Anna Berg"], 0),
        ]
    )
    y = 100 + 3 * (LEAD + 8) + 10
    page.words += words("1. Beskrivning (mål och syfte)", LABEL_X, y, font="Helvetica-Bold")
    # Full-width justified text whose wide spaces must not look like a column gap.
    line = words("Platsen har under flera år pekats ut som otrygg vid trygghetsvandringar.", LABEL_X, y + LEAD)
    page.words += [
        Word(w.text, w.x0 + 3 * i, w.x1 + 3 * i, w.top, w.bottom, w.fontname, w.size) for i, w in enumerate(line)
    ]
    page.words += words("Klicka här för att ange text.", LABEL_X, y + 2 * LEAD)
    result = lay([page])
    assert summary(result)[-1] == (
        "1. Beskrivning (mål och syfte)",
        "Platsen har under flera år pekats ut som otrygg vid trygghetsvandringar. Klicka här för att ange text.",
        1,
    )
    assert [b.label for b in result.blocks] == [
        "Namn på insats",
        "Sökt belopp",
        "Kontaktperson",
        "1. Beskrivning (mål och syfte)",
    ]


def test_vertical_rule_gives_the_boundary_and_horizontal_rules_split_rows():
    page = two_column(
        [(["Projektets mål"], ["Tryggare torg."], 0), (["och syfte"], ["Fler som rör sig där."], 0)], gap=0
    )
    page.rules = [(200.0, 95.0, 200.0, 140.0), (66.0, 113.5, 530.0, 113.5)]
    result = lay([page])
    assert find_boundary([page], [ln for ln in group_lines(page)]) is not None
    # Without the rule the lowercase line would continue the label.
    assert [b.label for b in result.blocks] == ["Projektets mål", "och syfte"]


def test_wider_label_column_and_value_below_label_on_letter_paper():
    global VALUE_X
    old, VALUE_X = VALUE_X, 260.0
    try:
        page = two_column(
            [
                (["Projektnamn"], ["Konst i gångtunnlar"], -1),
                (["Plats"], ["Axelsbergs torg, Hägersten-Liljeholmens stadsdelsnämnd"], -1),
            ],
            height=792.0,
        )
        page.width = 612.0
        assert summary(lay([page])) == [
            ("Projektnamn", "Konst i gångtunnlar", 1),
            ("Plats", "Axelsbergs torg, Hägersten-Liljeholmens stadsdelsnämnd", 1),
        ]
    finally:
        VALUE_X = old


def test_empty_pages_give_no_blocks():
    result = lay([Page(1, 595.0, 842.0, [])])
    assert result.blocks == [] and result.preamble == []


def test_label_centred_beside_its_answer_gets_the_lines_above_it():
    # Cells with vertically centred labels: the answer's first line is above the label.
    ws = words("Plats", LABEL_X, 100) + words("Sergels torg", VALUE_X, 100)
    ws += words("Rad ett av svaret.", VALUE_X, 125)
    ws += words("Syfte och mål", LABEL_X, 139) + words("Rad två av svaret.", VALUE_X, 139)
    ws += words("Rad tre av svaret.", VALUE_X, 153)
    ws += words("Resultat", LABEL_X, 178) + words("Bra.", VALUE_X, 178)
    assert summary(lay([Page(1, 595.0, 842.0, ws)])) == [
        ("Plats", "Sergels torg", 1),
        ("Syfte och mål", "Rad ett av svaret. Rad två av svaret. Rad tre av svaret.", 1),
        ("Resultat", "Bra.", 1),
    ]


def test_tight_rows_keep_a_long_answer_with_its_own_label():
    # No row spacing: the lines before the next label belong to the row above.
    page = two_column(
        [(["Resultat"], ["Rad ett.", "Rad två.", "Rad tre."], 0), (["Avvikelser"], ["Inga.", "Alls."], 0)], gap=0.0
    )
    assert summary(lay([page])) == [("Resultat", "Rad ett. Rad två. Rad tre.", 1), ("Avvikelser", "Inga. Alls.", 1)]


def test_inline_labels_with_a_colon_and_a_marker_in_the_label_column():
    ws = list(TITLE)
    ws += words("Projektnamn: Trygghetsbelysning i parken", LABEL_X, 100)
    ws += words("Plats: Husby torg, Rinkeby-Kista stadsdelsnämnd", LABEL_X, 115)
    ws += words("Slutredovisning", LABEL_X, 135)
    ws += words("Resultat: Belysningen har bytts ut längs gångvägen och", LABEL_X, 155)
    ws += words("ljuset är jämnare. Anm: inga synpunkter.", LABEL_X, 169)
    result = lay([Page(1, 595.0, 842.0, ws)])
    assert summary(result) == [
        ("Projektnamn:", "Trygghetsbelysning i parken", 1),
        ("Plats:", "Husby torg, Rinkeby-Kista stadsdelsnämnd", 1),
        ("Resultat:", "Belysningen har bytts ut längs gångvägen och ljuset är jämnare. Anm: inga synpunkter.", 1),
    ]
    assert result.markers == ["Slutredovisning"]


def test_a_short_answer_in_the_label_column_under_a_narrow_heading():
    page = two_column([(["Telefon"], ["08-508 00 000"], 0), (["Ev samverkan"], ["Polisen."], 0)])
    page.words += words("1.1 Behovsanalys/problembeskrivning", LABEL_X, 160, font="Helvetica-Bold")
    page.words += words("Klicka här för att ange text.", LABEL_X, 175)
    assert summary(lay([page])) == [
        ("Telefon", "08-508 00 000", 1),
        ("Ev samverkan", "Polisen.", 1),
        ("1.1 Behovsanalys/problembeskrivning", "Klicka här för att ange text.", 1),
    ]


def test_small_labels_near_the_top_are_not_taken_for_a_header():
    # Labels set smaller than the answers, starting high on the page; the one
    # small line above everything else is the header.
    ws = words("Dnr 1.2-300-2019", 400, 20, size=7)
    ws += words("Uppföljning trygghetsinvestering", LABEL_X, 40, size=14, font="Helvetica-Bold")
    for i, (label, text) in enumerate(
        [
            ("Projektnamn", "Belysning i parken"),
            ("Plats", "Husby torg"),
            ("Resultat", "Klart."),
            ("Avvikelser", "Inga."),
        ]
    ):
        ws += words(label, LABEL_X, 70 + 18 * i, size=8) + words(text, VALUE_X, 70 + 18 * i, size=11)
    ws += words("Ett svar som är långt nog att sätta brödtextens storlek i dokumentet.", VALUE_X, 150, size=11)
    result = lay([Page(1, 595.0, 842.0, ws)])
    assert [b.label for b in result.blocks] == ["Projektnamn", "Plats", "Resultat", "Avvikelser"]
    assert result.removed == ["Dnr 1.2-300-2019"]


def test_title_lines_are_the_large_type_of_the_preamble():
    from bilagor.extractor.layout import Line, title_lines

    letterhead = Line(1, words("Stockholms stad", LABEL_X, 20, size=10))
    title = [
        Line(1, words("Bilaga 5b", LABEL_X, 40, size=15)),
        Line(1, words("Ansökan om medel", LABEL_X, 58, size=15)),
    ]
    assert title_lines([letterhead, *title], body=10.0) == title
    plain = [Line(1, words("Bilaga 5", LABEL_X, 40, size=10)), Line(1, words("Uppföljning", LABEL_X, 55, size=10))]
    assert title_lines(plain, body=10.0) == plain


def test_justified_one_column_text_has_no_value_column():
    # Wide justified spaces that happen to line up at one x are no column.
    ws = []
    y = 100.0
    for i in range(8):
        ws += words("Rubrik", LABEL_X, y, font="Helvetica-Bold")
        y += LEAD
        first = words("Framkomligheten", LABEL_X, y) + words(
            "för utryckningsfordon har säkerställts med fällbara", 205, y
        )
        ws += (
            first if i < 3 else words("Framkomligheten för utryckningsfordon har säkerställts med fällbara", LABEL_X, y)
        )
        ws += words("pollare i två lägen. Totalt nio pollare har satts upp vid infarterna", LABEL_X, y + LEAD)
        ws += words("till torget.", LABEL_X, y + 2 * LEAD)
        y += 4 * LEAD
    page = Page(1, 595.0, 842.0, ws)
    assert find_boundary([page], group_lines(page)) is None
    assert [b.label for b in lay([page]).blocks] == ["Rubrik"] * 8


def ocr_line(text, x, top, size):
    """An OCR line: no font name, the measured size on every word."""
    return [Word(w.text, w.x0, w.x1, w.top, w.bottom, "", size) for w in words(text, x, top, size=size)]


def lay_ocr(ws):
    from bilagor.extractor.labels import is_title_start

    return layout_pages(
        [Page(1, 595.0, 842.0, ws)], is_label=is_label, stage_of=stage_of, is_title_start=is_title_start
    )


def body_rows(top):
    ws = ocr_line("Plats", LABEL_X, top, 11) + ocr_line("Husby torg i Rinkeby-Kista", VALUE_X, top, 11)
    ws += ocr_line("Syfte och mål", LABEL_X, top + 20, 11)
    ws += ocr_line("Belysningen ska göra torget tryggare för alla.", VALUE_X, top + 20, 11)
    return ws


def test_ocr_title_whose_middle_line_measures_as_body_type_stays_whole():
    # Tesseract's size estimates: the first and last title lines large, the middle one like the body.
    ws = ocr_line("Bilaga 5b", LABEL_X, 60, 15)
    ws += ocr_line("Ansökan om investeringsmedel (CM4) för trygghetsskapande", LABEL_X, 77, 11)
    ws += ocr_line("åtgärder", LABEL_X, 94, 16)
    result = lay_ocr(ws + body_rows(130))
    from bilagor.extractor.layout import title_lines

    title = [ln.text for ln in title_lines(result.preamble, result.body_size)]
    assert title == ["Bilaga 5b", "Ansökan om investeringsmedel (CM4) för trygghetsskapande", "åtgärder"]
    assert [b.label for b in result.blocks] == ["Plats", "Syfte och mål"]


def test_ocr_title_split_at_the_answer_column_is_still_the_title():
    # The title's last word happens to start where answers start: it reads like a table row.
    ws = ocr_line("Bilaga 7 - Uppföljning", LABEL_X, 60, 12) + ocr_line("klimatinvestering", VALUE_X, 60, 12)
    result = lay_ocr(ws + body_rows(100))
    assert [ln.text for ln in result.preamble] == ["Bilaga 7 - Uppföljning", "klimatinvestering"]
    assert [b.label for b in result.blocks] == ["Plats", "Syfte och mål"]


def test_ocr_heading_right_under_a_large_title_is_a_heading_not_the_titles_answer():
    # One-column decision: large title, then "Bakgrund" (bold in the original, which OCR cannot see).
    ws = ocr_line("Cykelparkering Mariatorget. Inriktningsbeslut", 54, 66, 19)
    ws += ocr_line("Bakgrund", 54, 109, 13)
    ws += ocr_line("Anmälningarna om skadegörelse har ökat i området.", 54, 127, 13)
    ws += ocr_line("Plats", 54, 160, 13) + ocr_line("Mariatorget (Södermalms stadsdelsnämnd)", 54, 176, 13)
    result = lay_ocr(ws)
    assert [ln.text for ln in result.preamble] == ["Cykelparkering Mariatorget. Inriktningsbeslut"]
    assert summary(result)[0] == ("Bakgrund", "Anmälningarna om skadegörelse har ökat i området.", 1)

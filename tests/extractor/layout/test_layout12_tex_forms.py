"""TeX- and InDesign-made forms (issue #12, twelfth round): the classes a typesetter's form shows.

Pages of words built by hand (no PDF): bold faces named by their weight ("Medi", "Semibold"),
a header table of label | answer rows above one-column text, rows set top-aligned without a gap,
labels hyphenated at a line end.
"""

from __future__ import annotations

import pytest

from bilagor.extractor.text import join_lines
from bilagor.extractor.words import Page, Word
from factories import words
from layout_builders import LABEL_X, TITLE, VALUE_X, lay_as_extractor, summary, two_column

BODY = "NimbusRomNo9L-Regu"
BOLD_SANS = "DejaVuSans-Bold"


@pytest.mark.parametrize(
    "fontname",
    ["ABCDEF+NimbusRomNo9L-Medi", "MinionPro-Semibold", "FranklinGothic-Demi", "Helvetica-Black",
     "Arial-BoldMT", "HelveticaNeue-Heavy", "CMBX12", "SFBX1095"],
)  # fmt: skip
def test_a_bold_face_is_bold_whatever_its_weight_is_called(fontname: str) -> None:
    assert Word("Projektnamn", 0, 50, 0, 10, fontname, 10).bold


@pytest.mark.parametrize("fontname", ["NimbusRomNo9L-Regu", "CMR10", "SFRM1095", "Helvetica", "Mediaeval-Roman", ""])
def test_a_regular_face_is_not_bold(fontname: str) -> None:
    assert not Word("Projektnamn", 0, 50, 0, 10, fontname, 10).bold


def _headings_page(label_font: str) -> Page:
    """Labels as headings (a description list: label on its own line, answer indented under it),
    one long label hyphenated at the line's end, its tail indented like the answers."""
    ws = list(TITLE)
    y = 110.0
    rows = [
        (["Projektnamn"], ["Belysning i Tunnlandsparken"]),
        (
            ["Projektets mål och syfte"],
            ["Parken ska bli tryggare att gå igenom på kvällen, när den i dag upplevs som mörk och",
             "öde. Boende har länge efterfrågat bättre belysning längs de stora gångstråken."],
        ),
        (
            ["Beskrivning av slutresultat utifrån investeringens mål, syfte och platsens behov av trygghetsskapande åt-",
             "gärd"],
            ["Belysningen är uppsatt och boende upplever parken som tryggare än förut. En ny",
             "trygghetsvandring i höstas gav platsen ett högre betyg än den förra gjorde."],
        ),
        (["Beskrivning av eventuella avvikelser i projektets genomförande"], ["Inga avvikelser."]),
    ]  # fmt: skip
    for labels, answers in rows:
        for i, text in enumerate(labels):
            ws += words(text, 71.0 if i == 0 else 105.0, y, size=10, font=label_font)
            y += 12.0
        for text in answers:
            ws += words(text, 105.0, y, size=10, font=BODY)
            y += 12.0
        y += 8.0
    return Page(1, 595.0, 842.0, ws)


def test_labels_in_a_face_named_medi_are_headings_and_a_hyphenated_one_is_whole() -> None:
    got = summary(lay_as_extractor([_headings_page("NimbusRomNo9L-Medi")]))
    assert [label for label, _, _ in got] == [
        "Projektnamn",
        "Projektets mål och syfte",
        "Beskrivning av slutresultat utifrån investeringens mål, syfte och platsens behov av trygghetsskapande åtgärd",
        "Beskrivning av eventuella avvikelser i projektets genomförande",
    ]
    assert got[2][1].startswith("Belysningen är uppsatt") and got[2][1].endswith("den förra gjorde.")


PROSE = (
    "Polisen rapporterar återkommande ordningsstörningar och skadegörelse på platsen under kvällar och helger "
    "vilket boende har lyft fram vid flera möten med förvaltningen under det senaste året och som nu ska mötas "
    "med bättre belysning längs stråket mot tunnelbanan och med röjning av buskage som skymmer sikten för dem "
    "som går där efter mörkrets inbrott"
).split()


def _application_page(label_x: float = 77.0) -> Page:
    """An application typeset as a table of its header fields (label | answer rows, no rules, no gap
    between rows, cells padded off the margin) above its numbered sections in one full-width column."""
    ws = words("Bilaga 5b Ansökan om investeringsmedel (CM4) för trygghetsskapande åtgärder", 71, 70, 14, "Times-Bold")
    y, pitch, value_x = 110.0, 13.5, 208.0
    rows = [
        ("Namn på insats", ["Pollare och genomsiktliga staket vid Rinkeby allé i sam-",
                            "verkan med lokala aktörer under kvällar och helger"]),
        ("Sökt belopp", ["drygt 1 735 000 SEK"]),
        ("Sökande nämnd", ["Rinkeby-Kista stadsdelsnämnd"]),
        ("Kontaktperson", ["Erik Öberg, trygghetssamordnare"]),
        ("Telefon", ["08-508 83 484"]),
        ("E-post", ["erik.oberg@stockholm.se"]),
    ]  # fmt: skip
    for label, answers in rows:
        ws += words(label, label_x, y, 10.9, BODY)
        for text in answers:
            ws += words(text, value_x, y, 10.9, BODY)
            y += pitch
    y += 20
    for heading in ("1. Beskrivning (mål och syfte)", "1.1 Behovsanalys/problembeskrivning"):
        ws += words(heading, 71, y, 12, "Times-Bold")
        y += 26
        for i in range(12):  # full-width lines of prose crossing the value column
            line = PROSE[(i * 5) % 40 :][:14]
            ws += words(" ".join(line), 71, y, 10.9, BODY)
            y += pitch
        y += 20
    return Page(1, 595.0, 842.0, ws)


def test_a_header_table_above_one_column_sections_keeps_its_value_column() -> None:
    got = {b.label: join_lines(b.lines) for b in lay_as_extractor([_application_page()]).blocks}
    assert got["Namn på insats"] == (
        "Pollare och genomsiktliga staket vid Rinkeby allé i samverkan med lokala aktörer under kvällar och helger"
    )
    assert got["Sökt belopp"] == "drygt 1 735 000 SEK"
    assert got["Sökande nämnd"] == "Rinkeby-Kista stadsdelsnämnd"
    assert got["Kontaktperson"] == "Erik Öberg, trygghetssamordnare"
    assert got["E-post"] == "erik.oberg@stockholm.se"
    assert got["1. Beskrivning (mål och syfte)"].startswith("Polisen rapporterar")


def test_label_rows_scattered_through_prose_make_no_header_table() -> None:
    """Rows of a known label and a word at one x, each between lines of prose that run across that x:
    the prose crosses the column inside the rows' span, so the page stays one column."""
    ws = words("Bilaga 5 - Uppföljning trygghetsinvestering", 71, 70, 14, "Times-Bold")
    y = 110.0
    for i, label in enumerate(["Telefon", "Kontaktperson", "Bilder före", "E-post"]):
        for k in range(4):
            ws += words(" ".join(PROSE[(i * 7 + k * 3) % 40 :][:14]), 71, y, 10.9, BODY)
            y += 13.5
        ws += words(label, 71, y, 10.9, BODY) + words("se ovan", 208, y, 10.9, BODY)
        y += 13.5
    assert not lay_as_extractor([Page(1, 595.0, 842.0, ws)]).two_column


def test_a_title_hyphenated_at_its_line_end_is_one_word() -> None:
    from bilagor.extractor.metadata import title_from_lines

    assert title_from_lines(["Bilaga 5b Ansökan om investeringsmedel (CM4) för trygghetsska-", "pande åtgärder"]) == (
        "Bilaga 5b Ansökan om investeringsmedel (CM4) för trygghetsskapande åtgärder"
    )
    assert title_from_lines(["Bilaga 7 - Uppföljning av klimat-", "investering, Hägersten-", "Liljeholmen"]) == (
        "Bilaga 7 - Uppföljning av klimatinvestering, Hägersten-Liljeholmen"
    )


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["belysning längs gång-", "och cykelvägen"], "belysning längs gång- och cykelvägen"),
        (["Barn-", "och utbildningsnämnden"], "Barn- och utbildningsnämnden"),
        (["el-", "eller gasdrivna fordon"], "el- eller gasdrivna fordon"),
        (["trygghets-", "skapande åtgärder"], "trygghetsskapande åtgärder"),
    ],
)
def test_a_line_break_after_a_compound_left_open_keeps_its_hyphen(lines: list[str], joined: str) -> None:
    """Swedish leaves the shared part of coordinated compounds out ("gång- och cykelvägen"): a hyphen
    at a line's end before "och" or "eller" is that, not hyphenation."""
    assert join_lines(lines) == joined


def test_a_frame_drawn_as_a_closed_path_of_lines_is_read_as_four_rules(tmp_path) -> None:
    """A box drawn line by line and closed twice (as PyMuPDF draws a card's frame) is a rectangle:
    its four sides are rules, as a frame drawn with `re` gives (pdfminer keeps it as a curve)."""
    from bilagor.extractor.pdf_reader import read_pdf
    from odd_pdfs import pdf_bytes

    stream = (
        "0.6 w 50 425 m 417 425 l 417 466 l 50 466 l h h S "  # a card's frame
        "60 300 m 200 310 l 300 300 l h S "  # a triangle: no frame
        "BT /F1 10 Tf 56 450 Td (Projektnamn) Tj ET"
    )
    path = tmp_path / "frame.pdf"
    path.write_bytes(
        pdf_bytes(
            [
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                " /Resources << /Font << /F1 5 0 R >> >> >>",
                f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            ]
        )
    )
    rules = {tuple(round(v) for v in r) for r in read_pdf(path).pages[0].rules}
    assert rules == {(50, 376, 417, 376), (50, 417, 417, 417), (50, 376, 50, 417), (417, 376, 417, 417)}


def test_a_card_whose_answer_reads_like_a_label_keeps_it_when_its_type_is_the_answers() -> None:
    """Cards two a row, small bold labels above answers in the body type: "Anna Berg, projektledare" reads
    as a label by its keyword, but it is set as the answers are, under a label in the labels' type."""
    ws = words(
        "Bilaga 5b Ansökan om investeringsmedel (CM4) för trygghetsskapande åtgärder", 60, 80, 14, "DejaVuSans-Bold"
    )
    y = 130.0
    for left, right in [
        (("Namn på insats", "Trygghetsbelysning Solbergaparken"), ("Sökt belopp", "4 866 000 kronor")),
        (("Sökande nämnd", "Farsta stadsdelsnämnd"), ("Ev medsökande nämnd", "-")),
        (("Kontaktperson", "Anna Berg, projektledare"), ("Telefon", "08-508 31 196")),
    ]:
        for x, (label, answer) in ((66.0, left), (308.0, right)):
            ws += words(label, x, y, 7, "DejaVuSans-Bold") + words(answer, x, y + 12.6, 9, "DejaVuSans")
        y += 44.0
    ws += words("1. Beskrivning (mål och syfte)", 60, y, 10.5, "DejaVuSans-Bold")
    ws += words(
        "Belysningen ska göra parken tryggare att gå igenom efter mörkrets inbrott.", 60, y + 21, 9, "DejaVuSans"
    )
    got = {label: text for label, text, _ in summary(lay_as_extractor([Page(1, 595.0, 842.0, ws)]))}
    assert got["Kontaktperson"] == "Anna Berg, projektledare"
    assert got["Telefon"] == "08-508 31 196"


def test_a_page_number_on_the_baseline_of_a_label_at_the_page_foot_is_taken_out() -> None:
    """A card's label at the very foot of a page shares its baseline with the footer "Sida 1 (2)":
    the footer goes, the label stays and its answer (overleaf) is its own."""
    top = list(TITLE)
    page1 = top + words("PROJEKTNAMN", 56, 110, 8, BOLD_SANS) + words("Belysning i parken", 56, 123, 10, "DejaVuSans")
    for i in range(30):
        page1 += words(
            "Boende har länge efterfrågat bättre belysning längs gångstråken.", 56, 150 + 20 * i, 10, "DejaVuSans"
        )
    page1 += words("BILDER FÖRE", 56, 813.7, 8, BOLD_SANS) + words("Sida 1 (2)", 278, 813.7, 8, "DejaVuSans")
    page2 = words("Se bifogade bilder.", 56, 65, 10, "DejaVuSans") + words("BILDER EFTER", 56, 98, 8, BOLD_SANS)
    page2 += words("Inga bilder.", 56, 111, 10, "DejaVuSans") + words("Sida 2 (2)", 278, 813.7, 8, "DejaVuSans")
    got = summary(lay_as_extractor([Page(1, 595.0, 842.0, page1), Page(2, 595.0, 842.0, page2)]))
    assert ("BILDER FÖRE", "Se bifogade bilder.", 1) in got
    assert ("BILDER EFTER", "Inga bilder.", 2) in got


def test_a_bare_number_beside_a_label_at_the_page_foot_is_an_answer() -> None:
    rows = [
        (["Projektnamn"], ["Belysning i Tunnlandsparken"], 0),
        (["Plats"], ["Tunnlandsparken, Farsta stadsdelsnämnd"], 0),
        (["Syfte och mål"], ["Parken ska bli tryggare att gå igenom på kvällen."] * 3, 0),
        (["Resultat"], ["Belysningen är uppsatt och boende upplever parken som tryggare."] * 3, 0),
    ]
    page = two_column(rows)
    page.words += (
        TITLE + words("Antal armaturer", LABEL_X, 790, 11, "Helvetica") + words("12", VALUE_X, 790, 11, "Helvetica")
    )
    assert ("Antal armaturer", "12", 1) in summary(lay_as_extractor([page]))

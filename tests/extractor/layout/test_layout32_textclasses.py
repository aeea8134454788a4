"""Issue #12, twenty-seventh round (h32/c-text): labels under their answers' frames, comb fields, small labels
over framed answers, a plain print's unknown first inline label, pages sized to their table, a cell row over a
shaded heading row. Hand-made words and rules; each class told by evidence on the page."""

from __future__ import annotations

from bilagor.extractor.layout.captions import frames
from bilagor.extractor.layout.combs import join_comb_cells
from bilagor.extractor.words import Page, Word
from factories import words
from layout_builders import lay_as_extractor

TIMES, TIMES_BOLD = "Times-Roman", "Times-Bold"
HELV, HELV_BOLD = "Helvetica", "Helvetica-Bold"


def _box(x0: float, top: float, x1: float, bottom: float) -> list[tuple[float, float, float, float]]:
    """A stroked rectangle's four edges, as the PDF reader gives them."""
    return [(x0, top, x1, top), (x0, bottom, x1, bottom), (x0, top, x0, bottom), (x1, top, x1, bottom)]


def _framed_caption_page() -> Page:
    ws = words("Bilaga 5 - Uppföljning trygghetsinvestering", 50, 50, 14, TIMES_BOLD)
    rules = []
    for x, answer, label in ((50.0, "Trygga stråk i Tensta", "Projektnamn"), (290.0, "Tensta centrum", "Plats")):
        ws += words(answer, x + 2, 90, 11, TIMES)
        rules.append((x, 103.0, x + 220, 103.0))
        ws += words(label, x, 106, 8, TIMES)
    frames_ = (
        (
            130.0,
            175.0,
            ["Målet är att fler ska känna sig trygga.", "Belysningen byts ut längs stråket."],
            "Syfte och mål",
        ),
        (200.0, 230.0, ["Arbetet blev klart i maj."], "Resultat"),
        (255.0, 285.0, ["Inga avvikelser."], "Avvikelser"),
    )
    for top, bottom, lines, label in frames_:
        rules += _box(50.0, top, 510.0, bottom)
        for k, line in enumerate(lines):
            ws += words(line, 55, top + 6 + 14 * k, 11, TIMES)
        ws += words(label, 50, bottom + 3, 8, TIMES)
    return Page(1, 595.0, 842.0, ws, rules)


def test_frames_are_read_from_four_rules() -> None:
    rules = _box(50.0, 130.0, 510.0, 175.0) + [(50.0, 300.0, 510.0, 300.0)]
    assert frames(rules) == [(50.0, 130.0, 510.0, 175.0)]


def test_an_open_rule_under_another_is_no_frame() -> None:
    assert frames([(50.0, 130.0, 510.0, 130.0), (50.0, 175.0, 510.0, 175.0)]) == []


def test_a_caption_under_a_frame_names_every_line_inside_it() -> None:
    layout = lay_as_extractor([_framed_caption_page()])
    assert [(b.label, " ".join(b.lines)) for b in layout.blocks] == [
        ("Projektnamn", "Trygga stråk i Tensta"),
        ("Plats", "Tensta centrum"),
        ("Syfte och mål", "Målet är att fler ska känna sig trygga. Belysningen byts ut längs stråket."),
        ("Resultat", "Arbetet blev klart i maj."),
        ("Avvikelser", "Inga avvikelser."),
    ]


def _comb(text: str, x: float, top: float, pitch: float, size: float = 10.0) -> list[Word]:
    """`text` one character a cell, each centred in a cell `pitch` wide (a space: an empty cell)."""
    out = []
    for k, ch in enumerate(text):
        if ch != " ":
            centre = x + k * pitch + pitch / 2
            out.append(Word(ch, centre - 0.28 * size, centre + 0.28 * size, top, top + size, HELV, size))
    return out


def test_a_comb_is_joined_into_one_value_an_empty_cell_a_space() -> None:
    page = Page(1, 595.0, 842.0, words("Telefon", 300, 90, 7) + _comb("08-508 59 913", 300, 100, 14.0))
    assert [w.text for w in join_comb_cells(page).words] == ["Telefon", "08-508 59 913"]


def test_an_amount_with_its_unit_in_a_comb() -> None:
    page = Page(1, 595.0, 842.0, _comb("1 498 000 kr", 300, 100, 13.0))
    assert [w.text for w in join_comb_cells(page).words] == ["1 498 000 kr"]


def test_single_figures_a_word_space_apart_are_no_comb() -> None:
    # A list of figures in running text ("1 2 3 4"): their pitch is a figure and a space, no cell.
    page = Page(1, 595.0, 842.0, words("Punkterna 1 2 3 4 gäller", 50, 100, 10))
    assert [w.text for w in join_comb_cells(page).words] == ["Punkterna", "1", "2", "3", "4", "gäller"]


def test_a_comb_field_reads_as_its_value_in_the_form() -> None:
    ws = words("Bilaga 5b - Ansökan om investeringsmedel", 50, 50, 14, HELV_BOLD)
    ws += words("Namn på insats", 50, 90, 7) + words("Trygga stråk i Tensta", 54, 102, 10)
    ws += words("Telefon", 300, 90, 7) + _comb("08-508 59 913", 300, 100, 14.0)
    ws += words("Ev samverkan", 50, 140, 10, HELV_BOLD) + words("Polisen och bostadsbolagen.", 54, 156, 10)
    layout = lay_as_extractor([Page(1, 595.0, 842.0, ws)])
    assert ("Telefon", "08-508 59 913") in [(b.label, " ".join(b.lines)) for b in layout.blocks]


def _small_label_page(empty_last: bool) -> Page:
    ws = words("Bilaga 5 - Uppföljning trygghetsinvestering", 50, 50, 14, HELV_BOLD)
    ws += words("Projektnamn", 50, 86, 7) + words("Trygga stråk i Tensta", 54, 98, 10)
    top = 126.0
    if empty_last:
        ws += words("Kontaktperson", 50, top - 4, 7) + words("Eva Lind, samordnare", 54, top + 8, 10)
        ws += words("E-post", 50, top + 32, 7)  # its frame left empty
        top += 70
    ws += words("Syfte och mål", 50, top, 10, HELV_BOLD) + words("Fler ska känna sig trygga.", 54, top + 18, 10)
    ws += words("Resultat", 50, top + 44, 10, HELV_BOLD) + words("Arbetet blev klart i maj.", 54, top + 62, 10)
    return Page(1, 595.0, 842.0, ws)


def test_a_known_label_set_small_over_its_framed_answer_under_bold_headings() -> None:
    layout = lay_as_extractor([_small_label_page(empty_last=False)])
    assert [(b.label, " ".join(b.lines)) for b in layout.blocks][:2] == [
        ("Projektnamn", "Trygga stråk i Tensta"),
        ("Syfte och mål", "Fler ska känna sig trygga."),
    ]


def test_a_small_known_label_after_a_small_field_has_its_answer_left_empty() -> None:
    layout = lay_as_extractor([_small_label_page(empty_last=True)])
    assert [(b.label, " ".join(b.lines)) for b in layout.blocks][:4] == [
        ("Projektnamn", "Trygga stråk i Tensta"),
        ("Kontaktperson", "Eva Lind, samordnare"),
        ("E-post", ""),
        ("Syfte och mål", "Fler ska känna sig trygga."),
    ]


def test_a_plain_prints_unknown_first_inline_label_after_its_title() -> None:
    mono = "Courier"
    lines = [
        "Cykelparkering Kista torg. Slutredovisning",
        "",
        "Bakgrund: Cyklar stod fastlåsta vid staket och träd runt torget.",
        "",
        "Plats: Kista torg, Rinkeby-Kista stadsdelsnämnd",
        "",
        "Syfte och mål: Fler ska välja cykeln framför bilen.",
    ]
    ws: list[Word] = []
    for k, text in enumerate(lines):
        ws += words(text, 60, 80 + 12 * k, 10, mono)
    layout = lay_as_extractor([Page(1, 595.0, 842.0, ws)])
    assert [b.label.rstrip(":") for b in layout.blocks] == ["Bakgrund", "Plats", "Syfte och mål"]


def _table_page(number: int, height: float, rows: list[tuple[str, str]]) -> Page:
    ws = words("Bilaga 5", 30, 22, 8) + words("Dnr 1.5.3-251-2013", 400, 22, 8)
    top = 44.0
    for label, answer in rows:
        ws += words(label, 34, top, 10, HELV_BOLD) + words(answer, 34, top + 20, 10)
        top += 40
    ws += words(f"Sida {number} av 2", 470, height - 24, 8)
    return Page(number, 540.0, height, ws)


def test_a_page_sized_to_its_table_keeps_its_running_lines_out() -> None:
    first = _table_page(1, 300.0, [("Projektnamn", "Utegym i Tensta"), ("Syfte och mål", "Fler ska röra sig.")])
    second = _table_page(2, 150.0, [("Bilder före", "Inga bilder har tagits.")])
    layout = lay_as_extractor([first, second])
    # On the short second page the header stands 22 pt from the top, outside a share of its own height.
    assert [(b.label, " ".join(b.lines)) for b in layout.blocks] == [
        ("Projektnamn", "Utegym i Tensta"),
        ("Syfte och mål", "Fler ska röra sig."),
        ("Bilder före", "Inga bilder har tagits."),
    ]


def test_a_cell_rows_values_stop_at_a_heading_row_in_another_type() -> None:
    ws = words("Bilaga 7 - Uppföljning klimatinvestering", 24, 40, 14, HELV_BOLD)
    ws += words("Projektnamn", 24, 64, 7) + words("Geografisk plats för investering", 274, 64, 7)
    ws += words("Cykelparkering Tensta", 24, 76, 10) + words("Tensta centrum", 274, 76, 10)
    # A table's rows at one pitch: the shaded heading row right under the cells, at their values' pitch.
    ws += words("Projektets mål och syfte", 24, 89, 10, HELV_BOLD)
    ws += words("Fler ska välja cykeln framför bilen.", 24, 102, 10)
    ws += words("Avvikelser", 24, 115, 10, HELV_BOLD) + words("Inga avvikelser.", 24, 128, 10)
    layout = lay_as_extractor([Page(1, 540.0, 300.0, ws)])
    assert [(b.label, " ".join(b.lines)) for b in layout.blocks][:3] == [
        ("Projektnamn", "Cykelparkering Tensta"),
        ("Geografisk plats för investering", "Tensta centrum"),
        ("Projektets mål och syfte", "Fler ska välja cykeln framför bilen."),
    ]

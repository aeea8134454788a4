"""Captions under their answers' writing lines, the shapes the twenty-fourth round left (issue #12, twenty-fifth
round): a row of cells whose answers wrap to different depths (a short cell's caption level with a long one's
next line), captions wrapped onto a second line, a caption under an answer typed with no rule, an empty first
field, an answer typed free over a page break."""

from __future__ import annotations

import pytest

from bilagor.extractor.layout.cellcaptions import level_cell_captions
from bilagor.extractor.layout.lines import group_lines
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS
from bilagor.extractor.words import Page, Word
from factories import words
from layout_builders import TITLE, lay, summary

SMALL, BODY = 8.0, 11.0
CELLS = ((70.0, 220.0), (230.0, 380.0), (390.0, 540.0))
# An answer long enough that the answers' type is the body's (the most characters).
AIM = "Att hindra biltrafik på torget och göra platsen tryggare för de boende."


def _rule(x0: float, y: float, x1: float) -> tuple[float, float, float, float]:
    return (x0, y, x1, y)


def _typed(text: str, x0: float, x1: float, top: float) -> tuple[list[Word], tuple[float, float, float, float]]:
    """A line typed on its writing line: the words and the rule right under them."""
    return words(text, x0 + 2, top, size=BODY), _rule(x0, top + BODY + 1, x1)


def _cell_row(top: float, pitch: float, cells: list[tuple[str, list[str]]]) -> tuple[list[Word], list, float]:
    """A row of cells, each answer on as many writing lines as it has, each caption under its own last rule;
    the words, the rules and where the row ends."""
    ws: list[Word] = []
    rules = []
    end = top
    for (x0, x1), (label, lines) in zip(CELLS, cells):
        y = top
        for line in lines or [""]:
            typed, rule = _typed(line, x0, x1, y) if line else ([], _rule(x0, y + BODY + 1, x1))
            ws += typed
            rules.append(rule)
            y += pitch
        caption_top = y - pitch + BODY + 4
        ws += words(label, x0, caption_top, size=SMALL)
        end = max(end, caption_top + SMALL)
    return ws, rules, end


def _full(top: float, label: str, lines: list[str], pitch: float = 15.0) -> tuple[list[Word], list, float]:
    ws: list[Word] = []
    rules = []
    y = top
    for line in lines:
        typed, rule = _typed(line, 70, 540, y)
        ws += typed
        rules.append(rule)
        y += pitch
    caption_top = y - pitch + BODY + 4
    return ws + words(label, 70, caption_top, size=SMALL), rules, caption_top + SMALL


def _form(*parts: tuple[list[Word], list, float]) -> Page:
    ws, rules = list(TITLE), []
    for w, r, _ in parts:
        ws += w
        rules += r
    return Page(1, 595.0, 842.0, ws, rules)


def _pairs(page: Page) -> list[tuple[str, str]]:
    return [(label, text) for label, text, _ in summary(lay([page]))]


@pytest.mark.parametrize("pitch", [15.0, 22.0])  # writing lines at a paragraph's leading, or twice the type
def test_a_row_of_cells_whose_answers_wrap_to_different_depths_keeps_each_answer_with_its_caption(pitch):
    row = _cell_row(
        100,
        pitch,
        [
            ("Namn på insats", ["Trygg väg till", "Husby torg"]),
            ("Sökt belopp", ["1 200 000 kr"]),  # its caption level with the others' second lines
            ("Sökande nämnd", ["Rinkeby-Kista", "stadsdelsnämnd"]),
        ],
    )
    page = _form(row, _full(row[2] + 30, "Syfte och mål", [AIM]))
    assert _pairs(page) == [
        ("Namn på insats", "Trygg väg till Husby torg"),
        ("Sökt belopp", "1 200 000 kr"),
        ("Sökande nämnd", "Rinkeby-Kista stadsdelsnämnd"),
        ("Syfte och mål", AIM),
    ]


def test_an_empty_cell_on_two_bare_rules_beside_a_one_line_answer():
    first = _cell_row(100, 22.0, [("Namn på insats", ["Pollare"]), ("Sökt belopp", ["900 000 kr"])])
    second = _cell_row(first[2] + 20, 22.0, [("Sökande nämnd", ["", ""]), ("Ev medsökande nämnd", ["Husby sdn"])])
    page = _form(first, second, _full(second[2] + 25, "Syfte och mål", [AIM]))
    assert _pairs(page) == [
        ("Namn på insats", "Pollare"),
        ("Sökt belopp", "900 000 kr"),
        ("Sökande nämnd", ""),
        ("Ev medsökande nämnd", "Husby sdn"),
        ("Syfte och mål", AIM),
    ]


def test_level_cell_captions_moves_a_short_cells_caption_down_to_the_rows_deepest():
    ws, rules, _ = _cell_row(100, 15.0, [("Plats", ["Husby", "torg"]), ("Sökt belopp", ["1 200 000 kr"])])
    page = Page(1, 595.0, 842.0, ws, rules)
    lines, out_rules = level_cell_captions(page, group_lines(page), rules, BODY, DEFAULT_SETTINGS)
    texts = [ln.text for ln in lines]
    assert texts == ["Husby 1 200 000 kr", "torg", "Plats Sökt belopp"]
    assert len(out_rules) == len(rules) + 1  # the short cell's rule carried down with its caption


def test_captions_that_wrap_onto_a_second_line_stay_one_label():
    long_label = ["Beskrivning av slutresultat utifrån investeringens", "mål och platsens behov"]
    first = _full(100, "Syfte och mål", [AIM])
    ws, rules, end = _full(first[2] + 25, long_label[0], ["Belysningen är nu på plats."])
    ws += words(long_label[1], 70, end + 1.5, size=SMALL)
    last = _full(end + 35, "Bilder före", ["Se bilagan."])
    pairs = _pairs(_form(first, (ws, rules, end + 10), last))
    assert pairs == [
        ("Syfte och mål", AIM),
        (" ".join(long_label), "Belysningen är nu på plats."),
        ("Bilder före", "Se bilagan."),
    ]


def _free(top: float, label: str, lines: list[str], pitch: float = 15.0) -> tuple[list[Word], list, float]:
    """An answer typed with no writing line under it, its caption right under its last line."""
    ws: list[Word] = []
    for k, line in enumerate(lines):
        ws += words(line, 72, top + k * pitch, size=BODY)
    caption_top = top + (len(lines) - 1) * pitch + BODY + 5
    return ws + words(label, 70, caption_top, size=SMALL), [], caption_top + SMALL


def test_a_caption_under_an_answer_typed_free_names_that_answer_and_a_stage_marker_stays_one():
    first = _full(100, "Syfte och mål", [AIM])
    second = _full(first[2] + 25, "Plats", ["Husby torg"])
    marker = (words("Slutredovisning", 70, second[2] + 20, size=BODY, font="Helvetica-Bold"), [], second[2] + 31)
    free = _free(
        marker[2] + 15,
        "Beskrivning av slutresultat",
        ["Belysningen är nu på plats längs gångvägen, och ljuset", "tänds i skymningen."],
    )
    last = _full(free[2] + 25, "Bilder före", ["Se bilagan."])
    layout = lay([_form(first, second, marker, free, last)])
    pairs = [(label, text) for label, text, _ in summary(layout)]
    assert (
        "Beskrivning av slutresultat",
        "Belysningen är nu på plats längs gångvägen, och ljuset tänds i skymningen.",
    ) in pairs
    assert ("Plats", "Husby torg") in pairs
    assert layout.markers == ["Slutredovisning"]


def test_an_empty_first_field_under_bare_rules_opens_the_form():
    ws = words("Ärendets bakgrund", 70, 114, size=SMALL)  # under a bare writing line, right under the title
    empty = (ws, [_rule(70, 110, 540)], 122.0)
    second = _full(140, "Plats", ["Husby torg"])
    third = _full(second[2] + 25, "Syfte och mål", [AIM])
    pairs = _pairs(_form(empty, second, third))
    assert pairs == [("Ärendets bakgrund", ""), ("Plats", "Husby torg"), ("Syfte och mål", AIM)]


def test_an_answer_typed_free_over_a_page_break_keeps_its_caption():
    first = _full(100, "Projektnamn", ["Trygg väg till Husby torg"])
    head = (words("Under hösten monterades belysning", 72, 760, size=BODY), [], 771.0)
    page1 = _form(first, head)
    tail = _free(100, "Beskrivning av slutresultat", ["längs hela gångvägen."])
    last = _full(tail[2] + 25, "Bilder före", ["Se bilagan."])
    page2 = Page(2, 595.0, 842.0, tail[0] + last[0], last[1])
    pairs = [(label, text) for label, text, _ in summary(lay([page1, page2]))]
    assert ("Beskrivning av slutresultat", "Under hösten monterades belysning längs hela gångvägen.") in pairs
    assert ("Projektnamn", "Trygg väg till Husby torg") in pairs


def test_a_free_first_answer_under_the_title_leaves_the_title_out():
    free = _free(100, "Ärendets bakgrund", ["Boende har länge efterfrågat ljus, och platsen", "upplevs som mörk."])
    second = _full(free[2] + 25, "Plats", ["Husby torg"])
    third = _full(second[2] + 25, "Syfte och mål", [AIM])
    layout = lay([_form(free, second, third)])
    pairs = [(label, text) for label, text, _ in summary(layout)]
    assert pairs[0] == ("Ärendets bakgrund", "Boende har länge efterfrågat ljus, och platsen upplevs som mörk.")
    assert [ln.text for ln in layout.preamble] == ["Bilaga 5 - Uppföljning trygghetsinvestering"]


def test_an_empty_first_field_before_a_free_answer_opens_the_form():
    empty = (words("Ärendets bakgrund", 70, 114, size=SMALL), [_rule(70, 110, 540)], 122.0)
    free = _free(140, "Plats", ["Husby torg vid tunnelbanans uppgång"])
    third = _full(free[2] + 25, "Syfte och mål", [AIM])
    pairs = _pairs(_form(empty, free, third))
    assert pairs == [
        ("Ärendets bakgrund", ""),
        ("Plats", "Husby torg vid tunnelbanans uppgång"),
        ("Syfte och mål", AIM),
    ]


def _bold_line(text: str, x: float, top: float, size: float) -> list[Word]:
    return words(text, x, top, size=size, font="Helvetica-Bold")


def test_a_title_centred_over_the_columns_is_no_column_header_row():
    from bilagor.extractor.layout.headrows import strip_column_headers
    from bilagor.extractor.layout.model import Line

    title = Line(1, _bold_line("Öppnare parkmiljö Gärdet där också", 190, 80, 14))  # "Gärdet" past the boundary
    header = Line(1, _bold_line("Fråga", 56, 80, 10) + _bold_line("Svar", 302, 80, 10))
    row = Line(1, words("Plats", 56, 100, size=10) + words("Husby torg", 302, 100, size=10))
    boundaries = {1: 300.0}
    assert strip_column_headers([title, row], boundaries, lambda t: t == "Plats", False)[1] == []
    assert strip_column_headers([header, row], boundaries, lambda t: t == "Plats", False)[1] == ["Fråga Svar"]

"""A running header printed from the second page on (groff ms: none on the first page) is dropped on a two-page
document, where it is on one page only and so never repeated (issue #12). Plain data: lines of words."""

from __future__ import annotations

from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.running import strip_running_lines
from bilagor.extractor.words import Page, Word


def _line(page: int, top: float, *runs: tuple[float, str]) -> Line:
    """A line of runs, each (x0, text), its words 5.5 pt a letter and a space apart."""
    words = []
    for x, text in runs:
        for token in text.split():
            words.append(Word(token, x, x + 5.5 * len(token), top, top + 11, "Times-Roman", 11.0))
            x += 5.5 * len(token) + 2.75
    return Line(page, words)


BODY = "Insatsen ska minska de platser där man inte kan se eller bli sedd och ska vara klar under året"


def _pages(first_top: float, head: Line) -> tuple[list[Page], list[list[Line]]]:
    first = [_line(1, first_top + 15 * i, (77.5, BODY)) for i in range(12)]
    second = [head, *(_line(2, 64 + 15 * i, (77.5, BODY)) for i in range(5))]
    return [Page(1, 595, 842, []), Page(2, 595, 842, [])], [first, second]


def _kept(pages: list[Page], lines: list[list[Line]]) -> list[str]:
    kept, _ = strip_running_lines(pages, lines, 11.0)
    return [line.text for line in kept[1]]


def test_a_header_only_on_the_second_page_is_dropped():
    head = _line(2, 33.2, (72, "Bilaga 7"), (470, "Dnr 3.1-672-2022"))  # ends at the text's right edge
    pages, lines = _pages(102.4, head)
    assert head.text not in _kept(pages, lines)


def test_a_two_run_first_line_level_with_the_first_page_text_is_kept():
    row = _line(2, 64, (77.5, "Kostnad"), (443.8, "120 000 kronor"))  # the body at the top of the page
    pages, lines = _pages(60, row)
    assert row.text in _kept(pages, lines)


def test_a_first_line_of_one_run_is_kept():
    line = _line(2, 33.2, (72, "Bilaga 7 fortsättning av beskrivningen"))
    pages, lines = _pages(102.4, line)
    assert line.text in _kept(pages, lines)


def test_two_runs_short_of_the_right_edge_are_kept():
    pair = _line(2, 33.2, (72, "Plats"), (250, "Rinkebyparken"))  # a label and its answer
    pages, lines = _pages(102.4, pair)
    assert pair.text in _kept(pages, lines)


def test_a_label_and_its_answer_in_the_answers_column_are_kept():
    row = _line(2, 33.2, (72, "Resultat (forts.)"), (470, "Boende har deltagit."))
    pages, lines = _pages(102.4, row)
    lines[1].append(_line(2, 150, (72, "Avvikelser"), (470, "Inga avvikelser.")))  # the answers' column
    assert row.text in _kept(pages, lines)

"""A listing program's header line (enscript's: file name, date, page number; or an office and "Sida N") at the top of
a one-page listing is page furniture, not a label holding the title as its answer (issue #12, textforms tuning set).
Plain data: lines of words."""

from __future__ import annotations

from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.running import numbered_header, strip_running_lines
from bilagor.extractor.words import Page, Word


def _line(top: float, *runs: tuple[float, str]) -> Line:
    """A line of Courier runs, each (x0, text), 6 pt a character."""
    words = []
    for x, text in runs:
        for token in text.split():
            words.append(Word(token, x, x + 6 * len(token), top, top + 10, "Courier", 10.0))
            x += 6 * (len(token) + 1)
    return Line(1, words)


TITLE = _line(60, (72, "Bilaga 5 - Uppföljning trygghetsinvestering"))
BODY = [_line(84 + 12 * i, (72, "Projektets namn")) for i in range(10)]


def _kept(head: Line) -> list[str]:
    kept, removed = strip_running_lines([Page(1, 595, 842, [])], [[head, TITLE, *BODY]], 10.0)
    return [line.text for line in kept[0]]


def test_enscript_default_header_is_dropped():
    head = _line(36, (72, "bilaga5.txt"), (230, "Tue May 04 10:12:33 2021"), (515, "1"))
    assert numbered_header(head)
    assert _kept(head)[0] == TITLE.text


def test_a_header_ending_in_sida_is_dropped_whole():
    head = _line(36, (72, "bilaga.txt"), (250, "Utskrift 2021-05-04"), (500, "Sida 1"))
    assert _kept(head)[0] == TITLE.text


def test_a_label_and_a_bare_number_are_kept():
    row = _line(36, (72, "Antal kameror"), (300, "10"))  # two runs: a label and its answer
    assert not numbered_header(row)
    assert _kept(row)[0] == row.text


def test_one_run_ending_in_a_number_is_kept():
    line = _line(36, (72, "Bilaga 5 sida 1"))
    assert not numbered_header(line)
    assert _kept(line)[0] == line.text

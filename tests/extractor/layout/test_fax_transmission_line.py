"""Issue #12, f-fax: a fax's transmission line ("2015-03-22 15:10 08-508 69490 1/1") at the top of the page, set in
the machine's own type at about the body's height, was kept and read as a section label that took the title under it
as its answer (the twenty-first forms' slipping faxes, dev half: h21-047, h21-079). Hand-made OCR lines (no font
name, sizes as OCR measures them)."""

from __future__ import annotations

from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.running import strip_running_lines
from bilagor.extractor.words import Page
from factories import words

BODY_TEXT = "Arbetet har redovisats för stadsdelsnämndens ledamöter vid två sammanträden och samråd har hållits"


def _scanned_page(lines: list[tuple[str, float, float]]) -> tuple[Page, list[Line]]:
    """An OCR'd page of (text, top, measured size) lines at the left margin."""
    made = [Line(1, words(text, 56.0, top, size=size, font="")) for text, top, size in lines]
    return Page(1, 595.0, 842.0, [w for line in made for w in line.words]), made


def _kept(lines: list[tuple[str, float, float]]) -> list[str]:
    page, page_lines = _scanned_page(lines)
    kept, _ = strip_running_lines([page], [page_lines], body=11.0)
    return [line.text for line in kept[0]]


def test_a_transmission_line_at_body_height_at_the_top_is_dropped():
    sent = "2079-11-25 12:50 NR-HOR 3A RR7 11"  # misread: its digits no longer look like a page number
    page = [(sent, 10.0, 11.0), ("Trafikkontoret Dnr 1.2.3-789-2025", 40.0, 11.0)]
    page += [(BODY_TEXT, 120.0 + 14 * i, 11.0) for i in range(30)]
    assert sent not in _kept(page)
    assert "Trafikkontoret Dnr 1.2.3-789-2025" in _kept(page)


def test_a_line_opening_with_a_date_and_time_in_the_body_is_kept():
    meeting = "2024-03-12 18:00 Sammanträde i medborgarkontoret"
    page = [("Bilaga 5", 10.0, 11.0)] + [(BODY_TEXT, 120.0 + 14 * i, 11.0) for i in range(30)]
    page.insert(5, (meeting, 170.0, 11.0))
    assert meeting in _kept(page)


def test_a_top_line_with_a_date_but_no_time_is_kept():
    dated = "2024-03-12 Ansökan om investeringsmedel"
    page = [(dated, 10.0, 11.0)] + [(BODY_TEXT, 120.0 + 14 * i, 11.0) for i in range(30)]
    assert dated in _kept(page)

"""Issue #12, f-copies: a scan's running header ("Bilaga 7" at the left, "Dnr 1.5.3-793-2025" at the right)
read into the title. OCR sizes are line heights, and a skew left after straightening makes a line that spans
the page tall: on the fifteenth forms set's speckled copies (h15-037, h15-045, tuning data) the header's line
measured 12.2 pt beside a 14.9 pt title and 10.4 pt body, so it was taken for a title line. Hand-made OCR lines
(no font name, sizes as OCR measures them)."""

from __future__ import annotations

from bilagor.extractor.labels import is_title_start
from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.running import strip_running_lines
from bilagor.extractor.layout.titles import title_lines
from bilagor.extractor.words import Page
from factories import words


def _ocr_line(runs: list[tuple[str, float]], top: float, size: float) -> Line:
    return Line(1, [w for text, x in runs for w in words(text, x, top, size=size, font="")])


def test_a_running_header_measured_tall_on_a_scan_is_not_in_the_title():
    head = _ocr_line([("Bilaga 7.", 56.0), ("Dnr 1.5.3-793-2025", 470.0)], 28.0, 12.2)
    title = _ocr_line([("Bilaga 7 Ansökan om investeringsmedel för klimatinvesteringar", 56.0)], 60.0, 14.9)
    assert [ln.text for ln in title_lines([head, title], 10.4, is_title_start)] == [title.text]


def test_a_scanned_title_with_its_reference_beside_it_stays_the_title():
    title = _ocr_line([("Bilaga 5 - Uppföljning trygghetsinvestering", 56.0), ("Dnr 3.4-213-2024", 420.0)], 40.0, 15.0)
    tail = _ocr_line([("åtgärder", 56.0)], 60.0, 14.0)
    assert [ln.text for ln in title_lines([title, tail], 10.4, is_title_start)] == [title.text, tail.text]


def test_a_title_made_only_of_a_letterhead_like_line_is_kept():
    # nothing else measured large: the line is kept rather than no title at all
    head = _ocr_line([("Bilaga 7", 56.0), ("Dnr 1.5.3-793-2025", 470.0)], 28.0, 14.0)
    assert [ln.text for ln in title_lines([head], 10.4, is_title_start)] == [head.text]


# --- a short last page of a copy measured as small print ------------------------------------------------------

BODY_TEXT = "Arbetet har redovisats för stadsdelsnämndens ledamöter vid två sammanträden och samråd har hållits"


def _scanned_page(number: int, lines: list[tuple[str, float, float]]) -> tuple[Page, list[Line]]:
    """An OCR'd page of (text, top, measured size) lines at the left margin."""
    made = [Line(number, words(text, 56.0, top, size=size, font="")) for text, top, size in lines]
    return Page(number, 595.0, 842.0, [w for line in made for w in line.words]), made


def test_the_first_line_of_a_scanned_page_measured_smaller_than_the_last_page_is_kept():
    # page 1 measures 11.9 pt a line, page 2 (another skew) 10.6: its first line is no small print
    first = (
        [("Bilaga 5", 28.0, 8.2)]
        + [(BODY_TEXT, 120.0 + 14 * i, 11.9) for i in range(30)]
        + [("Sida 1 (2)", 806.0, 8.0)]
    )
    second = [
        ("Bilaga 5", 28.0, 10.6),
        ("tilldelades en halv miljon för driften.", 62.6, 10.6),
        ("Bilder före", 88.3, 10.6),
        ("Bilder efter", 110.2, 10.6),
    ]
    pages, page_lines = zip(_scanned_page(1, first), _scanned_page(2, second), strict=True)
    kept, removed = strip_running_lines(list(pages), list(page_lines), body=11.6)
    assert "tilldelades en halv miljon för driften." in [line.text for line in kept[1]]
    assert "Bilaga 5" not in [line.text for line in kept[1]]


def test_a_scanned_header_in_smaller_type_than_its_page_is_still_small_print():
    first = [("Bilaga 5", 28.0, 8.2)] + [(BODY_TEXT, 120.0 + 14 * i, 11.9) for i in range(30)]
    pages, page_lines = zip(_scanned_page(1, first), strict=True)
    kept, removed = strip_running_lines(list(pages), list(page_lines), body=11.9)
    assert "Bilaga 5" in removed


def test_a_scanned_running_header_whose_appendix_letter_is_misread_is_still_repeated():
    # h15-005 (tuning data): "Bilaga 5b" on page 1, "Bilaga 5d" on page 2, ended the last answer
    first = [("Bilaga 5b Dnr 1.5.3-597-2026", 28.0, 10.0)] + [(BODY_TEXT, 120.0 + 14 * i, 10.0) for i in range(30)]
    second = [("Bilaga 5d Dnr 1.5.3-597-2026", 28.0, 10.0)] + [(BODY_TEXT, 120.0 + 14 * i, 10.0) for i in range(5)]
    pages, page_lines = zip(_scanned_page(1, first), _scanned_page(2, second), strict=True)
    kept, removed = strip_running_lines(list(pages), list(page_lines), body=10.0)
    assert "Bilaga 5d Dnr 1.5.3-597-2026" in removed
    assert "Bilaga 5b Dnr 1.5.3-597-2026" in removed

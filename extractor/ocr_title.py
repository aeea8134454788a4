"""A second OCR pass over a scan's title line when it reads as garbage (pure parts).

The title is the field a reader sees first, and the appendix number in it
("Bilaga 5 - Uppföljning …") is a core field. Tesseract sometimes reads the
number and the dash after "Bilaga" as letters ("Bilaga dre Uppföljning"),
most often in large type at a low resolution. The first page's "Bilaga" line
without a number after the word is then read once more, enlarged and as a
single line (ocr.read_page_image does the I/O); the second reading replaces
the first only when it has the number, and the record says the line was read
again.
"""

from __future__ import annotations

import re

from bilagor.extractor.text import fold
from bilagor.extractor.words import Word

TITLE_ZONE_SHARE = 0.4  # the title line is sought in this top share of the first page
SECOND_PASS_SCALE = 2  # the line is enlarged this many times for the second pass (small type reads better)
SECOND_PASS_PSM = 13  # Tesseract's "raw line" mode: no layout analysis (7, "a single line", read "5 -" as "SR" too)
LINE_MARGIN_POINTS = 4.0  # room kept around the line's box when it is cut out
_APPENDIX = re.compile(r"^\d{1,2}[a-zA-Z]?[.:,]?$")


def title_lines(words: list[Word]) -> list[list[Word]]:
    """OCR'd words grouped into their lines (the words of a line share its top and bottom), in order."""
    lines: dict[tuple[float, float], list[Word]] = {}
    for word in words:
        lines.setdefault((word.top, word.bottom), []).append(word)
    return list(lines.values())


def garbled_title_line(words: list[Word], page_height: float) -> list[Word] | None:
    """The first page's first "Bilaga" line with no appendix number after the word, else None."""
    for line in title_lines(words):
        if line[0].top > TITLE_ZONE_SHARE * page_height:
            return None
        if fold(line[0].text).rstrip(":.") == "bilaga" and not reads_as_title(line):
            return line  # a running header "Bilaga 5" above a garbled title is passed over
    return None


def reads_as_title(words: list[Word]) -> bool:
    """Whether a line's second reading has "Bilaga" and the appendix number after it."""
    return len(words) > 1 and fold(words[0].text).rstrip(":.") == "bilaga" and bool(_APPENDIX.match(words[1].text))


def line_box(line: list[Word]) -> tuple[float, float, float, float]:
    """(x0, top, x1, bottom) of a line's words in points, with LINE_MARGIN_POINTS around it."""
    m = LINE_MARGIN_POINTS
    return (
        min(w.x0 for w in line) - m,
        min(w.top for w in line) - m,
        max(w.x1 for w in line) + m,
        max(w.bottom for w in line) + m,
    )


def replaced_line(words: list[Word], old: list[Word], new: list[Word]) -> list[Word]:
    """The page's words with the `old` line's words replaced by `new`, which take the old line's
    top, bottom and size (the layout compares lines by those)."""
    first = old[0]
    placed = [Word(w.text, w.x0, w.x1, first.top, first.bottom, first.fontname, first.size) for w in new]
    at = words.index(first)
    kept = [w for w in words if not any(w is o for o in old)]
    return kept[:at] + placed + kept[at:]

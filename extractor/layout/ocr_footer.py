"""A scanned page's page number as OCR misreads it: "1 (1)" read "111)", "101)", "1 (l", "Sida l av2", "l/2".

A text layer's footer is dropped as a page number (running.PAGE_NUMBER); on a fax or a scan Tesseract reads
its "(" as a "1", a "1" as "l", "I" or "|", and drops a space, so the footer no longer reads as one and is
joined to the page's last answer. Such a line is taken for a page number only where a footer stands: the
page's last line, short, and set well apart from the line above it.
"""

from __future__ import annotations

import re

from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings

# The strokes Tesseract reads for a "1", and the brackets it reads for round ones.
_STROKES = str.maketrans("lI|i![{]}", "11111(())")
_PAGE_WORD = re.compile(r"^s[i1l|!]da", re.I)  # "Sida", "Slda", "S1da"
# After the word "Sida" and the spaces are gone: the page, then its count in brackets (the ")" perhaps lost),
# after "av" or after a slash.
_NUMBERED = (
    re.compile(r"^(?P<page>\d{1,3})\((?P<count>\d{1,3})\)?$"),  # "1(1)", "1(1"
    re.compile(r"^(?P<page>\d{1,3})av(?P<count>\d{1,3})$"),  # "1av2"
    re.compile(r"^(?P<page>\d{1,3})/(?P<count>\d{1,3})$"),  # "1/2"
)
# "1 (1)" with its "(" read "1" or "0", or lost: "111)", "101)", "12)". The count is one digit (a form's
# few pages), so a year in brackets' end ("2019)") reads as no page of its count.
_BRACKET_MISREAD = re.compile(r"^(?P<head>\d{1,3})(?P<count>[1-9])\)$")
_SIDA_ALONE = re.compile(r"^\d{1,3}$")  # "Sida 2"
# Dust beside a digit read as a mark of its own ("sida 1: (1)" on a clean 200 dpi scan): no page number has one.
_DUST_MARKS = re.compile(r"[:;.,'`]")
# "- 1 -" with its figure lost (a thin "1" between two dashes, on a pale or squeezed scan): two dashes apart.
_FIGURE_LOST = re.compile(r"^[-‐–—]\s+[-‐–—]$")


def misread_page_number(text: str, s: LayoutSettings = DEFAULT_SETTINGS) -> bool:
    """Whether a line's text is a page number as OCR reads it ("111)", "1(l)", "Slda 1 av2", "l/2", "- -" for
    "- 1 -"): a page that is no later than the count (so an amount "2019)" or a date "12/3" is none)."""
    if _FIGURE_LOST.match(text.strip()):
        return True
    compact = re.sub(r"\s+", "", text)
    if not compact or len(compact) > s.ocr_footer_max_characters:
        return False
    word = _PAGE_WORD.match(compact)
    rest = compact[word.end() :] if word else compact
    rest = _DUST_MARKS.sub("", rest.lower().translate(_STROKES))
    if word and _SIDA_ALONE.match(rest):
        return True
    misread = _BRACKET_MISREAD.match(rest)
    if misread and _bracket_misread(misread.group("head"), int(misread.group("count"))):
        return True
    for pattern in _NUMBERED:
        match = pattern.match(rest)
        if match:
            return 0 < int(match.group("page")) <= int(match.group("count"))
    return False


def is_ocr_footer(lines: list[Line], s: LayoutSettings = DEFAULT_SETTINGS) -> bool:
    """Whether a page's last line (of its `lines`, top to bottom) is its footer's page number as OCR read it:
    short, well below every other line, and a page number read with OCR's usual confusions."""
    if len(lines) < 2:
        return False
    last, above = lines[-1], max(line.bottom for line in lines[:-1])
    height = last.bottom - last.top
    if height <= 0 or last.top - above < s.ocr_footer_gap_lines * height:
        return False
    return misread_page_number(last.text, s)


def _bracket_misread(head: str, count: int) -> bool:
    """Whether the digits before a one-digit count and ")" are a page of it, the "(" between read as a
    digit ("11" of "111)", "10" of "101)") or lost ("1" of "12)")."""
    pages = [head] + ([head[:-1]] if len(head) > 1 and head[-1] in "10" else [])
    return any(len(page) <= 2 and 0 < int(page) <= count for page in pages)

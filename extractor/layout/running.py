"""Running headers and footers: lines repeated in the page margins, page numbers."""

from __future__ import annotations

import re

from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.words import Page

PAGE_NUMBER = re.compile(
    r"^(sida\s*\d+(\s*(\(\s*\d+\s*\)|av\s*\d+|/\s*\d+))?|\d+(\s*\(\s*\d+\s*\)|\s*(av|/)\s*\d+)?|[-–]\s*\d+\s*[-–]|page\s*\d+(\s*of\s*\d+)?)$",
    re.I,
)


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def strip_running_lines(
    pages: list[Page], page_lines: list[list[Line]], body: float = 0.0, s: LayoutSettings = DEFAULT_SETTINGS
) -> tuple[list[list[Line]], list[str]]:
    """Drop headers/footers: lines in the top/bottom margin repeated on several
    pages at about the same height (digits ignored), page numbers, and margin
    lines in small print (which is how a one-page document shows its header)."""
    def in_margin(line: Line, page: Page) -> bool:
        return line.bottom < page.height * s.margin or line.top > page.height * (1 - s.margin)

    seen: dict[str, list[tuple[int, float]]] = {}
    for page, lines in zip(pages, page_lines):
        for line in lines:
            if in_margin(line, page):
                seen.setdefault(_shape(line.text), []).append((page.number, line.top))

    def repeated(line: Line) -> bool:
        hits = seen.get(_shape(line.text), [])
        near = {n for n, top in hits if abs(top - line.top) <= s.repeat_top_tolerance}
        return len(near) >= s.min_repeats

    def running(line: Line, page: Page, outermost: bool) -> bool:
        if not in_margin(line, page):
            return False
        # Small print counts only at the page's edge: forms may set labels small too.
        small = outermost and body and line.size and line.size <= body - s.small_print_step
        return bool(small or repeated(line) or PAGE_NUMBER.match(line.text.strip()))

    kept, removed = [], []
    for page, lines in zip(pages, page_lines):
        drop = set()
        for ordered in (lines, lines[::-1]):  # from the top edge, then from the bottom edge
            for line in ordered:
                if not running(line, page, outermost=True):
                    break
                drop.add(id(line))
        drop |= {id(line) for line in lines if running(line, page, outermost=False)}
        removed += [line.text for line in lines if id(line) in drop]
        kept.append([line for line in lines if id(line) not in drop])
    return kept, removed

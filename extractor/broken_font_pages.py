"""Read again, once, the pages OCR read because their fonts have no Unicode map: the I/O edge of
glyph_map.py (codes learned from the OCR words) and dropped_marks.py (bullets OCR left out).

Both steps look at the same glyphs of the same pages. Parsing a page of such fonts is the slow part
(a Type 3 font's glyph procedures are run for every character), so each page is parsed once, its glyphs
handed to both steps and dropped before the next page; the page is rendered for the bullets' ink only
when a glyph no OCR word covers is there to be looked at.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from bilagor.extractor.dropped_marks import SCALE, Box, bullets, glyph_box, uncovered
from bilagor.extractor.glyph_map import Glyph, decoded_chars, decoded_page, learn_glyphs
from bilagor.extractor.pdf_rc4 import open_pdf
from bilagor.extractor.words import Page


def reread_broken_font_pages(
    path, pages: list[Page], originals: list[Page], numbers: Sequence[int], *, password: str | None = None
) -> tuple[list[Page], list[int]]:
    """`pages` (OCR read) with pages `numbers` read from their own glyphs where OCR taught the codes and with
    the bullets OCR left out put back, and the numbers of the pages read from their glyphs. A file that
    cannot be parsed again keeps its OCR words; a page that cannot be rendered keeps its bullets out."""
    wanted = set(numbers)
    if not wanted:
        return pages, []
    by_number = {p.number: p for p in originals}
    result, decoded = [], []
    try:
        with open_pdf(path, password) as pdf, _renderer(path, password) as render:
            for page in pages:
                if page.number not in wanted or not page.words:
                    result.append(page)
                    continue
                plumbed = pdf.pages[page.number - 1]
                try:
                    chars = plumbed.chars
                finally:
                    plumbed.close()  # pdfplumber keeps a page's objects until the file is closed otherwise
                original = by_number.get(page.number)
                upright = [c for c in chars if c.get("upright", True)]  # a code read as " " too
                read = decoded_page(original, upright, page) if original is not None else None
                if read is not None:
                    decoded.append(page.number)
                result.append(_with_bullets(read or page, [glyph_box(c) for c in chars], render))
    except Exception:  # pdfminer raises many types for broken files: the OCR words stand
        return pages, []
    return result, decoded


def taught_codes(path, pages: list[Page], numbers: Sequence[int], *, password: str | None = None) -> dict[Glyph, str]:
    """The glyph codes OCR taught on pages `numbers` (read with OCR, in `pages`), one map for the file, a code
    learned on an earlier page kept as learned there (empty when the file cannot be parsed again)."""
    taught: dict[Glyph, str] = {}
    try:
        for read, chars in _pages_chars(path, pages, numbers, password):
            learned = learn_glyphs(chars, read.words) if read.words else {}
            taught.update({key: letter for key, letter in learned.items() if key not in taught})
    except Exception:  # pdfminer raises many types for broken files: nothing learned
        return {}
    return taught


def pages_decoded_with(
    path, originals: list[Page], numbers: Sequence[int], codes: dict[Glyph, str], *, password: str | None = None
) -> dict[int, Page]:
    """The pages of `numbers` read from their own glyphs with `codes` (taught on the file's other pages), those
    whose glyphs are nearly all known (glyph_map.decoded_chars): they need no OCR of their own."""
    from bilagor.extractor.glyphs import words_from_chars

    found: dict[int, Page] = {}
    if not codes:
        return found
    try:
        for original, chars in _pages_chars(path, originals, numbers, password):
            decoded = decoded_chars(chars, codes)
            if decoded and (words := words_from_chars(decoded)):
                found[original.number] = replace(original, words=words)
    except Exception:  # pdfminer raises many types for broken files: the pages are read with OCR
        return {}
    return found


def _pages_chars(path, pages: list[Page], numbers: Sequence[int], password: str | None) -> Iterator[tuple[Page, list]]:
    """Each page of `numbers` found in `pages`, with its upright glyphs as pdfplumber reads them (raising what
    pdfminer raises for a broken file)."""
    by_number = {p.number: p for p in pages}
    with open_pdf(path, password) as pdf:
        for number in numbers:
            if (page := by_number.get(number)) is not None:
                yield page, _upright_chars(pdf, number)


def _upright_chars(pdf, number: int) -> list[dict]:
    plumbed = pdf.pages[number - 1]
    try:
        return [c for c in plumbed.chars if c.get("upright", True)]
    finally:
        plumbed.close()  # pdfplumber keeps a page's objects until the file is closed otherwise


def _with_bullets(page: Page, glyphs: list[tuple[Box, float]], render: Callable[[int], Any]) -> Page:
    """`page` with the bullets among `glyphs` no OCR word covers put back (none when nothing is uncovered
    or the page cannot be rendered)."""
    if not uncovered([box for box, _ in glyphs], page.words):
        return page
    grey = render(page.number)
    found = bullets(glyphs, page.words, grey, SCALE) if grey is not None else []
    return replace(page, words=[*page.words, *found]) if found else page


@contextmanager
def _renderer(path, password: str | None) -> Iterator[Callable[[int], Any]]:
    """A function rendering a page of the file grey at dropped_marks' SCALE, or giving None for a page
    pdfium cannot open or render (the file's other steps go on)."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(str(path), password=password)
    except pdfium.PdfiumError:
        yield lambda number: None
        return

    def render(number: int):
        try:
            grey = document[number - 1].render(scale=SCALE, grayscale=True).to_numpy()
        except (pdfium.PdfiumError, ValueError, IndexError):
            return None
        return grey.reshape(grey.shape[0], grey.shape[1])

    try:
        yield render
    finally:
        document.close()

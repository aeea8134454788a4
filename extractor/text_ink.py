"""Does a page image hold printed text? (pure over a grey pixel array)

A page without a text layer inside a PDF that has one is either a scan of a
printed page (read it with OCR) or a page of photographs, a signature or a
stamp (don't: Tesseract reads photo texture as words and photo edges as table
rules). Printed text leaves a shape no photo or signature has: rows of ink a
line high, each row broken into many glyph-wide pieces by the white between
letters and words, one row under another. Photos are blanked first (photos.py);
a signature is one long stroke, a stamp a ring: a few wide pieces a row.
Specks vanish: the page is judged at a low resolution where a scanner's
speck is averaged into light grey, and a lone dark pixel left is dropped.
"""

from __future__ import annotations

SCALE = 1.0  # pixels per point the page is judged at: specks average out, 8 pt text stays dark
INK = 150  # grey level below which a pixel is ink at that scale
MIN_LINE_POINTS = 4.0  # a row of ink lower than this is a drawn line or a speck row
MAX_LINE_POINTS = 30.0  # higher than this is a picture, a signature or a stamp, not a line of text
MIN_PIECES = 6  # glyph-wide pieces in a row of text within one strip ("Ej aktuellt" has about ten)
MAX_PIECE_RATIO = 3.0  # a piece wider than this many line heights is no glyph (a stroke, a rule)
# The page is judged in vertical strips this wide: a scan turned 1.5 degrees drifts 3 pt across one,
# so its lines stay apart (across a whole page they would run into each other).
STRIP_POINTS = 120.0
MIN_TEXT_LINES = 6  # rows of text (summed over the strips) a page needs to count as printed text
RULE_POINTS = 40.0  # ink runs this long are ruling lines and box borders, taken out first


def holds_text(grey, scale: float = SCALE) -> bool:
    """Whether `grey` (2-D uint8 array, `scale` px per pt, photos and rules already blanked) holds printed
    text."""
    step = max(1, round(STRIP_POINTS * scale))
    found = sum(len(text_lines(grey[:, x : x + step], scale)) for x in range(0, grey.shape[1], step))
    return found >= MIN_TEXT_LINES


def text_lines(grey, scale: float = SCALE) -> list[tuple[int, int]]:
    """Pixel rows (top, bottom) of the lines of printed text on `grey`."""
    ink = _without_specks(grey < INK)
    rows = ink.any(axis=1)
    lines = []
    for top, bottom in _runs(rows.tolist()):
        height = (bottom - top) / scale
        if not MIN_LINE_POINTS <= height <= MAX_LINE_POINTS:
            continue
        columns = ink[top:bottom].any(axis=0).tolist()
        widest = MAX_PIECE_RATIO * (bottom - top)
        pieces = [(a, b) for a, b in _runs(columns)]
        glyphs = [p for p in pieces if p[1] - p[0] <= widest]
        if len(glyphs) >= MIN_PIECES and len(glyphs) >= 0.8 * len(pieces):
            lines.append((top, bottom))
    return lines


def _without_specks(ink):
    """`ink` without pixels that have no ink among their eight neighbours (dust, scanner noise)."""
    import numpy as np

    padded = np.pad(ink, 1)
    height, width = ink.shape
    neighbours = np.zeros(ink.shape, bool)
    for dy in (0, 1, 2):
        for dx in (0, 1, 2):
            if dy != 1 or dx != 1:
                neighbours |= padded[dy : dy + height, dx : dx + width]
    return ink & neighbours


def _runs(flags: list[bool]) -> list[tuple[int, int]]:
    """(start, end exclusive) of each run of True in `flags`."""
    runs, start = [], None
    for index, flag in enumerate(flags):
        if flag and start is None:
            start = index
        elif not flag and start is not None:
            runs.append((start, index))
            start = None
    if start is not None:
        runs.append((start, len(flags)))
    return runs


def page_holds_text(path, number: int, *, password: str | None = None) -> bool:
    """Whether page `number` of the PDF at `path`, rendered at SCALE with its photos and ruling lines
    blanked, holds printed text; False when pdfium cannot render it (it is then no scan to read)."""
    import numpy as np
    import pypdfium2 as pdfium

    from bilagor.extractor.ocr import remove_rules
    from bilagor.extractor.photos import photo_boxes

    try:
        document = pdfium.PdfDocument(str(path), password=password)
    except pdfium.PdfiumError:
        return False
    try:
        page = document[number - 1]
        grey = page.render(scale=SCALE, grayscale=True).to_numpy()
        page.close()
    except (pdfium.PdfiumError, ValueError):
        return False
    finally:
        document.close()
    grey = grey.reshape(grey.shape[0], grey.shape[1]).copy()
    for x0, top, x1, bottom in photo_boxes(grey, SCALE):
        grey[top:bottom, x0:x1] = 255
    cleaned, _ = remove_rules(grey, round(RULE_POINTS * SCALE))
    return holds_text(np.asarray(cleaned), SCALE)

"""Recognise pages without a text layer (scanned reports) with Tesseract.

Pages are rendered with pypdfium2 and read with Tesseract's Swedish model into
words with boxes, converted to the same `Word`/`Page` data (PDF points,
top-left origin, y down) the pdfplumber reader gives, so one layout code
handles both. Without Tesseract such pages are kept empty and the record gets
a warning naming the missing packages; it is never silently empty.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from bilagor.extractor.errors import BadInputError, MissingDependencyError
from bilagor.extractor.words import Page, Word
from bilagor.extractor.words import page_ranges as _ranges

LANGUAGE = "swe"
DPI = 300
# Ruling lines at least this long (points) are table borders: they are taken
# out of the image before OCR (Tesseract drops text in tight bordered cells)
# and returned as the page's rules, as the text-layer reader does.
MIN_RULE_POINTS = 36.0
_DARK = 160  # grey level below which a pixel is ink
OCR_MISSING = "tesseract-ocr and tesseract-ocr-swe are not installed"
SWEDISH_MISSING = "tesseract-ocr-swe (Swedish data for tesseract-ocr) is not installed"
# pytesseract is one of bilagor's own dependencies; missing, the install is broken.
PYTESSERACT_MISSING = "pytesseract is not installed (reinstall bilagor, or: pip install pytesseract)"
# Every warning about pages left unrecognised starts with this, so callers
# (the import summary) can pick them out of a record's warnings.
WARNING_PREFIX = "not recognised (no text layer"


def ocr_unavailable_reason() -> str | None:
    """Why OCR cannot run here (the packages to install), or None when it can."""
    return _unavailable_reason()


@lru_cache(maxsize=1)
def _unavailable_reason() -> str | None:
    try:
        import pytesseract
    except ImportError:
        return PYTESSERACT_MISSING
    try:
        pytesseract.get_tesseract_version()
        languages = pytesseract.get_languages(config="")
    except Exception:  # TesseractNotFoundError, or a broken install
        return OCR_MISSING
    if LANGUAGE not in languages:
        return SWEDISH_MISSING
    return None


def is_ocr_warning(warning: str) -> bool:
    return warning.startswith(WARNING_PREFIX)


def needs_ocr(page: Page) -> bool:
    """A page with no words in its text layer is an image: a scan."""
    return not page.words


def pages_to_recognise(pages: Sequence[Page], mode: str) -> list[int]:
    if mode == "never":
        return []
    if mode == "always":
        return [p.number for p in pages]
    if mode == "auto":
        return [p.number for p in pages if needs_ocr(p)]
    raise ValueError(f"unknown OCR mode {mode!r} (auto, always, never)")


def unrecognised_warning(numbers: Sequence[int], reason: str) -> str:
    which = f"page {numbers[0]}" if len(numbers) == 1 else f"pages {_ranges(numbers)}"
    return f"{WARNING_PREFIX}): {which} could not be read by OCR: {reason}"


def recognise_pages(
    path: str | Path, pages: list[Page], *, mode: str = "auto", password: str | None = None
) -> tuple[list[Page], bool, list[str]]:
    """The pages with scanned ones recognised; whether OCR ran; warnings.

    mode "auto" recognises pages without words, "always" every page, "never"
    none. Without Tesseract, "always" raises MissingDependencyError and "auto"
    returns the pages as they are with a warning.
    """
    numbers = pages_to_recognise(pages, mode)
    if not numbers:
        return pages, False, []
    reason = ocr_unavailable_reason()
    if reason:
        if mode == "always":
            raise MissingDependencyError(f"--ocr always: {reason}")
        return pages, False, [unrecognised_warning(numbers, reason)]
    recognised = {page.number: page for page in _recognise(Path(path), numbers, password)}
    return [recognised.get(p.number, p) for p in pages], True, []


def _recognise(path: Path, numbers: Sequence[int], password: str | None) -> list[Page]:
    import pypdfium2 as pdfium
    import pytesseract

    scale = DPI / 72.0
    try:
        document = pdfium.PdfDocument(str(path), password=password)
    except pdfium.PdfiumError as exc:
        raise BadInputError(path, f"cannot render for OCR: {exc}") from None
    try:
        result = []
        for number in numbers:
            page = document[number - 1]
            try:
                width, height = page.get_size()
                pixels = page.render(scale=scale, grayscale=True).to_numpy()
            finally:
                page.close()
            image, rules = remove_rules(pixels, round(MIN_RULE_POINTS * scale))
            hocr = pytesseract.image_to_pdf_or_hocr(image, lang=LANGUAGE, extension="hocr")
            words = words_from_hocr(hocr, scale)
            result.append(Page(number, float(width), float(height), words,
                               [(_points(x0, scale), _points(top, scale), _points(x1, scale), _points(bottom, scale))
                                for x0, top, x1, bottom in rules]))
        return result
    finally:
        document.close()


def remove_rules(pixels, min_length: int):
    """(PIL image without long horizontal/vertical ink runs, those runs as pixel boxes).

    `pixels` is a 2-D uint8 grey array (or H x W x 1). A box is (x0, top, x1,
    bottom) of one ruling line, merged over the rows (columns) it is thick.
    """
    import numpy as np
    from PIL import Image

    grey = np.ascontiguousarray(pixels.reshape(pixels.shape[0], pixels.shape[1]))
    dark = grey < _DARK
    across = _long_runs(dark, min_length)
    down = _long_runs(dark.T, min_length).T
    cleaned = grey.copy()
    cleaned[_widen(across, axis=0) | _widen(down, axis=1)] = 255  # with the anti-aliased edges
    rules = _boxes(across) + [(x0, top, x1, bottom) for top, x0, bottom, x1 in _boxes(down.T)]
    return Image.fromarray(cleaned), rules


def _widen(mask, *, axis: int, by: int = 2):
    """The mask grown by `by` pixels both ways along `axis` (a line's grey fringe)."""
    import numpy as np

    grown = mask.copy()
    for shift in range(1, by + 1):
        for step in (shift, -shift):
            grown |= np.roll(mask, step, axis=axis)
    return grown


def _long_runs(dark, length: int):
    """Mask of pixels lying in a run of at least `length` dark pixels along a row."""
    import numpy as np

    height, width = dark.shape
    if width < length:
        return np.zeros_like(dark)
    counts = np.zeros((height, width + 1), np.int32)
    np.cumsum(dark, axis=1, out=counts[:, 1:])
    starts = width - length + 1
    full = (counts[:, length:] - counts[:, :starts]) == length  # the run starting at x is all dark
    del counts
    before = np.zeros((height, starts + 1), np.int32)
    np.cumsum(full, axis=1, out=before[:, 1:])
    x = np.arange(width)
    # x is covered when some full run starts in [x - length + 1, x].
    return (before[:, np.minimum(x + 1, starts)] - before[:, np.clip(x - length + 1, 0, starts)]) > 0


def _boxes(mask) -> list[tuple[int, int, int, int]]:
    """Horizontal runs of a mask, merged with the run just above when they line up."""
    import numpy as np

    boxes: list[list[int]] = []
    open_boxes: list[list[int]] = []
    for y in np.flatnonzero(mask.any(axis=1)):
        row = np.concatenate(([0], mask[y].astype(np.int8), [0]))
        edges = np.flatnonzero(np.diff(row))
        next_open = []
        for x0, x1 in zip(edges[::2], edges[1::2]):
            box = next((b for b in open_boxes if b[3] == y and abs(b[0] - x0) <= 3 and abs(b[2] - x1) <= 3), None)
            if box is None:
                box = [int(x0), int(y), int(x1), int(y)]
                boxes.append(box)
            box[3] = int(y) + 1
            next_open.append(box)
        open_boxes = next_open
    return [(b[0], b[1], b[2], b[3]) for b in boxes]


def words_from_hocr(hocr: bytes | str, scale: float) -> list[Word]:
    """Tesseract's hOCR -> Words in PDF points, in reading order.

    Like the text-layer reader, every word of a line gets the line's top and
    bottom (ink boxes differ per word: "av" is shorter than "Bilaga"), and a
    font size from Tesseract's estimate for the line (x_size), snapped to the
    page's body size when within the estimate's noise, so the layout code
    sees titles as larger and running headers as smaller, as in text PDFs.
    """
    import xml.etree.ElementTree as ET

    root = ET.fromstring(hocr.encode() if isinstance(hocr, str) else hocr)
    lines = []
    for element in root.iter():
        if element.get("class") not in _LINE_CLASSES:
            continue
        props = _title_props(element.get("title", ""))
        words = []
        for span in element.iter():
            if span.get("class") == "ocrx_word":
                text = "".join(span.itertext()).strip()
                word_props = _title_props(span.get("title", ""))
                if text and not _speck(text, word_props):
                    words.append((text, word_props["bbox"]))
        if words:
            x_size = float(props.get("x_size", [0])[0]) / scale / _X_SIZE_PER_POINT
            lines.append((x_size, join_detached_punctuation(words)))
    body = _body_size(lines)
    result = []
    for x_size, words in lines:
        top = min(box[1] for _, box in words)
        bottom = max(box[3] for _, box in words)
        size = snap_size(x_size, body)
        for text, box in words:
            result.append(Word(text, _points(box[0], scale), _points(box[2], scale), _points(top, scale),
                               _points(bottom, scale), "", size))
    return result


_CLOSING = frozenset(")]}.,;:!?»”’")


def join_detached_punctuation(words: list[tuple[str, list[int]]]) -> list[tuple[str, list[int]]]:
    """Attach a word of closing punctuation to the word it touches.

    Tesseract sometimes boxes the ")" of "stadsdelsnämnd)" on its own, even
    overlapping the word; the text layer has no space there, nor should we.
    A real space is far wider than the small gap allowed here.
    """
    joined: list[tuple[str, list[int]]] = []
    for text, box in words:
        if joined and set(text) <= _CLOSING:
            prev_text, prev_box = joined[-1]
            if box[0] - prev_box[2] <= 0.15 * (box[3] - box[1]):
                merged = [min(prev_box[0], box[0]), min(prev_box[1], box[1]),
                          max(prev_box[2], box[2]), max(prev_box[3], box[3])]
                joined[-1] = (prev_text + text, merged)
                continue
        joined.append((text, box))
    return joined


_LINE_CLASSES = {"ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat"}
# Tesseract's x_size for an N pt font is about 0.87 N pt (Helvetica, Times, DejaVu at 200-300 dpi).
_X_SIZE_PER_POINT = 0.87
_SAME_SIZE = (0.9, 1.15)  # x_size ratios to the body's that are the body size, within estimate noise


def _speck(text: str, props: dict) -> bool:
    """A mark Tesseract is unsure of with no letter or digit: dust or a rule's remains, not text."""
    confidence = float(props.get("x_wconf", ["100"])[0])
    return confidence < 50 and not any(c.isalnum() for c in text)


def snap_size(size: float, body: float) -> float:
    """A line's estimated size; the body size when the estimate is that close to it."""
    if not size or not body:
        return round(size, 1)
    if _SAME_SIZE[0] <= size / body <= _SAME_SIZE[1]:
        return round(body, 1)
    return round(size, 1)


def _body_size(lines: list[tuple[float, list]]) -> float:
    """The median line size, weighted by characters."""
    weighted = sorted((size, sum(len(text) for text, _ in words)) for size, words in lines if size)
    total = sum(n for _, n in weighted)
    seen = 0
    for size, n in weighted:
        seen += n
        if seen * 2 >= total:
            return size
    return 0.0


def _title_props(title: str) -> dict[str, list]:
    """hOCR title "bbox 1 2 3 4; x_size 40" -> {"bbox": [1, 2, 3, 4], "x_size": [40.0]}."""
    props = {}
    for part in title.split(";"):
        name, *values = part.split()
        if name:
            props[name] = [int(v) if name == "bbox" else float(v) for v in values] if name in ("bbox", "x_size") else values
    return props


def _points(pixels: float, scale: float) -> float:
    return round(pixels / scale, 2)

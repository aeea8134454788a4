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

LANGUAGE = "swe"
DPI = 300
OCR_MISSING = "tesseract-ocr and tesseract-ocr-swe are not installed"
SWEDISH_MISSING = "tesseract-ocr-swe (Swedish data for tesseract-ocr) is not installed"
PYTESSERACT_MISSING = "pytesseract is not installed (pip install 'bilagor[ocr]')"
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
                image = page.render(scale=scale, grayscale=True).to_pil()
                data = pytesseract.image_to_data(image, lang=LANGUAGE, output_type=pytesseract.Output.DICT)
            finally:
                page.close()
            result.append(Page(number, float(width), float(height), words_from_tesseract(data, scale)))
        return result
    finally:
        document.close()


def words_from_tesseract(data: dict[str, list], scale: float) -> list[Word]:
    """Tesseract's image_to_data (DICT) -> Words in PDF points, in reading order.

    Rows with confidence -1 are blocks, paragraphs and lines, not words. Ink
    boxes differ per word ("av" is shorter than "Bilaga"); the text-layer
    reader gives every word of a line the same top and bottom, and the layout
    code measures line gaps with them, so each word gets its line's extent.
    Font size and name stay unknown (0, ""): the layout code then reads
    labels by wording instead of by typography.
    """
    rows = []
    extent: dict[tuple, tuple[float, float]] = {}
    for i, text in enumerate(data["text"]):
        text = str(text).strip()
        if not text or float(data["conf"][i]) < 0:
            continue
        line = tuple(data[k][i] if k in data else 0 for k in ("page_num", "block_num", "par_num", "line_num"))
        top, bottom = data["top"][i], data["top"][i] + data["height"][i]
        low, high = extent.get(line, (top, bottom))
        extent[line] = (min(low, top), max(high, bottom))
        rows.append((text, data["left"][i], data["left"][i] + data["width"][i], line))
    words = []
    for text, left, right, line in rows:
        top, bottom = extent[line]
        words.append(Word(text, _points(left, scale), _points(right, scale), _points(top, scale), _points(bottom, scale)))
    return words


def _points(pixels: float, scale: float) -> float:
    return round(pixels / scale, 2)


def _ranges(numbers: Sequence[int]) -> str:
    """[1, 2, 3, 5] -> "1-3, 5"."""
    spans: list[list[int]] = []
    for n in sorted(numbers):
        if spans and n == spans[-1][1] + 1:
            spans[-1][1] = n
        else:
            spans.append([n, n])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in spans)

"""Which pages of a PDF to read with OCR, and what the record says about it (pure).

- A page without words is a scan, unless the document has a text layer and
  the page holds only pictures: then it is a scan only when its image holds
  printed text (`printed`, text_ink.py: one page of the form replaced by its
  scan), and otherwise a page of photographs, a signature or a stamp, where
  Tesseract gives noise words (and photo edges looked like table borders).
  Such pages are left out, with a warning. A page without words or pictures
  there is read only when it holds printed ink too (text turned into
  outlines); an empty page or a drawing is left out.
- A page whose text layer is unreadable (a font without a Unicode map) is
  read with OCR instead, and the record says so.
- A scan carrying its own OCR text (ocr_layer.py) keeps that text when it can
  be trusted (the record says so), and is recognised by us when it cannot; the
  misreads of a file's layers are counted together (one engine wrote them all).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from bilagor.extractor.ocr_layer import OWN_LAYER_USED, untrusted_layers
from bilagor.extractor.text_layer import unreadable_reason
from bilagor.extractor.words import Page


@dataclass
class OcrPlan:
    recognise: list[int] = field(default_factory=list)  # page numbers to read with OCR
    unreadable: dict[int, str] = field(default_factory=dict)  # page number -> why its text layer is unusable
    photo_pages: list[int] = field(default_factory=list)  # pictures only, in a document with a text layer
    own_layer: list[int] = field(default_factory=list)  # scans whose own OCR text is used (not recognised)
    scanned_pages: list[int] = field(default_factory=list)  # scans inside a document with a text layer
    decoded: list[int] = field(default_factory=list)  # unreadable pages read from their glyphs, codes taught by OCR
    # unreadable pages read from their glyphs with the codes OCR taught on the file's other pages, not read with OCR
    decoded_unread: list[int] = field(default_factory=list)
    unread: list[int] = field(default_factory=list)  # to recognise, left unread: the file's time ran out (ocr_budget)


def plan_ocr(pages: list[Page], mode: str, printed: Callable[[int], bool] | None = None) -> OcrPlan:
    """The pages to recognise under `mode` (auto, always, never) and why. `printed(number)` says whether
    a page's image holds printed text; it is asked only about pages without words in a document with a
    text layer under "auto" (without it, no such page is taken for a scan)."""
    unreadable = {p.number: reason for p in pages if p.words and not p.ocr_layer and (reason := unreadable_reason(p))}
    unreadable |= untrusted_layers(pages)
    unreadable = dict(sorted(unreadable.items()))
    if mode == "always":
        return OcrPlan([p.number for p in pages], unreadable)
    has_text_layer = any(p.words and p.number not in unreadable for p in pages)
    pictures_only = [p.number for p in pages if not p.words and p.images and has_text_layer]
    own_layer = [p.number for p in pages if p.ocr_layer and p.words and p.number not in unreadable]
    if mode == "never":
        return OcrPlan([], unreadable, pictures_only, own_layer)
    wordless = [p.number for p in pages if not p.words and has_text_layer]
    scanned = [n for n in wordless if printed is not None and printed(n)]
    photo_pages = [n for n in pictures_only if n not in scanned]
    recognise = [
        p.number
        for p in pages
        if p.number in unreadable or (not p.words and (not has_text_layer or p.number in scanned))
    ]
    return OcrPlan(recognise, unreadable, photo_pages, own_layer, scanned)


def plan_warnings(plan: OcrPlan, *, ocr_ran: bool) -> list[str]:
    """One warning per fallback: unreadable text layers (read with OCR, or dropped) and skipped photo pages."""
    warnings = []
    for number, reason in sorted(plan.unreadable.items()):
        done = (
            "läst med OCR"
            if ocr_ran and number in plan.recognise and number not in plan.unread
            else "dess text är utelämnad"
        )
        if ocr_ran and number in plan.decoded:
            done = "läst med OCR, och textlagrets tecken tydda med det lästa"
        if ocr_ran and number in plan.decoded_unread:
            done = "textlagrets tecken tydda med det OCR läste på rapportens andra sidor"
        warnings.append(f"sida {number}: textlagret går inte att läsa ({reason}), {done}")
    if plan.own_layer:
        warnings.append(f"{_pages(plan.own_layer)}: {OWN_LAYER_USED}")
    read = [n for n in plan.scanned_pages if ocr_ran and n not in plan.unread]
    for numbers, done in ((read, "läst med OCR"), ([n for n in plan.scanned_pages if n not in read], "inte läst")):
        if numbers:
            warnings.append(f"{_pages(numbers)}: skannad sida i en rapport med textlager, {done}")
    if plan.photo_pages:
        which = _pages(plan.photo_pages)
        warnings.append(f"{which}: bara bilder, läses inte med OCR (rapporten har ett textlager)")
    return warnings


def _pages(numbers: list[int]) -> str:
    return f"sida {numbers[0]}" if len(numbers) == 1 else "sidorna " + ", ".join(str(n) for n in numbers)

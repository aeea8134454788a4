"""Things laid over a scan's print, taken out before OCR: coloured ink (overlaid_ink: a stamp, a sticky note, a
correction in another ink) and a soft shadow (soft_shadows: a paper clip's). One call for ocr.read_page_image."""

from __future__ import annotations


def without_overlays(grey, rgb, scale: float):
    """`grey` with the coloured ink laid over its print taken out (when its colour render `rgb` is given) and its
    soft shadows flattened, and whether anything was."""
    from bilagor.extractor.overlaid_ink import without_overlaid_ink
    from bilagor.extractor.soft_shadows import without_soft_shadows

    inked = False
    if rgb is not None:
        grey, inked = without_overlaid_ink(grey, rgb, scale)
    grey, shaded = without_soft_shadows(grey, scale)
    return grey, inked or shaded

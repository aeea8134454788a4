"""Things laid over a scan's print, taken out before OCR: coloured ink (overlaid_ink: a stamp, a sticky note, a
correction in another ink) and a soft shadow (soft_shadows: a paper clip's). One call for ocr.read_page_image."""

from __future__ import annotations


def overlays_taken_out(grey, rgb, scale: float):
    """(`grey` with the coloured ink laid over its print taken out (when its colour render `rgb` is given) and its
    soft shadows flattened, `rgb` with the laid-over ink taken made grey, or None as given, whether anything was
    taken out). A step after this one that reads colour (ocr_pen) should be handed this
    `rgb`: given the original it finds the stamp's strokes again and makes them paper with the print under them."""
    from bilagor.extractor.overlaid_ink import overlaid_ink_taken_out
    from bilagor.extractor.soft_shadows import without_soft_shadows

    inked = False
    if rgb is not None:
        grey, rgb, inked = overlaid_ink_taken_out(grey, rgb, scale)
    grey, shaded = without_soft_shadows(grey, scale)
    return grey, rgb, inked or shaded

"""Join again the faint ruling lines a photo's binarisation broke into dashes (issue #12).

A form's thin rule, photographed, is a pale grey line whose darkness wavers along it (JPEG, the paper's
grain, resampling); made black and white it comes out as dashes. Dashes are no rule to the rule finder
(ocr.remove_rules wants a long unbroken run), so they stay on the page, and Tesseract reads them into the
heading they touch ("Ekonomisk redovisning" with marks above it). On the black-and-white page a broken
rule is still plain to see: a row mostly ink over a long stretch with clear paper a little above and below
it. There its gaps are filled; text is never such a row (the rows above and below a line of text hold ink).
"""

from __future__ import annotations

RULE_POINTS = 36.0  # a stretch this long (ocr.MIN_RULE_POINTS) ...
RULE_COVER = 0.4  # ... at least this share ink along one row is a rule's, when ...
CLEAR_POINTS = 2.0  # ... the rows this far above and below it ...
CLEAR_COVER = 0.1  # ... hold at most this share of ink over the same stretch
GAP_POINTS = 8.0  # gaps in such a row up to this long are filled (a dash of pale line is often longer)


def rules_joined(page, scale: float):
    """`page` (uint8, ink 0, paper 255; `scale` px per pt) with the gaps of its broken ruling lines filled;
    the page itself when it has none."""
    import numpy as np

    from bilagor.extractor.broken_rules import stretch_sums
    from bilagor.extractor.page_photo import dilated

    ink = page < 128
    height, width = ink.shape
    length = max(2, round(RULE_POINTS * scale))
    clear = max(1, round(CLEAR_POINTS * scale))
    if width <= length or height <= 2 * clear:
        return page
    cover = stretch_sums(ink, length) / length
    above = np.ones_like(cover)
    below = np.ones_like(cover)
    above[clear:] = cover[:-clear]
    below[:-clear] = cover[clear:]
    rule = (cover >= RULE_COVER) & (above <= CLEAR_COVER) & (below <= CLEAR_COVER)
    if not rule.any():
        return page
    # The rows' stretches that are a rule, back at full width: each window marks its own columns.
    along = _spread(rule, length)
    gap = max(1, round(GAP_POINTS * scale / 2))
    closed = ~dilated(~dilated(ink, gap, axes=(1,)), gap, axes=(1,))  # gaps up to 2 gap px along the row
    joined = page.copy()
    joined[along & closed & ~ink] = 0
    return joined


def _spread(windows, length: int):
    """Per pixel (H x W): whether any window of `length` columns holding it is marked in `windows`."""
    import numpy as np

    height, count = windows.shape
    marks = np.zeros((height, count + length), np.int32)
    marks[:, :count] += windows
    marks[:, length : length + count] -= windows
    return np.cumsum(marks, axis=1)[:, : count + length - 1] > 0

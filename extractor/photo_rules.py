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

    from bilagor.extractor.bands import row_bands
    from bilagor.extractor.page_photo import dilated

    ink = page < 128
    height, width = ink.shape
    length = max(2, round(RULE_POINTS * scale))
    clear = max(1, round(CLEAR_POINTS * scale))
    if width <= length or height <= 2 * clear:
        return page
    # In bands of rows read `clear` rows either side (extractor.bands): the stretch sums and covers of a
    # whole page are about 30 bytes a pixel, 250 MB for a photographed A4 page at 300 dpi.
    along = np.zeros(ink.shape, bool)  # the rows' stretches that are a rule, back at full width
    for read_start, read_stop, start, stop in row_bands(height, clear):
        rule = _rule_windows(ink[read_start:read_stop], length, clear)[start - read_start : stop - read_start]
        if rule.any():
            along[start:stop] = _spread(rule, length)
    if not along.any():
        return page
    gap = max(1, round(GAP_POINTS * scale / 2))
    closed = ~dilated(~dilated(ink, gap, axes=(1,)), gap, axes=(1,))  # gaps up to 2 gap px along the row
    joined = page.copy()
    joined[along & closed & ~ink] = 0
    return joined


def _rule_windows(ink, length: int, clear: int):
    """Per row and start x: whether [x, x + length) is a broken rule's stretch (see the constants); a row
    within `clear` of the first or last row of `ink` counts its missing neighbours as ink."""
    from bilagor.extractor.broken_rules import stretch_sums

    cover = stretch_sums(ink, length) / length
    rule = cover >= RULE_COVER
    rule[:clear] = False
    rule[-clear:] = False
    rule[clear:] &= cover[:-clear] <= CLEAR_COVER
    rule[:-clear] &= cover[clear:] <= CLEAR_COVER
    return rule


def _spread(windows, length: int):
    """Per pixel (H x W): whether any window of `length` columns holding it is marked in `windows`."""
    import numpy as np

    height, count = windows.shape
    marks = np.zeros((height, count + length), np.int32)
    marks[:, :count] += windows
    marks[:, length : length + count] -= windows
    return np.cumsum(marks, axis=1)[:, : count + length - 1] > 0

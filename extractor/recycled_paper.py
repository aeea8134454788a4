"""Grey recycled paper: its grey made white and its fibres' paler strokes paper, before OCR (issue #12).

A form printed on recycled paper and scanned grey has paper of about 180-228 all over the sheet, evenly (no
desk round it, no lamp), dark ink on it, and hundreds of short dark fibres over paper and print alike. Read as it
was, the page went the phone-photo path (its paper is not white, its ink dark for it: page_photo.photographed)
and Tesseract read the fibres beside the words as marks and letters ("of", "- SN", "Ö"), which split and
polluted the answers. Here the paper is levelled to white cell by cell and everything paler than KNEE of the
way from the ink to the paper is made paper: the print's strokes are far darker than that, most fibres (a
pixel or two wide, softened by the scan) are not. A faded copy's ink is pale (its contrast under MIN_CONTRAST),
a photo's paper uneven (its cells' light spread over MAX_SPREAD), white or thermal paper lighter than MAX_PAPER:
none of them is touched. Nor is a grey page without fibres in both side margins (MIN_FIBRES: a smeared scan's grey
paper and dark print passed every other test; its margins hold nothing dark).
"""

from __future__ import annotations

MIN_PAPER, MAX_PAPER = 180.0, 222.0  # the paper's median level: grey, not white, not dark
MAX_SPREAD = 30.0  # the paper's light across the sheet (cells' 95th less 5th percentile): even, as on a flatbed
MIN_CONTRAST = 110.0  # the paper less the ink's darkest half percent: dark print, not a faded copy
KNEE = 100 / 255  # the share of the way from the ink to the paper above which a pixel is made paper
FIBRE_DEPTH = 45.0  # a fibre's pixel is this much under the paper's light
MIN_FIBRES = 5e-4  # the share of dark pixels in each side margin's strip (1-6 % of the width in): fibres in both
CELL_POINTS = 15.0  # the paper's light is measured on cells this size


def recycled(grey, scale: float) -> bool:
    """Whether page image `grey` (H x W uint8, `scale` px per pt) is dark print on evenly grey paper."""
    return _paper(grey, scale) is not None


def _paper(grey, scale: float):
    """The paper's light over `grey` (a float image of its size) when it is recycled paper, else None."""
    import numpy as np
    from PIL import Image

    height, width = grey.shape
    cell = max(8, round(CELL_POINTS * scale))
    rows, cols = height // cell, width // cell
    if rows < 4 or cols < 4:
        return None
    blocks = grey[: rows * cell, : cols * cell].reshape(rows, cell, cols, cell)
    light = np.percentile(blocks, 80, axis=(1, 3)).astype(np.float32)
    level = float(np.median(light))
    low, high = np.percentile(light, [5, 95])
    if not MIN_PAPER <= level <= MAX_PAPER or float(high - low) > MAX_SPREAD:
        return None
    ink = float(np.percentile(grey[::2, ::2], 0.5))
    if level - ink < MIN_CONTRAST:
        return None
    paper = np.asarray(Image.fromarray(light, "F").resize((width, height), Image.Resampling.BILINEAR))
    rows = slice(round(0.05 * height), round(0.95 * height))
    for left, right in ((0.01, 0.06), (0.94, 0.99)):
        strip = (rows, slice(round(left * width), round(right * width)))
        if float((grey[strip] < paper[strip] - FIBRE_DEPTH).mean()) < MIN_FIBRES:
            return None
    return paper, ink


def without_recycled_paper(grey, scale: float):
    """(`grey` with recycled paper made white and its fibres' pale strokes paper, whether it was recycled paper)."""
    import numpy as np

    found = _paper(grey, scale)
    if found is None:
        return grey, False
    paper, ink = found
    share = (grey.astype(np.float32) - ink) / np.maximum(paper - ink, 1.0)
    return np.clip(share / KNEE * 255, 0, 255).astype(np.uint8), True

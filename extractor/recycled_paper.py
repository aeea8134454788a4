"""Grey recycled paper: its grey made white and its fibres' paler strokes paper, before OCR (issue #12).

A form printed on recycled paper and scanned grey has paper of about 180-228 all over the sheet, evenly (no
desk round it, no lamp), dark ink on it, and hundreds of short dark fibres over paper and print alike. Read as it
was, the page went the phone-photo path (its paper is not white, its ink dark for it: page_photo.photographed)
and Tesseract read the fibres beside the words as marks and letters ("of", "- SN", "Ö"), which split and
polluted the answers. Here the paper is levelled to white cell by cell and everything paler than KNEE of the
way from the ink to the paper is made paper: the print's strokes are far darker than that, most fibres (a
pixel or two wide, softened by the scan) are not. A faded copy's ink is pale (its contrast under MIN_CONTRAST),
a photo's paper uneven (its cells' light spread over MAX_SPREAD), white paper's median over MAX_PAPER (white and thermal papers are lighter): none of
them is touched.
"""

from __future__ import annotations

MIN_PAPER, MAX_PAPER = 180.0, 222.0  # the paper's median level: grey, not white, not dark
MAX_SPREAD = 30.0  # the paper's light across the sheet (cells' 95th less 5th percentile): even, as on a flatbed
MIN_CONTRAST = 110.0  # the paper less the ink's darkest half percent: dark print, not a faded copy
KNEE = 100 / 255  # the share of the way from the ink to the paper above which a pixel is made paper
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
    return np.asarray(Image.fromarray(light, "F").resize((width, height), Image.Resampling.BILINEAR)), ink


def without_recycled_paper(grey, scale: float):
    """(`grey` with recycled paper made white and its fibres' pale strokes paper, whether it was recycled paper)."""
    import numpy as np

    found = _paper(grey, scale)
    if found is None:
        return grey, False
    paper, ink = found
    share = (grey.astype(np.float32) - ink) / np.maximum(paper - ink, 1.0)
    return np.clip(share / KNEE * 255, 0, 255).astype(np.uint8), True

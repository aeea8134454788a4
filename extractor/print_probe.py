"""Whether a page image holds printed text at all, told cheaply before the scan path's image steps and OCR.

A page drawn at OCR's pixel cap (ocr.MAX_PIXELS) costs 15-18 s of CPU and most of a gigabyte in the image steps
whatever it shows: a camera's photo of a dog placed at 1 px per pt went through every one of them (a screen photo,
a negative, a fold, a pale layer...) for no word. Its size, its one page-covering image and its drawn dpi are those
of a phone's photo of a printed page, which must be read, so only the picture itself tells them apart: print is
lines of strokes darker than the paper around them, each line a band of inked rows of text height standing alone
(paper above and below it) and running on level across the page. A photo's texture (grass, fur, leaves) inks rows
of any height in short pieces, or every row, and makes no such band.

Pure functions over a grey image (2-D uint8, ink dark), drawn small (`PROBE_PIXELS`):

- `holds_print_lines`: whether the image holds at least `MIN_LINES` such lines of text;
- `is_blank`: whether the image is paper all through (no picture either);
- `probe_scale`: the pixels per point to draw a page at for the probe.
"""

from __future__ import annotations

from bilagor.extractor.render import capped_scale

# The probe's drawing: about 1 000 x 1 450 px for an A4 page (125 dpi), where 8 pt type is still 8-10 px a line, and
# a twentieth of the pixels of a page at OCR's cap (its render and its test together cost about a tenth of a second).
PROBE_PIXELS = 1_500_000
PROBE_DPI = 300  # never drawn finer than OCR itself draws
# A pixel is ink when it is this many grey levels darker than the mean of the pixels around it (a window a
# BACKGROUND_SHARE of the image's shorter side in radius: a few lines of text, so its mean is the paper's, and an
# uneven light (a photo, a shadow) is followed).
INK_CONTRAST = 40
BACKGROUND_SHARE = 1 / 60
# The image is cut into this many vertical strips: a strip is a letter or two wide, so a line of text inks a band of
# its rows with paper above and below, and a page turned by a degree keeps a line level from one strip to the next.
STRIPS = 96
MIN_STRIP_PX = 4
# A band of inked rows is a line of text when it is at least MIN_LINE_PX tall (dust, a rule) and at most a
# MAX_LINE_SHARE of the image's height or MAX_LINE_POINTS, whichever is more (a picture, or lines run together): a
# photographed page's print is tall in points, a small page's (a label, a slip) is tall beside the page
MIN_LINE_PX = 3
MAX_LINE_SHARE = 1 / 40
MAX_LINE_POINTS = 30.0
# Bands in neighbouring strips are the same line when they overlap by this share of the rows they span together
SAME_LINE_OVERLAP = 0.5
# A line runs on across at least this many strips (a word of five letters); a photo's texture makes shorter pieces
MIN_LINE_STRIPS = 5
# ... and is made of strokes: over those strips its rows leave at least this many columns of paper between letters
# and words (the edge of a pale shape on a dark ground, a picture's outline, inks a band with no gap)
MIN_LINE_GAPS = 2
# A page with fewer such lines (pieces of a line between word spaces count apart) holds no print. A camera photo's
# texture and outlines made at most two; a page of a scanned form the fewest measured five (a heading, a label and
# its answer, a page number). A page of a line or two of print alone may be taken for a photo and is not read.
MIN_LINES = 3
# A blank page's lightest and darkest few pixels (this percentile from either end) differ by less than
# BLANK_CONTRAST grey levels (paper's grain, a speck or two); a picture's, even a dark one's, by more
BLANK_PERCENTILE = 0.1
BLANK_CONTRAST = 40


def probe_scale(width: float, height: float) -> float:
    """Pixels per point to draw a `width` x `height` pt page at for the probe."""
    return capped_scale(width, height, PROBE_DPI / 72.0, PROBE_PIXELS)


def holds_print_lines(grey, scale: float) -> bool:
    """Whether `grey` holds at least MIN_LINES lines of text, dark on light or (a negative) light on dark: bands
    of inked rows of text height, paper above and below, running on level across MIN_LINE_STRIPS strips or more.
    `scale`: the image's pixels per point."""
    import numpy as np

    if grey.ndim != 2 or min(grey.shape) < MIN_LINE_PX * 2:
        return False
    return text_lines(grey, scale) >= MIN_LINES or text_lines(255 - np.asarray(grey, np.uint8), scale) >= MIN_LINES


def text_lines(grey, scale: float, enough: int = MIN_LINES) -> int:
    """The lines of dark text on light paper in `grey`, counted up to `enough`."""
    import numpy as np
    from PIL import Image, ImageFilter

    height, width = grey.shape
    radius = max(2, round(min(height, width) * BACKGROUND_SHARE))
    around = np.asarray(Image.fromarray(np.ascontiguousarray(grey)).filter(ImageFilter.BoxBlur(radius)))
    ink = grey.astype(np.int16) < around.astype(np.int16) - INK_CONTRAST
    strip = max(MIN_STRIP_PX, width // STRIPS)
    tallest = max(MIN_LINE_PX, round(height * MAX_LINE_SHARE), round(MAX_LINE_POINTS * scale))
    lines = 0
    # the last strip's bands: top, bottom, strips run so far, columns of paper between their strokes so far
    previous: list[tuple[int, int, int, int]] = []
    for left in range(0, width, strip):
        piece = ink[:, left : left + strip]
        current = []
        for top, bottom in _bands(piece.any(axis=1), MIN_LINE_PX, tallest):
            gaps = int(strip - np.count_nonzero(piece[top:bottom].any(axis=0)))
            before = [(n, g) for t, b, n, g in previous if _same_line(top, bottom, t, b)]
            run, gaps = max(before, default=(0, 0))[0] + 1, gaps + max(before, default=(0, 0))[1]
            if run == MIN_LINE_STRIPS and gaps >= MIN_LINE_GAPS:
                lines += 1
                if lines >= enough:
                    return lines
            current.append((top, bottom, run, gaps))
        previous = current
    return lines


def is_blank(grey) -> bool:
    """Whether `grey` is paper all through: no print and no picture."""
    import numpy as np

    if grey.size == 0:
        return True
    dark, light = np.percentile(grey, (BLANK_PERCENTILE, 100 - BLANK_PERCENTILE))
    return float(light - dark) < BLANK_CONTRAST


def _bands(rows, shortest: int, tallest: int) -> list[tuple[int, int]]:
    """The runs of True in `rows` (top, bottom exclusive) between `shortest` and `tallest` long."""
    import numpy as np

    edges = np.flatnonzero(np.diff(np.concatenate(([0], rows.astype(np.int8), [0]))))
    return [(int(a), int(b)) for a, b in zip(edges[::2], edges[1::2]) if shortest <= b - a <= tallest]


def _same_line(top: int, bottom: int, other_top: int, other_bottom: int) -> bool:
    shared = min(bottom, other_bottom) - max(top, other_top)
    return shared > 0 and shared >= SAME_LINE_OVERLAP * (max(bottom, other_bottom) - min(top, other_top))

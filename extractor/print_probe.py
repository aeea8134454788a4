"""Whether a page image holds printed text at all, told cheaply before the scan path's image steps and OCR.

A page drawn at OCR's pixel cap (ocr.MAX_PIXELS) costs 15-18 s of CPU and most of a gigabyte in the image steps
whatever it shows: a camera's photo of a dog placed at 1 px per pt went through every one of them (a screen photo,
a negative, a fold, a pale layer...) for no word. Its size, its one page-covering image and its drawn dpi are those
of a phone's photo of a printed page, which must be read, so only the picture itself tells them apart: print is
lines of strokes darker than the paper around them, each line a band of inked rows of text height standing alone
(paper above and below it) and running on level across the page. A photo's texture (grass, fur, leaves) inks rows
of any height in short pieces, or every row, and makes no such band.

Pure functions over a grey image (2-D uint8, ink dark), drawn small (`ScanSettings.probe_pixels`):

- `holds_print_lines`: whether the image holds at least `probe_min_lines` such lines of text;
- `is_blank`: whether the image is paper all through (no picture either);
- `probe_scale`: the pixels per point to draw a page at for the probe.
"""

from __future__ import annotations

from bilagor.extractor.render import capped_scale

from bilagor.extractor.scan_settings import SCAN_SETTINGS, ScanSettings


def probe_scale(width: float, height: float, s: ScanSettings = SCAN_SETTINGS) -> float:
    """Pixels per point to draw a `width` x `height` pt page at for the probe."""
    return capped_scale(width, height, s.probe_dpi / 72.0, s.probe_pixels)


def holds_print_lines(grey, scale: float, s: ScanSettings = SCAN_SETTINGS) -> bool:
    """Whether `grey` holds at least s.probe_min_lines lines of text, dark on light or (a negative) light on dark: bands
    of inked rows of text height, paper above and below, running on level across s.probe_min_line_strips strips or more.
    `scale`: the image's pixels per point."""
    import numpy as np

    if grey.ndim != 2 or min(grey.shape) < s.probe_min_line_px * 2:
        return False
    enough = s.probe_min_lines
    return (
        text_lines(grey, scale, enough, s) >= enough
        or text_lines(255 - np.asarray(grey, np.uint8), scale, enough, s) >= enough
    )


def text_lines(grey, scale: float, enough: int | None = None, s: ScanSettings = SCAN_SETTINGS) -> int:
    """The lines of dark text on light paper in `grey`, counted up to `enough` (s.probe_min_lines when None)."""
    import numpy as np
    from PIL import Image, ImageFilter

    enough = s.probe_min_lines if enough is None else enough
    height, width = grey.shape
    radius = max(2, round(min(height, width) * s.probe_background_share))
    around = np.asarray(Image.fromarray(np.ascontiguousarray(grey)).filter(ImageFilter.BoxBlur(radius)))
    ink = grey.astype(np.int16) < around.astype(np.int16) - s.probe_ink_contrast
    strip = max(s.probe_min_strip_px, width // s.probe_strips)
    tallest = max(s.probe_min_line_px, round(height * s.probe_max_line_share), round(s.probe_max_line_points * scale))
    lines = 0
    # the last strip's bands: top, bottom, strips run so far, columns of paper between their strokes so far
    previous: list[tuple[int, int, int, int]] = []
    for left in range(0, width, strip):
        piece = ink[:, left : left + strip]
        current = []
        for top, bottom in _bands(piece.any(axis=1), s.probe_min_line_px, tallest):
            gaps = int(strip - np.count_nonzero(piece[top:bottom].any(axis=0)))
            before = [(n, g) for t, b, n, g in previous if _same_line(top, bottom, t, b, s.probe_same_line_overlap)]
            run, gaps = max(before, default=(0, 0))[0] + 1, gaps + max(before, default=(0, 0))[1]
            if run == s.probe_min_line_strips and gaps >= s.probe_min_line_gaps:
                lines += 1
                if lines >= enough:
                    return lines
            current.append((top, bottom, run, gaps))
        previous = current
    return lines


def is_blank(grey, s: ScanSettings = SCAN_SETTINGS) -> bool:
    """Whether `grey` is paper all through: no print and no picture."""
    import numpy as np

    if grey.size == 0:
        return True
    dark, light = np.percentile(grey, (s.probe_blank_percentile, 100 - s.probe_blank_percentile))
    return float(light - dark) < s.probe_blank_contrast


def _bands(rows, shortest: int, tallest: int) -> list[tuple[int, int]]:
    """The runs of True in `rows` (top, bottom exclusive) between `shortest` and `tallest` long."""
    import numpy as np

    edges = np.flatnonzero(np.diff(np.concatenate(([0], rows.astype(np.int8), [0]))))
    return [(int(a), int(b)) for a, b in zip(edges[::2], edges[1::2]) if shortest <= b - a <= tallest]


def _same_line(top: int, bottom: int, other_top: int, other_bottom: int, overlap: float) -> bool:
    shared = min(bottom, other_bottom) - max(top, other_top)
    return shared > 0 and shared >= overlap * (max(bottom, other_bottom) - min(top, other_top))

"""Find photographs on a scanned page image.

A photo is a large area that is almost all ink or grey; text, even bold
title text, leaves most of any few-point square white. Photos matter to OCR
twice: Tesseract reads their texture as words, and their straight edges look
like table borders (a photo beside the answer column became a column rule
and split a one-column page in two). So photo areas are blanked before OCR,
give no rules, and are returned as the page's pictures, as the text-layer
reader returns embedded images.
"""

from __future__ import annotations

from collections.abc import Sequence

CELL_POINTS = 6.0  # the page is judged in squares of this size
_NOT_WHITE = 220  # grey level below which a pixel is ink or picture
DENSE = 0.6  # share of non-white pixels that makes a square part of a picture
MIN_WIDTH_POINTS = 40.0  # smaller dense areas are glyphs, bullets or logos
MIN_HEIGHT_POINTS = 30.0
MIN_FILL = 0.6  # share of a candidate's bounding box that is dense: a picture is a solid block


def photo_boxes(grey, scale: float) -> list[tuple[int, int, int, int]]:
    """Pixel boxes (x0, top, x1, bottom) of photo-like areas of `grey` (2-D uint8, `scale` px per pt)."""
    from bilagor.extractor.pixel_guard import grid_cell

    # A bounded grid (pixel_guard): a poster page at the pixel cap had 5 M cells of 2 px, for components' loop.
    cell = max(2, grid_cell(grey.shape, scale, CELL_POINTS))
    height, width = grey.shape[:2]
    rows, cols = height // cell, width // cell
    if not rows or not cols:
        return []
    blocks = (grey[: rows * cell, : cols * cell] < _NOT_WHITE).reshape(rows, cell, cols, cell)
    dense = blocks.mean(axis=(1, 3)) >= DENSE
    boxes = []
    for r0, c0, r1, c1, count in components(dense):
        w, h = (c1 - c0) * cell / scale, (r1 - r0) * cell / scale
        if w >= MIN_WIDTH_POINTS and h >= MIN_HEIGHT_POINTS and count >= MIN_FILL * (r1 - r0) * (c1 - c0):
            boxes.append((c0 * cell, r0 * cell, min(width, c1 * cell), min(height, r1 * cell)))
    return boxes


def touches(box: tuple, photos: Sequence[tuple], margin: int) -> bool:
    """Whether pixel box `box` lies within `margin` px of (or inside) any photo box."""
    x0, top, x1, bottom = box
    return any(
        x0 <= p[2] + margin and x1 >= p[0] - margin and top <= p[3] + margin and bottom >= p[1] - margin for p in photos
    )


def components(mask, seeds=None) -> list[tuple[int, int, int, int, int]]:
    """Bounding boxes (r0, c0, r1, c1 exclusive) and sizes of 8-connected True areas of a small grid; with
    `seeds` (a mask of the same shape), only of the areas holding a True cell of it."""
    rows, cols = mask.shape
    seen = mask.copy()
    found = []
    for start in zip(*(seen if seeds is None else seen & seeds).nonzero()):
        if not seen[start]:
            continue
        seen[start] = False
        stack, r0, c0, r1, c1, count = [start], start[0], start[1], start[0], start[1], 0
        while stack:
            r, c = stack.pop()
            count += 1
            r0, c0, r1, c1 = min(r0, r), min(c0, c), max(r1, r), max(c1, c)
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    nr, nc = r + dr, c + dc
                    if 0 <= nr < rows and 0 <= nc < cols and seen[nr, nc]:
                        seen[nr, nc] = False
                        stack.append((nr, nc))
        found.append((int(r0), int(c0), int(r1) + 1, int(c1) + 1, count))
    return found

"""Punched holes on a scanned page, found so they are wiped before OCR.

A sheet punched for a binder shows its holes as solid dark disks (the scanner's dark lid behind
them) in a margin. Tesseract reads one as a letter or a mark beside the lines ("@", "e"), and a
disk pulls a page's measured ink grey towards black (faded.ink_ratio). A hole is told by its shape
alone: solid to its middle, round, 12-40 pt across; no glyph is that large and solid (a bold title
capital has its counters in the middle), a filled bullet or radio button is far smaller, and a black
box or logo is square. Pure functions over pixel arrays.
"""

from __future__ import annotations

CELL_POINTS = 1.0  # holes are looked for on a grid of cells this size
DARK_SHARE = 0.35  # a cell darker than this share of the paper's light is solid dark (faded ink is not)
MIN_POINTS, MAX_POINTS = 12.0, 40.0  # a hole's diameter: punches make 5-6 mm (14-17 pt)
MAX_ASPECT = 1.3  # width over height either way
# Share of its bounding box a disk fills is pi / 4 (0.785); a square fills all of it, a ring far less.
FILL = (0.65, 0.9)
RIM_POINTS = 1.5  # wiped this far round a hole's box too (its grey edge)
MAX_CELLS = 1_500_000  # the most cells the grid gets (a page at OCR's pixel cap drawn at 300 dpi has 1.25 M)


def hole_boxes(grey, scale: float, paper: float = 255.0) -> list[tuple[int, int, int, int]]:
    """Pixel boxes (x0, top, x1, bottom) of the punched holes of `grey` (2-D uint8, `scale` px per pt),
    whose paper is about `paper` light."""

    from bilagor.extractor.photos import components
    from bilagor.extractor.pixel_guard import grid_cell

    # A bounded grid (pixel_guard), though a finer one than other steps': 1 pt cells are 4 px at 300 dpi, 1.25 M of
    # them on a page at the pixel cap; a poster page there had 20 M cells of 1 px, each a step of components' loop.
    cell = grid_cell(grey.shape, scale, CELL_POINTS, MAX_CELLS)
    height, width = grey.shape[:2]
    rows, cols = height // cell, width // cell
    if not rows or not cols:
        return []
    means = grey[: rows * cell, : cols * cell].reshape(rows, cell, cols, cell).mean(axis=(1, 3))
    dark = means < DARK_SHARE * paper
    boxes = []
    low, high = MIN_POINTS * scale / cell, MAX_POINTS * scale / cell
    for r0, c0, r1, c1, count in components(dark, _solid_blocks(dark) if low >= 2 else None):
        h, w = r1 - r0, c1 - c0
        if not (low <= w <= high and low <= h <= high) or max(w, h) > MAX_ASPECT * min(w, h):
            continue
        centre = dark[r0 + h // 4 : r1 - h // 4, c0 + w // 4 : c1 - w // 4]
        # a disk's middle half is all ink; a bold capital's ("B", "O") holds its counters there
        if FILL[0] * w * h <= count <= FILL[1] * w * h and centre.size and centre.all():
            rim = round(RIM_POINTS * scale)
            boxes.append(
                (
                    max(0, c0 * cell - rim),
                    max(0, r0 * cell - rim),
                    min(width, c1 * cell + rim),
                    min(height, r1 * cell + rim),
                )
            )
    return boxes


def _solid_blocks(dark):
    """Cells starting a 2 x 2 block of `dark` cells (its top left). A hole at least 2 cells across holds one in its
    middle half, which must be all dark: the areas without one are not flooded (a page of noise, a poster page's
    scattered dark cells, made a million steps of components' loop)."""
    import numpy as np

    blocks = np.zeros_like(dark)
    blocks[:-1, :-1] = dark[:-1, :-1] & dark[1:, :-1] & dark[:-1, 1:] & dark[1:, 1:]
    return blocks


def without_holes(grey, scale: float, paper: float = 255.0):
    """`grey` with its punched holes (hole_boxes) painted `paper`; the same array when it has none."""
    boxes = hole_boxes(grey, scale, paper)
    if not boxes:
        return grey
    out = grey.copy()
    for x0, top, x1, bottom in boxes:
        out[top:bottom, x0:x1] = round(paper)
    return out

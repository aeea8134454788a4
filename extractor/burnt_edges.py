"""A page rescued from a fire: its burnt-away edges made paper and the browned paper beside them evened out, before
OCR (issue #12, thirty-sixth round).

Along one or two edges of a scorched page the paper is burnt away to a wavy line (the scanner's dark lid shows
there), with a charred rim and then a browned band fading inwards where the paper is darker and the print paler.
Left as they were, the dark edge made the page look like a photographed sheet on a desk (rectified and relit as
one) or a fold's shadow, its rim was read as strokes, and the browned band's paler print on darker paper fell
under Tesseract's threshold. What tells a burn from a scanner's border or a desk round a photo: the dark run from
the image's edge is there along (nearly) all of one or two edges, its depth waves along the edge (a border's or a
desk's edge is a straight line, slanted or not), and the paper just inside it is browned, darker than the page's.

The burnt part and its rim are made paper; in a strip along each burnt edge the page is divided by the paper's
light round each pixel (cells' 90th-percentile greys, the lightest of each cell's neighbours: page_photo's
lightest_within), scaled to the page's own paper, so the browned band's paper is
the page's again and its print as dark against it as it was. Clean pages, a border's and a photo's desk are left.
Pure functions over a grey page image (2-D uint8, ink dark, `scale` px per pt).

    burnt_edges(grey, scale) -> {edge: depths}    the burnt edges ("top", "bottom", "left", "right") found
    without_burnt_edges(grey, scale) -> (grey, burnt)
"""

from __future__ import annotations

from typing import Any

EDGES = ("top", "bottom", "left", "right")
BURNT_LEVEL = 100  # darker than this (of 255) is the burnt part or its charred rim (the lid 15-40, the rim 35-70)
MIN_BURN_POINTS = 3.0  # a burnt edge's dark run reaches at least this far in ...
# ... along this share of the edge's middle (a fire's wave dips to the edge in places: 0.4-1.0 of it)
MIN_BURNT_SHARE = 0.35
# An edge is measured on its middle (this share of each end left out): near a corner the run from the other
# edge's burn, or a burnt corner, reaches the whole strip's depth
CORNER_SHARE = 0.15
MAX_BURN_POINTS = 90.0  # deeper dark runs are a picture, a dark page or a desk, left alone
MAX_BURNT_EDGES = 2  # three or four dark edges are a frame or a desk all round (ocr_frame's, page_photo's)
# The burn line waves along the edge: its depth, a straight line fitted and taken off (a slanted sheet's border
# or desk edge is one), still spans this much between its 5th and 95th percentiles (a fire's 12-36 px waves at
# 200 dpi span 8-25 pt; a scanner's border, JPEG-blurred, under 1 pt).
MIN_WAVE_POINTS = 3.0
# The paper just inside the burn line (from RIM_POINTS to RIM_POINTS + BESIDE_POINTS past it) is browned: its
# light at most this share of the page's paper (a fire's browned band 0.55-0.75 at its rim; clean paper 1.0).
BROWN_SHARE = 0.9
RIM_POINTS = 2.0
BESIDE_POINTS = 10.0
EDGE_GAP = 3  # px: a dark run ends where this many light pixels follow in a row
GROW_POINTS = 2.5  # the burnt part is made paper this much further in: the rim's blurred inner edge
LIGHT_CELL_POINTS = 4.0  # the paper's light is measured on cells this size (the browned band fades over 20-60 pt)
LIGHT_PERCENTILE = 90  # of a cell's greys: its paper
FILL_CELLS = 8  # a burnt cell takes its neighbours' light, reaching this many cells (past the rim)
MIN_LIGHT_SHARE = 0.3  # a cell lit less than this share of the paper holds no paper: burnt, made paper
BAND_POINTS = 110.0  # the paper is evened out in a strip this deep past the deepest burn (the band 90-260 px)


def _profiles(grey, scale: float) -> dict[str, Any]:
    """Each edge's dark run from the image's edge, in px at each position along it, and the grey along each
    position's line inwards (the first MAX_BURN_POINTS + RIM_POINTS + BESIDE_POINTS of it)."""
    import numpy as np

    reach = min(int((MAX_BURN_POINTS + RIM_POINTS + BESIDE_POINTS) * scale), min(grey.shape) // 3)
    lines = {
        "top": grey[:reach, :].T,
        "bottom": grey[::-1][:reach, :].T,
        "left": grey[:, :reach],
        "right": grey[:, ::-1][:, :reach],
    }
    out = {}
    for edge, strip in lines.items():
        # a 3 px mean along the line: a soot speck or a JPEG block's light pixel ends no run
        values = np.asarray(strip, np.float32)
        smooth = (values + np.roll(values, 1, axis=1) + np.roll(values, -1, axis=1)) / 3
        # light: paper for EDGE_GAP px running (a JPEG block's or the render's light edge pixel ends no run)
        light = smooth >= BURNT_LEVEL
        for step in range(1, EDGE_GAP):
            light &= np.roll(light, -step, axis=1)
        light[:, :EDGE_GAP] = False
        light[:, -1] = True
        out[edge] = (np.argmax(light, axis=1), strip)
    return out


def _paper(grey) -> float:
    """The page's own paper: the 90th percentile of its middle half (every third pixel)."""
    import numpy as np

    height, width = grey.shape
    return float(np.percentile(grey[height // 4 : -height // 4 : 3, width // 4 : -width // 4 : 3], 90))


def burnt_edges(grey, scale: float) -> dict[str, Any]:
    """{edge: the dark run's depth in px at each position along it} for the edges of `grey` found burnt; {} when
    none is, or more than MAX_BURNT_EDGES look so (a frame, a desk)."""
    import numpy as np

    grey = np.asarray(grey)
    if grey.ndim != 2 or min(grey.shape) < 20 * scale:
        return {}
    paper = _paper(grey)
    found = {}
    dark_edges = 0
    for edge, (whole, strip_whole) in _profiles(grey, scale).items():
        cut = int(CORNER_SHARE * whole.size)
        depth, strip = whole[cut : whole.size - cut], strip_whole[cut : whole.size - cut]
        burnt = depth >= MIN_BURN_POINTS * scale
        if float(burnt.mean()) < MIN_BURNT_SHARE:
            continue
        dark_edges += 1
        if np.percentile(depth, 95) >= MAX_BURN_POINTS * scale or depth.max() >= strip.shape[1] - 1:
            continue
        along = np.arange(depth.size, dtype=np.float64)
        fit = np.polyval(np.polyfit(along, depth.astype(np.float64), 1), along)
        low, high = np.percentile(depth - fit, [5, 95])
        if high - low < MIN_WAVE_POINTS * scale:
            continue
        start = depth + int(RIM_POINTS * scale)
        offsets = np.arange(int(BESIDE_POINTS * scale))
        columns = np.clip(start[:, None] + offsets[None, :], 0, strip.shape[1] - 1)
        beside = np.take_along_axis(np.asarray(strip), columns, axis=1)
        if float(np.percentile(beside, 90)) > BROWN_SHARE * paper:
            continue
        found[edge] = whole
    if dark_edges > MAX_BURNT_EDGES:
        return {}
    return found


def _paper_light(grey, scale: float):
    """The paper's light on cells of LIGHT_CELL_POINTS (float32): each cell's LIGHT_PERCENTILE grey (there is
    paper between any letters), then the lightest of it and its neighbours (a cell of bold print); a cell with no
    paper (burnt, set 0) takes its lightest neighbour's, so the browned paper at the burn line is lit by itself."""
    import numpy as np

    from bilagor.extractor.page_photo import lightest_within

    cell = max(2, round(LIGHT_CELL_POINTS * scale))
    height, width = grey.shape
    rows, cols = -(-height // cell), -(-width // cell)
    padded = np.pad(np.asarray(grey, np.float32), ((0, rows * cell - height), (0, cols * cell - width)), mode="edge")
    blocks = padded.reshape(rows, cell, cols, cell).transpose(0, 2, 1, 3).reshape(rows, cols, cell * cell)
    light = np.percentile(blocks, LIGHT_PERCENTILE, axis=2).astype(np.float32)
    light = lightest_within(light, 1)
    for _ in range(FILL_CELLS):
        empty = light <= 0
        if not empty.any():
            break
        light = np.where(empty, lightest_within(light, 1), light)
    return light


def without_burnt_edges(grey, scale: float):
    """(`grey` with its burnt edges made paper and the browned paper beside them evened out, whether any was)."""
    import numpy as np
    from PIL import Image

    found = burnt_edges(grey, scale)
    if not found:
        return grey, False
    height, width = grey.shape
    out = np.asarray(grey).astype(np.float32)
    paper = _paper(grey)
    grow = int(GROW_POINTS * scale)
    burnt = np.zeros((height, width), bool)
    for edge, depth in found.items():
        if edge in ("top", "bottom"):
            rows = np.arange(height)[:, None]
            mask = rows < (depth + grow)[None, :] if edge == "top" else rows >= height - (depth + grow)[None, :]
        else:
            cols = np.arange(width)[None, :]
            mask = cols < (depth + grow)[:, None] if edge == "left" else cols >= width - (depth + grow)[:, None]
        burnt |= mask
    # the paper's light round each pixel, the burnt part dark so that the browned paper beside it is lit by itself
    light = _paper_light(np.where(burnt, 0, out), scale)
    filled = np.where(burnt, paper, out)
    full = np.asarray(Image.fromarray(light, mode="F").resize((width, height), Image.Resampling.BILINEAR))
    strip = np.zeros((height, width), bool)
    for edge, depth in found.items():
        deep = int(depth.max() + (GROW_POINTS + BAND_POINTS) * scale)
        if edge == "top":
            strip[:deep] = True
        elif edge == "bottom":
            strip[height - deep :] = True
        elif edge == "left":
            strip[:, :deep] = True
        else:
            strip[:, width - deep :] = True
    # where no paper lies near (a cell all burnt) nothing is divided: it is made paper
    evened = np.where(full >= MIN_LIGHT_SHARE * paper, filled * (paper / np.maximum(full, 1.0)), paper)
    out = np.where(strip & ~burnt, np.minimum(evened, 255.0), filled)
    return np.clip(out, 0, 255).astype(np.uint8), True

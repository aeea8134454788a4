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

from bilagor.extractor.scan_settings import SCAN_SETTINGS, ScanSettings

EDGES = ("top", "bottom", "left", "right")


def _profiles(grey, scale: float, s: ScanSettings) -> dict[str, Any]:
    """Each edge's dark run from the image's edge, in px at each position along it, and the grey along each
    position's line inwards (the first s.burn_max_points + s.burn_rim_points + s.burn_beside_points of it)."""
    import numpy as np

    reach = min(int((s.burn_max_points + s.burn_rim_points + s.burn_beside_points) * scale), min(grey.shape) // 3)
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
        # light: paper for s.burn_edge_gap px running (a JPEG block's or the render's light edge pixel ends no run)
        light = smooth >= s.burn_level
        for step in range(1, s.burn_edge_gap):
            light &= np.roll(light, -step, axis=1)
        light[:, : s.burn_edge_gap] = False
        light[:, -1] = True
        out[edge] = (np.argmax(light, axis=1), strip)
    return out


def _paper(grey) -> float:
    """The page's own paper: the 90th percentile of its middle half (every third pixel)."""
    import numpy as np

    height, width = grey.shape
    return float(np.percentile(grey[height // 4 : -height // 4 : 3, width // 4 : -width // 4 : 3], 90))


def burnt_edges(grey, scale: float, s: ScanSettings = SCAN_SETTINGS) -> dict[str, Any]:
    """{edge: the dark run's depth in px at each position along it} for the edges of `grey` found burnt; {} when
    none is, or more than s.burn_max_edges look so (a frame, a desk)."""
    import numpy as np

    grey = np.asarray(grey)
    if grey.ndim != 2 or min(grey.shape) < 20 * scale:
        return {}
    paper = _paper(grey)
    found = {}
    dark_edges = 0
    for edge, (whole, strip_whole) in _profiles(grey, scale, s).items():
        cut = int(s.burn_corner_share * whole.size)
        depth, strip = whole[cut : whole.size - cut], strip_whole[cut : whole.size - cut]
        burnt = depth >= s.burn_min_points * scale
        if float(burnt.mean()) < s.burn_min_share:
            continue
        dark_edges += 1
        if np.percentile(depth, 95) >= s.burn_max_points * scale or depth.max() >= strip.shape[1] - 1:
            continue
        along = np.arange(depth.size, dtype=np.float64)
        fit = np.polyval(np.polyfit(along, depth.astype(np.float64), 1), along)
        low, high = np.percentile(depth - fit, [5, 95])
        if high - low < s.burn_min_wave_points * scale:
            continue
        start = depth + int(s.burn_rim_points * scale)
        offsets = np.arange(int(s.burn_beside_points * scale))
        columns = np.clip(start[:, None] + offsets[None, :], 0, strip.shape[1] - 1)
        beside = np.take_along_axis(np.asarray(strip), columns, axis=1)
        if float(np.percentile(beside, 90)) > s.burn_brown_share * paper:
            continue
        found[edge] = whole
    if dark_edges > s.burn_max_edges:
        return {}
    return found


def _paper_light(grey, scale: float, s: ScanSettings = SCAN_SETTINGS):
    """The paper's light on cells of s.burn_light_cell_points (float32): each cell's s.burn_light_percentile
    grey (there is paper between any letters), then the lightest of it and its neighbours (a cell of bold print);
    a cell with no paper (burnt, set 0) takes its lightest neighbour's, so the browned paper at the burn line is lit
    by itself."""
    import numpy as np

    from bilagor.extractor.page_photo import lightest_within

    cell = max(2, round(s.burn_light_cell_points * scale))
    height, width = grey.shape
    rows, cols = -(-height // cell), -(-width // cell)
    padded = np.pad(np.asarray(grey, np.float32), ((0, rows * cell - height), (0, cols * cell - width)), mode="edge")
    blocks = padded.reshape(rows, cell, cols, cell).transpose(0, 2, 1, 3).reshape(rows, cols, cell * cell)
    light = np.percentile(blocks, s.burn_light_percentile, axis=2).astype(np.float32)
    light = lightest_within(light, 1)
    for _ in range(s.burn_fill_cells):
        empty = light <= 0
        if not empty.any():
            break
        light = np.where(empty, lightest_within(light, 1), light)
    return light


def without_burnt_edges(grey, scale: float, s: ScanSettings = SCAN_SETTINGS):
    """(`grey` with its burnt edges made paper and the browned paper beside them evened out, whether any was)."""
    import numpy as np
    from PIL import Image

    found = burnt_edges(grey, scale, s)
    if not found:
        return grey, False
    height, width = grey.shape
    out = np.asarray(grey).astype(np.float32)
    paper = _paper(grey)
    grow = int(s.burn_grow_points * scale)
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
    light = _paper_light(np.where(burnt, 0, out), scale, s)
    filled = np.where(burnt, paper, out)
    full = np.asarray(Image.fromarray(light, mode="F").resize((width, height), Image.Resampling.BILINEAR))
    strip = np.zeros((height, width), bool)
    for edge, depth in found.items():
        deep = int(depth.max() + (s.burn_grow_points + s.burn_band_points) * scale)
        if edge == "top":
            strip[:deep] = True
        elif edge == "bottom":
            strip[height - deep :] = True
        elif edge == "left":
            strip[:, :deep] = True
        else:
            strip[:, width - deep :] = True
    # where no paper lies near (a cell all burnt) nothing is divided: it is made paper
    evened = np.where(full >= s.burn_min_light_share * paper, filled * (paper / np.maximum(full, 1.0)), paper)
    out = np.where(strip & ~burnt, np.minimum(evened, 255.0), filled)
    return np.clip(out, 0, 255).astype(np.uint8), True

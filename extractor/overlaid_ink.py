"""Coloured ink laid over a scan's grey print, taken out before OCR: a rubber stamp, a sticky note, a correction.

A received stamp ("INKOM 2024-03-12 Registrator") is pressed half over an answer in red, violet or blue ink, a
yellow note is stuck over a line, a reader corrects a word in blue. Read with the print, the stamp's words join the
answer's line and its ring breaks the letters under it. The print is near-grey (its red, green and blue alike), the
laid-over ink strongly coloured, and ink multiplies: where the stamp lies over a letter the pixel is the letter's
grey times the stamp's colour. So in each group of coloured ink the channel the ink absorbs least carries the print
alone, divided by that channel's level on bare paper under the ink (its typical pixel): the stamp becomes paper and
the letter under it keeps its grey. A group is laid-over ink when it is shaped like a stamp (a ring or frame taller
and wider than a line: FRAME_POINTS) or lies over grey print; a coloured heading or logo (its letters no taller than
a line, nothing grey under them) and a colour photo (dense, many hues: left to the photo step) stay.
On a form printed in colour (its dark ink coloured beyond a pen's share: red labels and title) ink of the
print's own hue is print and stays, as in ocr_pen.
Pure functions over pixel arrays (uint8; `rgb` H x W x 3, `grey` H x W, ink dark).
"""

from __future__ import annotations

# Channels this much further apart than the paper's own tint are coloured ink (a faded stamp's pale red is 30-60
# apart in a JPEG, black print's edge under 15).
COLOUR_SPREAD = 30
EDGE_SPREAD = 14  # a coloured group's paler edge (a JPEG keeps colour at half resolution) is normalised down to this
EDGE_POINTS = 1.0  # ...within this of its coloured pixels
CELL_POINTS = 1.0
GROUP_POINTS = 3.0  # coloured ink this near is one group (a stamp's words and its ring; a note's fill)
FRAME_POINTS = 30.0  # a ring or frame taller and wider than this is a stamp's (a heading's letters are under 20 pt)
PRINT_GREY = 140  # grey darker than this, with little colour, is the print's ink
MIN_AREA_POINTS = 250  # square points of coloured cells: a stamp's are 1 500 - 2 500, a note's more, a word's under 150
MIN_PRINT_UNDER = 0.02  # share of a group's cells with grey print under them: it lies over print
DENSE = 0.6  # a group whose coloured cells fill more of its box than this and is dark is a photo or a filled block
PALE = 200  # ...unless its typical pixel is lighter than this (a sticky note's pale fill)
MAX_HUE_SPREAD = 45.0  # a stamp is one ink: most of its pixels within this of their busiest hue (a photo's are not)
ONE_INK = 0.75
MIN_LEVEL = 110  # an ink whose lightest channel is darker than this hides the print under it: made paper only


def without_overlaid_ink(grey, rgb, scale: float):
    """`grey` with the coloured ink laid over its print (see the module) taken out, and whether any was."""
    cleaned, _, found = overlaid_ink_taken_out(grey, rgb, scale)
    return cleaned, found


def overlaid_ink_taken_out(grey, rgb, scale: float):
    """(`grey` with the coloured ink laid over its print taken out, `rgb` with that ink's pixels made the cleaned
    grey, whether any was). The colour render is handed on without the ink: the pen step after this one took the
    stamp's coloured strokes for a pen's and made them paper, widened, with the print under them (h20-009's
    "Sätraskogen" lost its middle letters under an INKOM frame)."""
    import numpy as np

    from bilagor.extractor.page_photo import dilated

    groups = overlaid_groups(grey, rgb, scale)
    if not groups:
        return grey, rgb, False
    rgb = np.asarray(rgb)
    spread = _spread(rgb)
    paper_spread = float(np.median(spread[::8, ::8]))
    strong = spread > paper_spread + COLOUR_SPREAD
    print_hue = _print_hue(rgb, grey, strong)
    coloured = _other_hue(rgb, strong, print_hue)
    paler = _other_hue(rgb, spread > paper_spread + EDGE_SPREAD, print_hue)
    edges = dilated(coloured, max(1, round(EDGE_POINTS * scale))) & paler
    cleaned = np.array(grey)
    taken = np.zeros(cleaned.shape, bool)
    for x0, top, x1, bottom in groups:
        part = rgb[top:bottom, x0:x1]
        own = coloured[top:bottom, x0:x1]
        edge = edges[top:bottom, x0:x1]
        lightest = part.max(axis=-1)
        level = float(np.median(lightest[own]))
        window = cleaned[top:bottom, x0:x1]
        if level < MIN_LEVEL:  # dark ink: nothing of the print shows through it
            window[own] = 255
            taken[top:bottom, x0:x1] |= own
            continue
        # worked out at the ink's edge pixels only: floats of a whole group's box were 8 bytes a pixel (a page
        # wholly in colour is one group of 20 M pixels)
        print_only = np.minimum(255.0, lightest[edge].astype(np.float32) * (255.0 / level)).astype(window.dtype)
        window[edge] = np.maximum(window[edge], print_only)
        taken[top:bottom, x0:x1] |= edge
    return cleaned, neutral_where(rgb, cleaned, taken), True


def neutral_where(rgb, grey, mask):
    """`rgb` (a copy) whose pixels under `mask` are `grey`'s, all three channels alike: no colour left there."""
    import numpy as np

    neutral = np.array(rgb)
    neutral[mask] = np.asarray(grey)[mask][:, None]
    return neutral


def overlaid_groups(grey, rgb, scale: float) -> list[tuple[int, int, int, int]]:
    """Pixel boxes (x0, top, x1, bottom) of the groups of coloured ink laid over the print (see the module)."""
    import numpy as np

    from bilagor.extractor.ocr_pen import _busiest_hue, hues, near_hue
    from bilagor.extractor.page_photo import dilated
    from bilagor.extractor.photos import components

    rgb = np.asarray(rgb)
    grey = np.asarray(grey)
    spread = _spread(rgb)
    coloured = spread > float(np.median(spread[::8, ::8])) + COLOUR_SPREAD
    if not coloured.any():
        return []
    coloured = _other_hue(rgb, coloured, _print_hue(rgb, grey, coloured))
    if not coloured.any():
        return []
    grey_print = (grey < PRINT_GREY) & ~coloured
    cell = max(1, round(CELL_POINTS * scale))
    coloured_cells, print_cells = _cells(coloured, cell), _cells(grey_print, cell)
    grown = dilated(coloured_cells, max(1, round(GROUP_POINTS * scale / cell)))
    frame = FRAME_POINTS * scale / cell
    found = []
    for r0, c0, r1, c1, _ in components(grown):
        own = coloured_cells[r0:r1, c0:c1]
        if own.sum() * cell * cell < MIN_AREA_POINTS * scale * scale:
            continue  # a coloured word or its JPEG fringe beside black print (a pen's tick: ocr_pen)
        rows, cols = np.nonzero(own)
        height, width = rows.max() - rows.min() + 1, cols.max() - cols.min() + 1
        box = (c0 * cell, r0 * cell, min(rgb.shape[1], c1 * cell), min(rgb.shape[0], r1 * cell))
        pixels = rgb[box[1] : box[3], box[0] : box[2]][coloured[box[1] : box[3], box[0] : box[2]]]
        hue = hues(pixels)
        if near_hue(hue, _busiest_hue(hue), MAX_HUE_SPREAD).mean() < ONE_INK:
            continue  # many inks: a colour photo
        dense = own.sum() > DENSE * height * width
        if dense and float(np.median(pixels.max(axis=-1))) < PALE:
            continue  # a dark filled block (a photo, a coloured box): not laid over anything
        over_print = (own & print_cells[r0:r1, c0:c1]).sum() > MIN_PRINT_UNDER * own.sum()
        if (height > frame and width > frame) or over_print:
            found.append(box)
    return found


def _print_hue(rgb, grey, coloured) -> float | None:
    """The print's own hue (degrees) when the page's dark ink is coloured beyond a pen's share (ocr_pen.MAX_MARK_SHARE:
    the fourteenth set's colour forms, red labels and title, 15-70 %; a stamp is 2-3 % of a full page's), else None."""
    import numpy as np

    from bilagor.extractor.bands import row_bands
    from bilagor.extractor.ocr_pen import MAX_MARK_SHARE, busiest_of, hue_counts, hues

    ink = np.asarray(grey) < PRINT_GREY
    coloured_ink = coloured & ink
    if coloured_ink.sum() <= MAX_MARK_SHARE * max(1, int(ink.sum())):
        return None
    # the hues' histogram summed band by band: the pixels of a page wholly in colour taken out at once were 3 bytes
    # each, their hues 4 more
    bands = row_bands(coloured_ink.shape[0])
    return busiest_of(sum(hue_counts(hues(rgb[start:stop][coloured_ink[start:stop]])) for start, stop, _, _ in bands))


def _other_hue(rgb, coloured, print_hue: float | None):
    """`coloured` without the pixels near the print's own hue (a stamp of the print's hue stays, as in ocr_pen)."""
    from bilagor.extractor.bands import row_bands
    from bilagor.extractor.ocr_pen import PRINT_HUE_DEGREES, hues, near_hue

    if print_hue is None:
        return coloured
    kept = coloured.copy()
    for start, stop, _, _ in row_bands(coloured.shape[0]):  # a band at a time, as _print_hue
        band = coloured[start:stop]
        kept[start:stop][band] = ~near_hue(hues(rgb[start:stop][band]), print_hue, PRINT_HUE_DEGREES)
    return kept


def _spread(rgb):
    """Each pixel's max - min of its channels (how coloured it is), channel by channel for speed."""
    import numpy as np

    red, green, blue = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    return np.maximum(np.maximum(red, green), blue).astype(np.int16) - np.minimum(np.minimum(red, green), blue)


def _cells(mask, cell: int):
    """Whether each `cell` x `cell` square of `mask` holds any True pixel."""
    import numpy as np

    height, width = mask.shape
    rows, cols = -(-height // cell), -(-width // cell)
    padded = np.zeros((rows * cell, cols * cell), bool)
    padded[:height, :width] = mask
    return padded.reshape(rows, cell, cols, cell).any(axis=(1, 3))

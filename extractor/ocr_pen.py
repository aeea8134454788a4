"""Pen marks on a scanned page, taken out before OCR.

A reader ticks a line in the margin, underlines a few words with a wavy stroke, circles a word and
scribbles a note beside the text, in blue or red ballpoint. Read with the print, the circle becomes
brackets glued to the word ("(har)spridits"), the underline merges the words above it
("rapporteraråterkommandbordningsstörningar"), and the scribbles become words ("SAT", "NVTN") that end
an answer or stand as a label. Ballpoint ink is told from the print by its colour: the print's ink is
black or grey (its red, green and blue alike, as the paper's tint is), a pen's is strongly coloured.
A mark is a coloured stroke larger than a glyph (an underline, a circle, a scribbled line) or one
standing alone (a tick). Coloured print (labels in a heading colour) is told by its share of the ink:
a pen's marks are a few per cent of a page's ink, so a page with more coloured ink than that is printed
in that colour. On such a page (a pre-printed colour form: labels in blue or red) the print's hue is the hue
most of the coloured ink has, and coloured ink of another hue (a red stamp on a blue form, a blue signature
on a red one) is marks again: its strokes as above, and all of it inside a stroke's box (a stamp's words
inside its frame, which stand together like print's letters). A mark of the print's own hue stays.
Pure functions over pixel arrays (uint8; `rgb` H x W x 3, `grey` H x W, ink dark).
"""

from __future__ import annotations

# Coloured ink beyond this share of a page's ink is the print's own colour (labels or headings in a
# heading colour, a form printed in blue), not a pen's marks: those were 1-3 % of a full page's ink in
# the eleventh forms set and 7 % on a page of a few lines. A coloured title alone is less than this: the
# limit of telling colour from colour (its glyphs are no strokes and stand together, but a bold word's
# letters run into one stroke, so shape alone does not keep it).
MAX_MARK_SHARE = 0.1
_INK = 160  # grey darker than this is ink (as the rule finder takes it)
# A scan's JPEG keeps colour at half its resolution: a stroke's edge is paler colour this far out (a
# phone photo's more: page_photo.COLOUR_FRINGE_POINTS). Wider, it would take descenders under an underline.
FRINGE_POINTS = 0.8
# Coloured ink is judged by its shape on cells this size: a glyph of coloured print (a heading's letter,
# or two run together) fits a square of GLYPH_POINTS; a pen's underline, circle or scribbled line,
# each one unbroken stroke, does not.
SHAPE_CELL_POINTS = 0.5
GLYPH_POINTS = 14.0
NEIGHBOUR_POINTS = 4.0  # a letter's neighbour in its word is nearer than this (a word space is about 3 pt)
# Hues (degrees) this near the coloured print's own are its colour: a blue form's labels and its JPEG's
# colour noise. A red stamp's hue is 120-150° off a blue form's, a blue pen's as far off a red one's.
PRINT_HUE_DEGREES = 40.0
HUE_CHUNK = 1 << 18  # pixels whose hues are worked out at once (their float temporaries some 8 MB)
# On a page of coloured print, ink of another hue beyond this share of the page's ink is a second colour of
# print, not marks: a stamp and a signature on a short page are a quarter of its ink, a heading in a
# second colour under a tenth (its letters stand together and stay by their shape anyway).
MAX_OTHER_HUE_SHARE = 0.4
VIVID = 50
# A pixel darker than this share of a dark pen stroke's own grey is black print under or beside it (a red
# ballpoint is 70-90 grey, black print 10-50): kept when the stroke and its fringe are made paper.
PRINT_UNDER_PEN = 0.6
# A reviewer's correction is written just over the word the pen strikes (a stroke at least a short word wide): its
# letters' bottoms within this of the stroke's top (a short line's height: a title a line above a ring stays).
WRITTEN_OVER_POINTS = 10.0
WORD_POINTS = 12.0
# A page whose coloured ink passes MAX_MARK_SHARE is still a pen's when this share of it is strokes, not letters
# (a short page's ring, struck words and note), and a stroke no thicker than RULE_POINTS is a coloured form's rule.
PEN_SHAPED_SHARE = 0.5
RULE_POINTS = 2.0
MAX_PEN_INK_POINTS = 1500.0  # pt² of coloured pixels: a short page's ring, line and note some 400-1000
# A page is looked at for colour on a copy this many px per pt first (a grey scan has none: no colour render)
PROBE_SCALE = 0.5


def probe_scale(scale: float) -> float:
    """The scale to probe a page rendered at `scale` px per pt for colour at: PROBE_SCALE, or `scale` when that
    is smaller (a poster-sized page capped by ocr.MAX_PIXELS: 0.5 px per pt of a 14 400 pt page was a 207 MB probe,
    larger than the page's own render)."""
    return min(PROBE_SCALE, scale)


def pen_marks(rgb, grey, scale: float):
    """Mask of `grey`'s pixels that are a pen's coloured marks, or None (see `_pen_strokes`)."""
    found = _pen_strokes(rgb, grey, scale)
    return None if found is None else found[0]


def _pen_strokes(rgb, grey, scale: float):
    """Mask of `grey`'s pixels that are a pen's coloured marks (strongly coloured: page_photo.colour_marks),
    with their paler fringe, or None when there are none or the colour is the print's. A mark is a coloured
    stroke larger than a glyph (GLYPH_POINTS) or a glyph-sized one standing alone (a tick: coloured print's
    letters have their word's letters beside them, within NEIGHBOUR_POINTS). With the mask: the pixel box
    (x0, top, x1, bottom) of each stroke."""
    import numpy as np

    from bilagor.extractor.ocr import widened
    from bilagor.extractor.page_photo import colour_marks
    from bilagor.extractor.photos import components

    coloured = colour_marks(rgb, scale, 0.0)
    if not coloured.any():
        return None
    ink = grey < _INK
    inked = int(ink.sum())
    if not inked:
        return None
    # a short page's pen marks (a ring, a struck line and a note over a few lines of print) pass the share: told
    # from coloured print by their shape, most of them strokes larger than a glyph and not straight (a frame's rule)
    cell = max(1, round(SHAPE_CELL_POINTS * scale))
    shape = _shape_cells(coloured, ink, cell)  # once: the shape test below and the strokes share it
    print_colour = int((coloured & ink).sum()) > MAX_MARK_SHARE * inked and not _pen_shaped(coloured, shape[0], scale)
    if print_colour:  # the print is coloured: only another hue's dark, clearly coloured ink is marks
        coloured = _other_hue_ink(rgb, coloured & ink)
        if not coloured.any() or int(coloured.sum()) > MAX_OTHER_HUE_SHARE * inked:
            return None
        shape = _shape_cells(coloured, ink, cell)
    height, width = coloured.shape
    cells, inked_cells, joined = shape
    limit, near = GLYPH_POINTS * scale / cell, max(1, round(NEIGHBOUR_POINTS * scale / cell))
    strokes = np.zeros_like(cells)
    reach = max(1, round(FRINGE_POINTS * scale))
    boxes = []
    letters = []
    for r0, c0, r1, c1, _ in components(joined):
        alone = not cells[r0:r1, max(0, c0 - near) : c0].any() and not cells[r0:r1, c1 : c1 + near].any()
        if r1 - r0 > limit or c1 - c0 > limit or alone:
            strokes[r0:r1, c0:c1] |= cells[r0:r1, c0:c1]
            boxes.append((c0 * cell - reach, r0 * cell - reach, c1 * cell + reach, r1 * cell + reach))
        else:
            letters.append((r0, c0, r1, c1))
    if not strokes.any():
        return None
    if not print_colour:  # a reviewer's words in the pen's colour (a correction, "OK" and initials): pen too
        grown = widened(widened(cells, axis=0, by=1), axis=1, by=1)  # the print: not a coloured letter's dark edge
        for r0, c0, r1, c1 in _pen_writing(rgb, coloured, cells, inked_cells & ~grown, strokes, letters, cell, scale):
            strokes[r0:r1, c0:c1] |= cells[r0:r1, c0:c1]
            boxes.append((c0 * cell - reach, r0 * cell - reach, c1 * cell + reach, r1 * cell + reach))
    boxes = [(max(0, x0), max(0, top), min(width, x1), min(height, bottom)) for x0, top, x1, bottom in boxes]
    if print_colour:  # another hue than the print's inside a stroke's box: a stamp's words in its frame
        for x0, top, x1, bottom in boxes:
            strokes[top // cell : -(-bottom // cell), x0 // cell : -(-x1 // cell)] = True
    marks = coloured & np.repeat(np.repeat(strokes, cell, axis=0), cell, axis=1)[:height, :width]
    # with the strokes' own pixels (no fringe): what tells a marker's pale band from a dark stroke
    found = widened(widened(marks, axis=0, by=reach), axis=1, by=reach)  # a square's reach
    return found & ~_print_under(rgb, grey, marks), boxes, marks


def _shape_cells(coloured, ink, cell: int):
    """(coloured cells, inked cells, the coloured cells joined through the inked ones they touch) of the pixel masks
    `coloured` and `ink` on a grid of `cell` px. A stroke through black print is cut by the letters it crosses (the
    ink over them is dark, not coloured): joined again through the print's cells it touches, so a struck word's
    line is one long stroke, not pieces the size of a letter's gap. Only its coloured cells are marks."""
    import numpy as np

    from bilagor.extractor.ocr import widened

    height, width = coloured.shape
    rows, cols = -(-height // cell), -(-width // cell)
    padded = np.zeros((rows * cell, cols * cell), bool)
    padded[:height, :width] = coloured
    cells = np.asarray(padded.reshape(rows, cell, cols, cell).any(axis=(1, 3)))
    padded[:height, :width] = ink
    inked_cells = np.asarray(padded.reshape(rows, cell, cols, cell).any(axis=(1, 3)))
    return cells, inked_cells, cells | (inked_cells & widened(widened(cells, axis=0, by=1), axis=1, by=1))


def _pen_shaped(coloured, cells, scale: float) -> bool:
    """Whether the coloured ink is a pen's though it passes MAX_MARK_SHARE of a page's ink (a short page: a ring, a
    struck line and a note over a few lines of print): no more of it than a pen's marks on a page are
    (MAX_PEN_INK_POINTS, where a colour form's labels are several times that) and most of it (PEN_SHAPED_SHARE) in
    strokes larger than a glyph that are not straight rules (RULE_POINTS thick at most), each on its own (not
    joined through the print, so a coloured word's letters stay letters). `cells`: the coloured ink's cells, as
    `_shape_cells` gives them (the caller's, computed once)."""
    from bilagor.extractor.photos import components

    if int(coloured.sum()) > MAX_PEN_INK_POINTS * scale * scale:
        return False
    cell = max(1, round(SHAPE_CELL_POINTS * scale))
    limit, thin = GLYPH_POINTS * scale / cell, RULE_POINTS * scale / cell
    shaped = 0
    for r0, c0, r1, c1, _ in components(cells):
        if max(r1 - r0, c1 - c0) > limit and min(r1 - r0, c1 - c0) > thin:
            shaped += int(cells[r0:r1, c0:c1].sum())
    return shaped >= PEN_SHAPED_SHARE * int(cells.sum())


def _pen_writing(rgb, coloured, cells, print_cells, strokes, letters, cell: int, scale: float):
    """The letters (cell boxes r0, c0, r1, c1 of `letters`: glyph-sized coloured areas with neighbours, which
    `_pen_strokes` keeps as coloured print) that a reviewer wrote with the pen whose `strokes` (cells) were found:
    of the strokes' hue (PRINT_HUE_DEGREES) and either just above or on a stroke as wide as a word (a correction
    written over the word it strikes: WRITTEN_OVER_POINTS) or in the page's lower half on rows holding no black
    print (`print_cells`; "OK" and initials at the foot, a note in the margin below the text). A coloured title
    or heading is at the top or on a line of its own in the upper half, and a page without the pen's strokes
    keeps its coloured letters."""
    import numpy as np

    from bilagor.extractor.photos import components

    height, width = coloured.shape
    stroke_pixels = np.repeat(np.repeat(strokes, cell, axis=0), cell, axis=1)[:height, :width]
    pen_hue = main_hue(rgb, coloured & stroke_pixels)
    per_point = scale / cell  # cells a pt
    wide = [(r0, c0, r1, c1) for r0, c0, r1, c1, _ in components(strokes) if c1 - c0 > WORD_POINTS * per_point]
    above = WRITTEN_OVER_POINTS * per_point
    print_rows = print_cells.any(axis=1)
    found = []
    for r0, c0, r1, c1 in letters:
        own = coloured[r0 * cell : r1 * cell, c0 * cell : c1 * cell]
        hue = main_hue(rgb[r0 * cell : r1 * cell, c0 * cell : c1 * cell], own)
        if not near_hue(np.array([hue]), pen_hue, PRINT_HUE_DEGREES)[0]:
            continue
        over = any(c0 < x1 and x0 < c1 and top - above <= r1 and r0 <= bottom for top, x0, bottom, x1 in wide)
        foot = 2 * r0 >= cells.shape[0] and not print_rows[r0:r1].any()
        if over or foot:
            found.append((r0, c0, r1, c1))
    return found


def _print_under(rgb, grey, marks):
    """Mask of `grey`'s pixels far darker than the pen's own strokes (`marks`) and grey in `rgb` (channels under
    VIVID apart): black print the pen crossed or touches. A ballpoint's ink darkens what it covers, so a struck word's letters stay black under the line, and
    a JPEG bleeds the pen's colour into them; wiped with the stroke's fringe, the word lost its middle."""
    import numpy as np

    grey, rgb = np.asarray(grey), np.asarray(rgb)
    core = marks.copy()
    core[core] = vivid(rgb[core])  # not its pale JPEG halo, nor the print's black under it
    own = grey[core]
    if not own.size:
        return np.zeros_like(marks)
    dark = grey < PRINT_UNDER_PEN * float(np.median(own))
    dark[dark] = ~vivid(rgb[dark])
    return dark


def _other_hue_ink(rgb, coloured_ink):
    """Mask of the pixels of `coloured_ink` that are vivid and of another hue than most of them (the print's).
    Hue and vividness are worked out for those pixels only, not the page: on a colour form drawn at 300 dpi
    the page's hue table was most of the step's time, over pixels that are paper."""
    import numpy as np

    pixels = np.asarray(rgb)[coloured_ink]  # N x 3
    hue = hues(pixels)
    found = np.zeros_like(coloured_ink)
    found[coloured_ink] = vivid(pixels) & ~near_hue(hue, _busiest_hue(hue), PRINT_HUE_DEGREES)
    return found


def without_pen(grey, rgb, scale: float):
    """`grey` with a pen's coloured marks (`pen_marks` of its colour render `rgb`) made white paper; the
    mask is None when nothing was taken out. A marker pen's band (a highlighter's pale colour laid over
    the print) is lightened back to paper instead, so the print under it stays (`unmarked`)."""
    import numpy as np

    from bilagor.extractor.ocr import widened

    found = _pen_strokes(rgb, grey, scale)
    if found is None:
        return grey, None
    marks, boxes, strokes = found
    cleaned = np.array(grey)
    levels = []
    for x0, top, x1, bottom in boxes:
        own = strokes[top:bottom, x0:x1]
        if not own.any():
            continue
        # a marker's band fills its box; a pen's line, circle or tick (a pale halo round it) does not, and a pen's
        # written word that fills it ("OK" in a bold hand) has dark cores: a band is pale through (BAND_DARK_SHARE)
        pixels = grey[top:bottom, x0:x1][own]
        band = own.mean() >= BAND_FILL and float(np.percentile(pixels, 100 * BAND_DARK_SHARE)) >= MARKER_GREY
        levels.append((float(np.median(pixels)) if band else 0.0, (x0, top, x1, bottom)))
    # pale bands first: a dark stroke's box that overlaps a band's is made paper after it, not divided again
    reach = max(1, round(FRINGE_POINTS * scale))
    for level, (x0, top, x1, bottom) in sorted(levels, reverse=True):
        inside = marks[top:bottom, x0:x1]
        paper = 255.0 if level else paper_round(grey, marks, (x0, top, x1, bottom), scale)
        paper = 255.0 if paper >= WHITE_PAPER else paper
        cleaned[top:bottom, x0:x1][inside] = unmarked(grey[top:bottom, x0:x1][inside], level, paper)
        if level:  # a pen's strokes on a band (a sticky note) touch it: one component, so not a stroke of their own
            pen = strokes_on_band(grey[top:bottom, x0:x1], level, scale)
            cleaned[top:bottom, x0:x1][widened(widened(pen, axis=0, by=reach), axis=1, by=reach)] = 255
    return cleaned, marks


# A dark stroke is made the paper's own light round it, not white: on yellowed or browned paper (its grey 200-230)
# a rust spot made white was a bright hole, which the faded-print step then took for the paper's light there, so
# the paper round each spot went grey in blocks, and the photo finder blanked the words under them.
PAPER_ROUND_POINTS = 3.0  # the paper round a stroke's box looked at
PAPER_PERCENTILE = 75  # of its pixels that are no mark: print is darker and holds less of them than paper
# Paper at least this light is white paper, and a mark on it is made white as before (a red pen's ring and struck
# line on a white scan read worse filled with its measured grey: the burned red-pen forms fell; at 235 foxed paper
# was taken for white too).
WHITE_PAPER = 245


def paper_round(grey, marks, box: tuple[int, int, int, int], scale: float) -> float:
    """The paper's light round a coloured stroke's pixel `box` (x0, top, x1, bottom) of `grey`: the
    PAPER_PERCENTILE of the pixels within PAPER_ROUND_POINTS of it that `marks` does not hold; 255 if none."""
    import numpy as np

    x0, top, x1, bottom = box
    margin = max(1, round(PAPER_ROUND_POINTS * scale))
    area = (slice(max(0, top - margin), bottom + margin), slice(max(0, x0 - margin), x1 + margin))
    around = np.asarray(grey)[area][~marks[area]]
    return float(np.percentile(around, PAPER_PERCENTILE)) if around.size else 255.0


def strokes_on_band(grey, level: float, scale: float):
    """Mask of the pen strokes on a band (the `grey` of its box, `level` its own light, `scale` px per pt): dark
    lines (darker than PEN_ON_BAND of the band) longer than a glyph (GLYPH_POINTS), flat and thin (PEN_POINTS),
    clear of the box's edge: a ballpoint's scribble on a sticky note, read as letters ("er", "Cate") beside the answer
    the note covers. A dark pen's colour does not survive a JPEG in so thin a line, so shape tells it. The
    print under a highlighter is letters, each shorter than that, and a rule through a band runs to its edge."""
    import numpy as np

    from bilagor.extractor.photos import components

    grey = np.asarray(grey)
    dark = grey < PEN_ON_BAND * level
    pen = np.zeros_like(dark)
    height, width = dark.shape
    for r0, c0, r1, c1, _ in components(dark):
        long = c1 - c0 > GLYPH_POINTS * scale and (r1 - r0) * PEN_FLATNESS < c1 - c0
        inside = r0 > 0 and c0 > 0 and r1 < height and c1 < width
        # a line is thin in every column; letters run together (a bold word) have stems as tall as the letters
        thin = long and int(dark[r0:r1, c0:c1].sum(axis=0).max()) <= PEN_POINTS * scale
        if thin and inside:
            pen[r0:r1, c0:c1] |= dark[r0:r1, c0:c1]
    return pen


# A marker pen's band is a pale colour over the print (yellow, green or pink highlighter: 175-225 grey on
# paper); a ballpoint's, a felt pen's or a stamp's stroke is dark itself (blue, red: under 120). A stroke
# whose typical pixel is lighter than this is a band.
MARKER_GREY = 150
BAND_FILL = 0.5  # a band's own coloured pixels fill at least this share of its box
BAND_DARK_SHARE = 0.25  # and no more than this share of them are darker than MARKER_GREY (a pen's are half)
PEN_ON_BAND = 0.8  # a pen stroke's pixels on a band are darker than this share of the band's own light
PEN_FLATNESS = 2  # a scribbled line on a band is at least this many times as long as it is high
PEN_POINTS = 2.5  # and no thicker than this in any column (a ballpoint's line with a scan's blur: 1-2 pt)


def unmarked(pixels, level: float | None = None, paper: float = 255.0):
    """The grey `pixels` of one coloured stroke with the stroke taken out: a dark stroke made paper (`paper`,
    the light round it), a marker's pale band divided by its own light (`level`, the stroke's own typical pixel
    without its fringe; the median of `pixels` if not given), so the band becomes paper and the darker print
    under it keeps its darkness and its grey edges."""
    import numpy as np

    if level is None:
        level = float(np.median(pixels))
    if level < MARKER_GREY:
        return np.full_like(pixels, round(paper))
    return np.minimum(255.0, pixels * (255.0 / level)).astype(pixels.dtype)


def hues(rgb):
    """Each pixel's hue in degrees (0-360: red 0, green 120, blue 240) of an H x W x 3 (or N x 3) image, as
    float32, worked out HUE_CHUNK pixels at a time: a page wholly in colour (a gradient, a colour photo filling
    it) is 20 M pixels, and its float temporaries all at once were 30 bytes a pixel (a reader's peak past 600 MB)."""
    import numpy as np

    rgb = np.asarray(rgb)
    flat = rgb.reshape(-1, 3)
    out = np.empty(len(flat), np.float32)
    for start in range(0, len(flat), HUE_CHUNK):
        part = flat[start : start + HUE_CHUNK]
        red, green, blue = (part[:, n].astype(np.float32) for n in range(3))
        # the hue's angle on the colour wheel, from the channels' differences (as HSV's, without its sextants)
        out[start : start + len(part)] = (
            np.degrees(np.arctan2(np.sqrt(3.0) * (green - blue), 2 * red - green - blue)) % 360
        )
    return out.reshape(rgb.shape[:-1])


def vivid(rgb):
    """Mask of the pixels coloured beyond doubt (channels VIVID apart): a pen's or a stamp's dark strokes
    (90-150 apart in a JPEG), not the grey edge of a coloured letter, whose hue is noise."""
    import numpy as np

    rgb = np.asarray(rgb)
    return rgb.max(axis=-1).astype(np.int16) - rgb.min(axis=-1) > VIVID


def main_hue(rgb, mask) -> float:
    """The hue most of the pixels of `mask` have (the middle of the busiest 30° of the wheel)."""
    import numpy as np

    return _busiest_hue(hues(np.asarray(rgb)[mask]))


def _busiest_hue(hue) -> float:
    """The middle of the busiest 30° of the wheel among the hues `hue` (degrees)."""
    return busiest_of(hue_counts(hue))


def hue_counts(hue):
    """How many of the hues `hue` (degrees) fall in each 30° of the wheel: counts of parts of a page's pixels add up
    to the whole's."""
    import numpy as np

    return np.histogram(hue, bins=12, range=(0, 360))[0]


def busiest_of(counts) -> float:
    """The middle of the busiest 30° of the wheel, from `hue_counts`."""
    import numpy as np

    return float(30 * int(np.argmax(counts)) + 15)


def near_hue(hue_values, hue: float, within: float):
    """Mask of the hues `hue_values` (degrees: `hues` of some pixels) within `within` degrees of `hue` (round
    the wheel)."""
    import numpy as np

    values = np.asarray(hue_values)
    flat = values.reshape(-1)
    out = np.empty(len(flat), bool)
    for start in range(0, len(flat), HUE_CHUNK):  # a chunk at a time, as `hues`
        off = np.abs(flat[start : start + HUE_CHUNK] - hue)
        out[start : start + len(off)] = np.minimum(off, 360 - off) <= within
    return out.reshape(values.shape)


def has_colour(rgb) -> bool:
    """Whether a (small) colour render holds strongly coloured ink at all (page_photo.colour_marks' test)."""
    import numpy as np

    from bilagor.extractor.bands import row_bands
    from bilagor.extractor.page_photo import COLOUR

    rgb = np.asarray(rgb)
    # Band by band in uint8 (max - min never wraps), the median from the spreads' histogram: a whole page's int16
    # spread and median copy were some 8 bytes a pixel (a poster page's probe took a reader past 600 MB).
    counts = np.zeros(256, np.int64)
    widest = 0
    for top, bottom, _, _ in row_bands(rgb.shape[0], rows=max(1, HUE_CHUNK // max(1, rgb.shape[1]))):
        band = rgb[top:bottom]
        red, green, blue = band[..., 0], band[..., 1], band[..., 2]
        spread = np.maximum(np.maximum(red, green), blue) - np.minimum(np.minimum(red, green), blue)
        counts += np.bincount(spread.reshape(-1), minlength=256)
        widest = max(widest, int(spread.max(initial=0)))
    return bool(counts.sum()) and widest > _histogram_median(counts) + COLOUR


def _histogram_median(counts) -> float:
    """np.median of the values whose histogram (value -> count) is `counts`, not empty."""
    import numpy as np

    cumulative = np.cumsum(counts)
    total = int(cumulative[-1])

    def at(index: int) -> int:  # the sorted values' `index`-th
        return int(np.searchsorted(cumulative, index + 1))

    middle = total // 2
    return float(at(middle)) if total % 2 else (at(middle - 1) + at(middle)) / 2

"""Table borders of a bilevel copy that its threshold broke into dashes, drawn whole again before OCR.

A thin rule of a form (half a point) copied to one bit a pixel at 150 dpi is a row of grey pixels near the
threshold: toner noise leaves it as dashes and dots, with gaps of a few pixels up to several points, and once
the copy is enlarged and smoothed (descreen.smoothed) many of the dots are only grey. No dash is a long run of
ink, so the rule finder (ocr.remove_rules) saw no border: the cells ran together in the layout (an amount and a
place name taken for labels) and Tesseract read the dashes as "- - - -" answers.

A broken rule is found from the image alone: along a row, a band a few pixels thick (BAND_POINTS either way)
that holds faint ink in at least COVER of every stretch of `min_length` pixels it spans, spread along it (SPREAD
of its CELLS hold some), with paper on both sides: the rows FLANK_FROM to FLANK_TO points off it hold ink in at
most FLANK of the stretch, and in under a third of what the band holds. A row of text fails that (its letters'
bodies lie above or below any row through it); so does a solid border thicker than the flank's start, and a
copier lid's dark band. The stretches are drawn solid from their first to their last ink, so the rule finder
takes them out and reports them. Columns likewise, but only between two borders across (a table's grid): the left
edges of stacked lines starting with a stem ("U" over "L" on a dithered page) look like a broken column too. A
row of hyphens or a dotted line is drawn as a rule too. A
label centred on a rule ("——— Resultat ———") is not drawn through: the band crosses its letters, so a piece at a
stretch's end, or a hole, inked a point above and below the band is letters, not the rule's dots. The
page must be straight (deskew) first. Pure: grey pixel arrays (H x W uint8, ink dark) in and out.
"""

from __future__ import annotations

# Grey counted as the rule's ink: a blurred dot of a broken rule is pale (a half-point rule of a 150 dpi copy
# smoothed is 170-220 grey where it was not dropped), and the rule finder's own 160 saw under a fifth of it.
FAINT = 200
# Half the band a rule's dots lie in, in points: a half-point rule is 2-3 pixels at 300 dpi, and a residual
# skew of a few hundredths of a degree moves it a pixel over a column of text.
BAND_POINTS = 0.3
# Gaps along a found rule's band bridged to its last dots, in points: where a label touches its rule the flank
# holds ink, and the stretches found stop short of the rule's end (the dashes left touched the label, and
# Tesseract lost the label's line: "Ev. medsökande nämnd").
GAP_POINTS = 2.4
# Pieces of one rule on the same rows are joined across a hole of up to HOLE_POINTS holding some of the band's
# dots: a stretch with a longer gap or two fails SPREAD (the copies' rules had holes of 20-29 pt). A gutter
# between two cells' own rules holds no dots.
HOLE_POINTS = 30.0
COVER = 0.15  # share of every stretch a broken rule's dots cover (0.2-0.55 on the copies; speckle 0.01)
# A stretch cut into CELLS equal cells has ink in at least SPREAD of them: a rule's dots are spread along it (their
# gaps are mostly under 5 pt), while the stems of narrow letters with paper round them, seen down a column through
# three lines of text ("l", "i" beside spaces), lie in a few cells.
CELLS, SPREAD = 10, 7
_INK = 160  # the rule finder's ink, for the borders a column rule must end at
# Rows beyond the band looked at for paper: from FLANK_FROM to FLANK_TO points off the band's centre.
FLANK_FROM, FLANK_TO = 0.8, 1.6
# A typed row of dots (dots_only): at least DOTS marks, DOTS_AT_PITCH of the steps between them within PITCH of a
# whole number of their median step.
DOTS, PITCH, DOTS_AT_PITCH = 8, 0.2, 0.8
FLANK = 0.1  # share of the stretch that may have ink there (a label touching its rule; speckle)
# Share of a stretch of a band's columns inked both a point above the band and a point below it beyond which it
# holds letters the band crosses (a label centred on the rule); a rule's dots have paper there.
LETTERS = 0.2


def closed_rules(grey, scale: float, min_length: int, dots_only: bool = False):
    """(`grey` with its broken horizontal and vertical rules of at least `min_length` pixels drawn solid, whether
    any was); `scale` is pixels per point. A column is a rule only between two borders across (a table's). With
    `dots_only` (a grey scan), only a row of dots at a regular pitch is drawn (`regular_dots`), and no column."""
    import numpy as np

    faint = grey < FAINT
    drawn, changed = grey.copy(), False
    for top, bottom, x0, x1 in broken_rules(faint, scale, min_length):
        if dots_only and not regular_dots(faint[top:bottom, x0:x1]):
            continue
        if _broken(drawn[top:bottom, x0:x1], axis=0):
            drawn[top:bottom, x0:x1], changed = 0, True
    if dots_only:
        return (drawn, True) if changed else (grey, False)
    gap = max(1, round(GAP_POINTS * scale))
    for left, right, top, bottom in broken_rules(np.ascontiguousarray(faint.T), scale, min_length):
        block = drawn[top:bottom, left:right]
        if _broken(block, axis=1) and _between_borders(drawn, (left, right, top, bottom), gap, min_length):
            drawn[top:bottom, left:right], changed = 0, True
    return (drawn, True) if changed else (grey, False)


def regular_dots(block) -> bool:
    """Whether a rule's band (rows x columns, faint ink) holds a typed row of dots: at least DOTS marks, most of the
    steps between their centres within PITCH of their median (a missed dot's double step too), each mark short
    beside its step. A grey scan's other faint rows found as broken rules (a laser drum's ghost of a text line, a
    copier's watermark) are marks of every width at every distance: the step drew them solid as rules, and the
    pale-layer pages read worse (the twenty-seventh round held it back for them)."""
    import numpy as np

    edges = np.flatnonzero(np.diff(np.concatenate(([0], block.any(axis=0).astype(np.int8), [0]))))
    starts, ends = edges[::2], edges[1::2]
    if len(starts) < DOTS:
        return False
    steps = np.diff((starts + ends) / 2)
    pitch = float(np.median(steps))
    near = np.abs(steps / pitch - np.round(steps / pitch)) <= PITCH
    return bool(
        near.mean() >= DOTS_AT_PITCH
        and np.all(np.round(steps / pitch) >= 1)
        and np.median(ends - starts) <= 0.7 * pitch
    )


def _broken(block, axis: int) -> bool:
    """Whether a rule's block has a gap across it (no ink along `axis`): a solid border is left as it is."""
    return bool((block >= _INK).all(axis=axis).any())


def _between_borders(grey, column: tuple[int, int, int, int], gap: int, min_length: int) -> bool:
    """Whether a column rule (left, right, top, bottom) ends at a border across at both ends, within `gap` pixels:
    a long run of ink along a row there (a solid border, or a broken one drawn whole)."""
    from bilagor.extractor.ocr import long_runs

    left, right, top, bottom = column
    x0, x1 = max(0, left - gap), right + gap
    for end in (top, bottom - 1):
        rows = grey[max(0, end - gap) : end + gap + 1] < _INK
        if not long_runs(rows, min_length)[:, x0:x1].any():
            return False
    return True


def broken_rules(faint, scale: float, min_length: int) -> list[tuple[int, int, int, int]]:
    """(top, bottom, x0, x1) blocks of the rows where `faint` (H x W bool: faint ink) holds a broken rule (the
    module's note), each to be drawn solid."""
    import numpy as np

    from bilagor.extractor.bands import row_bands

    half = max(1, round(BAND_POINTS * scale))
    near, far = max(half + 2, round(FLANK_FROM * scale)), max(half + 3, round(FLANK_TO * scale))
    height, width = faint.shape
    if width < min_length or min_length < 1:
        return []
    found: list[tuple[int, int, int]] = []  # (row, first column, last column + 1) of each row's stretch
    for read_start, read_stop, keep_start, keep_stop in row_bands(height, far):
        part = faint[read_start:read_stop]
        band = _rows_within(part, 0, half)
        flank = _rows_within(part, near, far)
        covered, flanked = stretch_sums(band, min_length), stretch_sums(flank, min_length)
        good = (covered >= COVER * min_length) & (flanked <= FLANK * min_length) & (3 * flanked < covered)
        good &= _spread(band, min_length) >= SPREAD
        for y in np.flatnonzero(good[keep_start - read_start : keep_stop - read_start].any(axis=1)):
            y += keep_start - read_start
            for x0, x1 in _spans(good[y], min_length):
                ink = np.flatnonzero(part[y, x0:x1])
                if ink.size:
                    found.append((int(read_start + y), x0 + int(ink[0]), x0 + int(ink[-1]) + 1))
    gap, hole = max(1, round(GAP_POINTS * scale)), round(HOLE_POINTS * scale)
    blocks = []
    for top, bottom, spans in _lines(found):
        on_band = faint[max(0, top - 1) : bottom + 1].any(axis=0)
        # ink off the band a point above it and below it: a label centred on the rule has both over its letters
        off = (
            faint[max(0, top - far) : max(0, top - near + 1)].any(axis=0),
            faint[bottom - 1 + near : bottom + far].any(axis=0),
        )
        for x0, x1 in _joined(spans, on_band, hole, off, near):
            x0, x1 = _without_letters(x0, x1, on_band, off, gap, near)
            if x1 > x0:
                # the rule's last dots, where a label touching it put ink beside the band
                blocks.append((top, bottom, _end(on_band, x0, -1, gap), _end(on_band, x1 - 1, 1, gap) + 1))
    return blocks


def _lines(stretches: list[tuple[int, int, int]]) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """(top, bottom, column spans) of each group of row stretches (row, x0, x1), in row order, on neighbouring
    rows: one rule's band (or rules side by side on the same rows), drawn as straight blocks (rows drawn each over
    its own stretch left the rule finder ragged pieces)."""
    lines: list[tuple[int, int, list[tuple[int, int]]]] = []
    for y, x0, x1 in stretches:
        if lines and lines[-1][1] >= y:
            top, _, spans = lines[-1]
            lines[-1] = (top, y + 1, spans + [(x0, x1)])
        else:
            lines.append((y, y + 1, [(x0, x1)]))
    return lines


def _joined(spans: list[tuple[int, int]], on_band, hole: int, off=None, least: int = 1) -> list[tuple[int, int]]:
    """The spans merged where they overlap, or where a hole of up to `hole` columns between them holds some of
    the band's ink (`on_band`, 1-D): a gutter between two cells' own rules holds none; nor does a hole that is a
    label's letters (`_letters`, `off` the ink a point above and below the band)."""
    merged: list[list[int]] = []
    for x0, x1 in sorted(spans):
        if merged and x0 > merged[-1][1] and off is not None and _letters(off, merged[-1][1], x0, least):
            merged.append([x0, x1])
        elif merged and (x0 <= merged[-1][1] or (x0 - merged[-1][1] <= hole and on_band[merged[-1][1] : x0].any())):
            merged[-1][1] = max(merged[-1][1], x1)
        else:
            merged.append([x0, x1])
    return [(x0, x1) for x0, x1 in merged]


def _letters(off, x0: int, x1: int, least: int) -> bool:
    """Whether columns x0..x1 of a band hold letters it crosses: `off` (the band's ink a point above it, and a point
    below it, 1-D each) inks over LETTERS of them on both sides (a label touching the rule from one side inks one),
    and at least `least` columns on both at once (a border across the rule's end is a stroke or two wide)."""
    if x1 <= x0:
        return False
    above, below = off[0][x0:x1], off[1][x0:x1]
    return min(float(above.mean()), float(below.mean())) > LETTERS and int((above & below).sum()) >= least


def _without_letters(x0: int, x1: int, on_band, off, gap: int, least: int) -> tuple[int, int]:
    """The span x0..x1 without the pieces at its ends, parted from the rest by a hole of more than `gap` columns,
    that are letters the band crosses (`_letters`): a stretch's window reaching over the paper between a rule and
    a label centred on it ended in the label's letters, and the block drawn so struck them out ("Resultat" read
    "PrAansslétané" on a photographed page)."""
    import numpy as np

    ink = np.flatnonzero(on_band[x0:x1]) + x0
    if not ink.size:
        return x0, x0
    cuts = np.flatnonzero(np.diff(ink) > gap)
    pieces = list(zip([ink[0], *ink[cuts + 1]], [*ink[cuts], ink[-1]], strict=True))  # (first, last) ink column
    # an end piece judged whole, as far as the band's ink goes on past the span (the window ended inside a word)
    while pieces and _letters(off, _end(on_band, pieces[0][0], -1, gap), pieces[0][1] + 1, least):
        pieces.pop(0)
    while pieces and _letters(off, pieces[-1][0], _end(on_band, pieces[-1][1], 1, gap) + 1, least):
        pieces.pop()
    return (int(pieces[0][0]), int(pieces[-1][1]) + 1) if pieces else (x0, x0)


def _end(on_band, x: int, step: int, gap: int) -> int:
    """The last column from `x` on, going `step` (-1 left, 1 right), reached by ink of `on_band` (1-D mask) with
    gaps of under `gap` columns."""
    last, width = x, on_band.shape[0]
    while 0 <= x + step < width and abs(x + step - last) <= gap:
        x += step
        if on_band[x]:
            last = x
    return last


def _rows_within(mask, near: int, far: int):
    """Whether each pixel has a True pixel `near`..`far` rows above it or below it (itself too when near is 0)."""
    import numpy as np

    out = mask.copy() if near == 0 else np.zeros_like(mask)
    for shift in range(max(1, near), far + 1):
        if shift < mask.shape[0]:
            out[shift:] |= mask[:-shift]
            out[:-shift] |= mask[shift:]
    return out


def stretch_sums(mask, length: int):
    """For each row and each start x, how many True pixels lie in [x, x + length) (W - length + 1 starts)."""
    import numpy as np

    counts = np.zeros((mask.shape[0], mask.shape[1] + 1), np.int32)
    np.cumsum(mask, axis=1, out=counts[:, 1:])
    return counts[:, length:] - counts[:, : counts.shape[1] - length]


def _spread(band, length: int):
    """For each row and each start x, in how many of its CELLS the stretch [x, x + length) has band ink."""
    import numpy as np

    cell = max(1, length // CELLS)
    inked = stretch_sums(band, cell) > 0  # the cell starting at x holds ink
    starts = band.shape[1] - length + 1
    count = np.zeros((band.shape[0], starts), np.uint8)
    for k in range(CELLS):
        count += inked[:, k * cell : k * cell + starts]
    return count


def _spans(starts, length: int) -> list[tuple[int, int]]:
    """(x0, x1) of the union of the stretches [x, x + length) whose start x is True in the 1-D mask `starts`."""
    import numpy as np

    edges = np.flatnonzero(np.diff(np.concatenate(([0], starts.astype(np.int8), [0]))))
    return [(int(a), int(b) - 1 + length) for a, b in zip(edges[::2], edges[1::2])]

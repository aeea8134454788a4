"""A magnifying glass lying on a scanned page: its rim found, the print under it brought back to its own size.

A round lens on the page magnifies the print under it most at its centre and less towards its rim (a bulge): the
lines under it come out large, bowed and pushed away from the centre, off the rows of their labels beside the
lens, and what lay under the lens away from its centre is pushed out of sight under its dark rim. The rim is a
dark ring several times thicker than any stroke of print: it is found as the circle through most of the page's
thick dark pixels (`find_lens`), and the lens is undone by mapping each point of the page back from where the
lens showed it (`unmagnified`). How strongly it magnified is not known, so a few profiles are tried, each
undone on a band of the page as high as the lens, and the one whose rows of print under the lens line up best
with the rows of print beside it is kept (a form's answer stands on its label's row), and only when it lines up
clearly better than the page left as it was (so a round stamp or a false find leaves the page alone); where
nothing beside the lens lines up with anything, the profile that leaves most blank gaps between the glass's own
lines is kept, only when it leaves clearly more than the page as it was (bowed print fills them). What the rim hid
is gone: the ring and its shadow are made paper. Pure functions over pixel arrays (uint8, ink dark).

- `find_lens`: the lens's centre and rim radius (px), or None;
- `unmagnified`: the page with the lens undone, or None when no profile lines the rows up;
- `without_magnifier`: both, the page as it was when either says no.
"""

from __future__ import annotations

import math

FIND_DPI = 150.0  # the rim is looked for at about this resolution (the page is reduced by a whole factor)
FIT_DPI = 100.0  # the profiles are tried at about this resolution
DARK = 0.5  # a pixel of the rim is darker than this share of the paper's light
# The rim's width at FIND_DPI: 5-8 px at 200 dpi is 3.75-6 px, a 3 x 3 square fits inside; print's strokes
# (1-2.5 px at 150 dpi) do not.
CORE = 3
SOLID = 11  # px at FIND_DPI: wider than the widest rim (11 px at 200 dpi is 8.3)
# A page larger than an A3 sheet at FIND_DPI (4.4 M px; a poster, or a photo placed at one pixel per point and
# drawn at the OCR render's pixel cap) is reduced further, to at most this many pixels: the search's cost grows
# with the pixels (10 s of CPU on a 20 M px photo page), and no form's lens is looked for on such a page.
MAX_FIND_PIXELS = 6_000_000
MIN_RADIUS = 0.08  # of the page's width: the lens's rim radius lies between these
MAX_RADIUS = 0.40
TRIES = 1500  # random three-point circles tried
MAX_POINTS = 2500  # thick dark pixels sampled for them
NEAR = 3.0  # px at FIND_DPI: a pixel this close to the circle lies on it
# The share of the circle's arc (its part on the page) that the thick dark pixels must cover: 0.77 and 0.81 on
# the thirty-fourth forms' dev lens file h34-012's two pages, 0.10 for the best circle on a dev rolled page.
MIN_COVER = 0.5
# Profiles: the magnification at the centre and at the rim (the glass's bulge falls off with the square of the
# distance from the centre), tried on a grid.
CENTRE_GAINS = tuple(round(1.1 + 0.1 * step, 1) for step in range(14))  # 1.1 .. 2.4
RIM_GAINS = (1.0, 1.1, 1.2, 1.3, 1.4)
# The undone page's rows under the lens must correlate with the rows beside it at least this well, and this much
# better than the page as it was: on the thirty-fourth forms' dev lens pages over print 0.37-0.82 against -0.10 to
# 0.50 as they were (gains 0.33-0.89); over a blank part of the page or print only at its rim 0.25-0.42 against
# -0.01-0.39 (gains 0.04-0.26, the 0.26 a label bent round the rim, none of it readable).
MIN_ALIGNMENT = 0.3
MIN_ALIGNMENT_GAIN = 0.15
# Where the rows beside the lens say nothing (a landscape page's columns at other heights, a lens over the last lines
# of a page), the lens's own rows decide: print magnified by a bulge is bowed across the gaps between its lines, print
# brought back straight leaves them blank. The share of the glass's rows without ink (under GAP_INK of the inkiest
# row's) must rise by this much: on the thirty-fourth forms' lens pages over print +0.08 to +0.30 for the profile
# (1.6-1.7 at the centre, where the rows beside chose 1.6-1.8), over blank paper at most +0.01.
GAP_INK = 0.1
MIN_GAP_GAIN = 0.1
# The gaps are asked only of profiles whose rim does not magnify: with a larger rim gain the glass's edge is made
# paper (what the rim hid), and paper counts as gaps (blank lenses of the dev pages rose by 0.26-0.73 at 1.3-1.4).
GAP_RIM_GAIN = 1.0
# ... and only where the glass then holds lines of print: at least this many, and its inkiest row this dark (grey
# levels under the paper, per pixel of the glass's row: 57-90 where print lay under the dev lenses, 6-10 on h34-116,
# a lone rule under a blank lens, thinned where it was undone, whose rows became "gaps": +0.76 without this guard)
MIN_GAP_LINES = 3
MIN_LINE_INK = 20.0
# The print beside the lens, out to these many radii from its centre: near, its own column's lines (a landscape
# page's next column stands at other heights), far, a form's labels across the page; the better of the two counts.
BESIDE = (1.6, 3.0)
# The rim's middle (the circle found) lies this far (pt) outside the lens's glass, and its dark ring reaches this
# far outside it (a 5-8 px ring at 200 dpi is 1.8-2.9 pt wide): between them the page is made paper.
RIM_INNER = 1.5
RIM_OUTER = 2.5


def _reduced(grey, factor: int):
    import numpy as np

    height, width = grey.shape[0] // factor * factor, grey.shape[1] // factor * factor
    return (
        grey[:height, :width]
        .astype(np.float32)
        .reshape(height // factor, factor, width // factor, factor)
        .mean(axis=(1, 3))
    )


def _all_dark(dark, size: int):
    """Pixels of `dark` (bool) whose size x size square (centred) is dark throughout."""
    import numpy as np

    height, width = dark.shape
    half = size // 2
    sums = np.pad(dark.astype(np.int32), ((half + 1, half), (half + 1, half))).cumsum(0).cumsum(1)
    box = sums[size:, size:] - sums[:-size, size:] - sums[size:, :-size] + sums[:-size, :-size]
    return box[:height, :width] == size * size


def _thick_dark(small, paper: float):
    """Pixels of `small` dark for a rim: their CORE x CORE square dark throughout (thicker than print's strokes),
    but not inside a dark SOLID x SOLID square (a photo, a dark bar, a large bold heading: thicker than a rim)."""
    dark = small < paper * DARK
    return _all_dark(dark, CORE) & ~_all_dark(dark, SOLID)


def _circle(p1, p2, p3):
    """Centre and radius of the circle through three points, or None when they lie on a line."""
    (x1, y1), (x2, y2), (x3, y3) = p1, p2, p3
    d = 2 * (x1 * (y2 - y3) + x2 * (y3 - y1) + x3 * (y1 - y2))
    if abs(d) < 1e-6:
        return None
    s1, s2, s3 = x1 * x1 + y1 * y1, x2 * x2 + y2 * y2, x3 * x3 + y3 * y3
    ux = (s1 * (y2 - y3) + s2 * (y3 - y1) + s3 * (y1 - y2)) / d
    uy = (s1 * (x3 - x2) + s2 * (x1 - x3) + s3 * (x2 - x1)) / d
    return ux, uy, math.hypot(x1 - ux, y1 - uy)


def _cover(points, shape, ux: float, uy: float, radius: float) -> float:
    """The share of the circle's arc on the page (in degrees) that `points` lie on."""
    import numpy as np

    dist = np.abs(np.hypot(points[:, 0] - ux, points[:, 1] - uy) - radius)
    on = points[dist < NEAR]
    degrees = np.unique((np.degrees(np.arctan2(on[:, 1] - uy, on[:, 0] - ux)) + 360).astype(int) % 360)
    turn = np.radians(np.arange(360) + 0.5)
    xs, ys = ux + radius * np.cos(turn), uy + radius * np.sin(turn)
    inside = (xs >= 0) & (xs < shape[1]) & (ys >= 0) & (ys < shape[0])
    if inside.sum() < 90:
        return 0.0
    return float(np.isin(np.nonzero(inside)[0], degrees).sum() / inside.sum())


def find_factor(shape: tuple[int, ...], scale: float) -> int:
    """The whole factor a page of `shape` (rows, columns; `scale` px per pt) is reduced by to look for a rim: to
    about FIND_DPI, and further on a page that would still hold more than MAX_FIND_PIXELS."""
    factor = max(1, round(scale * 72 / FIND_DPI))
    return max(factor, math.ceil(math.sqrt(shape[0] * shape[1] / MAX_FIND_PIXELS)))


def find_lens(grey, scale: float) -> tuple[float, float, float] | None:
    """Centre (x, y) and the rim's radius, px of `grey` (`scale` px per pt), of a magnifying glass's dark rim on
    the page, or None: the circle through most thick dark pixels, taken when they cover MIN_COVER of its arc."""
    import numpy as np

    factor = find_factor(grey.shape, scale)
    small = _reduced(grey, factor)
    paper = float(np.percentile(small, 90))
    ys, xs = np.nonzero(_thick_dark(small, paper))
    if len(xs) < 30:
        return None
    points = np.stack([xs, ys], 1).astype(np.float64)
    gen = np.random.default_rng(0)  # the same page finds the same circle
    if len(points) > MAX_POINTS:
        points = points[gen.choice(len(points), MAX_POINTS, replace=False)]
    width = small.shape[1]
    best = (0, None)
    for _ in range(TRIES):
        circle = _circle(*points[gen.choice(len(points), 3, replace=False)])
        if circle is None or not MIN_RADIUS * width < circle[2] < MAX_RADIUS * width:
            continue
        count = int((np.abs(np.hypot(points[:, 0] - circle[0], points[:, 1] - circle[1]) - circle[2]) < NEAR).sum())
        if count > best[0]:
            best = (count, circle)
    if best[1] is None:
        return None
    ux, uy, radius = best[1]
    if _cover(points, small.shape, ux, uy, radius) < MIN_COVER:
        return None
    return (ux + 0.5) * factor - 0.5, (uy + 0.5) * factor - 0.5, radius * factor


def _geometry(shape, cx: float, cy: float, rows, columns):
    """The offsets from the lens's centre and their distance, of the pixels in `rows` x `columns` (first, stop)."""
    import numpy as np

    ys, xs = np.mgrid[rows[0] : rows[1], columns[0] : columns[1]].astype(np.float32)
    dx, dy = xs - cx, ys - cy
    return xs, ys, dx, dy, np.hypot(dx, dy)


def _undone(grey, geometry, lens, centre_gain: float, rim_gain: float, paper: float, rim: float):
    """The pixels of `geometry` (_geometry's) with the lens (centre x, y, inner radius) of that profile undone: a
    point at distance s from the centre is taken from where the lens showed it, r with r / gain(r) = s; what the
    rim hid (s between the inner radius / rim_gain and the radius + `rim`) made `paper` (float)."""
    import numpy as np

    xs, ys, dx, dy, source = geometry
    cx, cy, radius = lens
    shown = np.linspace(0.0, radius, 512)
    seen_from = shown / (centre_gain - (centre_gain - rim_gain) * (shown / radius) ** 2)
    inside = source < seen_from[-1]
    stretch = np.interp(source, seen_from, shown) / np.maximum(source, 1e-6)
    sx = np.where(inside, cx + dx * stretch, xs)
    sy = np.where(inside, cy + dy * stretch, ys)
    xi = np.clip(np.rint(sx).astype(np.intp), 0, grey.shape[1] - 1)
    yi = np.clip(np.rint(sy).astype(np.intp), 0, grey.shape[0] - 1)
    out = grey[yi, xi].astype(np.float32)
    out[(source >= seen_from[-1]) & (source < radius + rim)] = paper
    return out


def _row_ink(band, paper: float, mask):
    """The ink (grey levels under the paper) of each of a band's rows, summed over the pixels of `mask`."""
    import numpy as np

    return (np.clip(paper - band, 0, None) * mask).sum(axis=1)


def _profile(band, paper: float, mask):
    """The ink of a band's rows over the pixels of `mask`, less its mean (the rows of print as a profile)."""
    ink = _row_ink(band, paper, mask)
    return ink - ink.mean()


def _gaps(band, paper: float, mask) -> tuple[float, int]:
    """The share of a band's rows (those `mask` reaches) whose ink over the pixels of `mask`, per pixel, is under
    GAP_INK of the inkiest row's (the blank gaps between lines of print), and how many runs of inked rows lie
    between them (the lines; none where even the inkiest row is paler than MIN_LINE_INK)."""
    import numpy as np

    per_row = mask.sum(axis=1)
    ink = (_row_ink(band, paper, mask) / np.maximum(per_row, 1))[per_row > 0]
    top = float(ink.max()) if len(ink) else 0.0
    if top <= 0:
        return 0.0, 0
    gap = ink < GAP_INK * top
    lines = int((~gap[1:] & gap[:-1]).sum() + (not gap[0])) if top >= MIN_LINE_INK else 0
    return float(gap.mean()), lines


def _correlation(a, b) -> float:
    norm = math.sqrt(float((a * a).sum() * (b * b).sum()))
    return float((a * b).sum() / norm) if norm > 0 else 0.0


def unmagnified(grey, scale: float, lens: tuple[float, float, float]):
    """`grey` with the lens (find_lens's centre and rim radius) undone by the profile that lines its rows up best
    with the rows beside it, when that is MIN_ALIGNMENT and MIN_ALIGNMENT_GAIN better than as it was; failing that,
    by the profile that leaves most blank gaps between the glass's lines, when that is MIN_GAP_GAIN more than as it
    was; else None. The rows compared: a band as high as the lens; the pixels inside the lens's glass against
    those of the same rows clear of its rim."""
    import numpy as np

    factor = max(1, round(scale * 72 / FIT_DPI))
    small = _reduced(grey, factor)
    paper = float(np.percentile(small, 90))
    inside, outside = RIM_INNER * scale, RIM_OUTER * scale  # px of `grey`
    cx, cy, radius = (value / factor for value in lens)
    rows = (max(0, int(cy - radius)), min(small.shape[0], int(cy + radius) + 1))
    columns = (max(0, int(cx - radius)), min(small.shape[1], int(cx + radius) + 1))
    if rows[1] - rows[0] < 8 or columns[1] - columns[0] < 8:
        return None
    band = small[rows[0] : rows[1]]
    whole = _geometry(small.shape, cx, cy, rows, (0, small.shape[1]))
    clear = [(whole[4] > radius + 2 * outside / factor) & (whole[4] < radius * reach) for reach in BESIDE]
    if clear[-1].sum() < 4 * (rows[1] - rows[0]):
        return None
    besides = [_profile(band, paper, mask) for mask in clear]

    def alignment(profile) -> float:
        return max(_correlation(profile, beside) for beside in besides)

    geometry = _geometry(small.shape, cx, cy, rows, columns)
    glass_mask = geometry[4] < radius - inside / factor
    as_it_was = band[:, columns[0] : columns[1]]
    plain = alignment(_profile(as_it_was, paper, glass_mask))
    plain_gaps = _gaps(as_it_was, paper, glass_mask)[0]
    glass = (cx, cy, radius - inside / factor)
    best = (-1.0, 1.0, 1.0)
    most_gaps = (-1.0, 1.0, 1.0)
    for centre_gain in CENTRE_GAINS:
        for rim_gain in RIM_GAINS:
            if rim_gain > centre_gain:
                continue
            under = _undone(small, geometry, glass, centre_gain, rim_gain, paper, (inside + outside) / factor)
            best = max(best, (alignment(_profile(under, paper, glass_mask)), centre_gain, rim_gain))
            if rim_gain == GAP_RIM_GAIN:
                gaps, lines = _gaps(under, paper, glass_mask)
                if lines >= MIN_GAP_LINES:
                    most_gaps = max(most_gaps, (gaps - plain_gaps, centre_gain, rim_gain))
    score, centre_gain, rim_gain = best
    if score < MIN_ALIGNMENT or score - plain < MIN_ALIGNMENT_GAIN:
        more_gaps, centre_gain, rim_gain = most_gaps
        if more_gaps < MIN_GAP_GAIN:
            return None
    # Only the lens's square changes: the page beyond its rim is as it was.
    reach = lens[2] + outside + 1
    box_rows = (max(0, int(lens[1] - reach)), min(grey.shape[0], int(lens[1] + reach) + 1))
    box_columns = (max(0, int(lens[0] - reach)), min(grey.shape[1], int(lens[0] + reach) + 1))
    box = _geometry(grey.shape, lens[0], lens[1], box_rows, box_columns)
    glass = (lens[0], lens[1], lens[2] - inside)
    undone = grey.copy()
    undone[box_rows[0] : box_rows[1], box_columns[0] : box_columns[1]] = np.clip(
        _undone(grey, box, glass, centre_gain, rim_gain, paper, inside + outside), 0, 255
    ).astype(np.uint8)
    return undone


def without_magnifier(grey, scale: float):
    """(`grey` with a magnifying glass on it undone, True), or (`grey`, False) when none is found or no profile
    lines its rows up with the page's."""
    flat = grey.reshape(grey.shape[0], grey.shape[1])  # pdfium's grey render may carry a channel axis
    lens = find_lens(flat, scale)
    if lens is None:
        return grey, False
    undone = unmagnified(flat, scale, lens)
    if undone is None:
        return grey, False
    return undone.reshape(grey.shape), True

"""A comb field on a scan: its cell walls taken out and its characters set side by side before OCR.

A form may give a phone number or an amount a comb: one character centred in each cell of a row of cells, the
cells' walls short uprights standing on the comb's bottom rule (and under its top rule, when it has one). The rule
finder (ocr.remove_rules) takes the rules out but not the walls, which are far shorter than a rule; Tesseract
then read each wall as a letter between the figures ("2 I7|5 då D lolo" for "2 752 000"), and the comb's answer
was lost. With the walls gone, a figure alone in a wide cell was still read alone and as garbage ("2 OR HON EO"
for "2 006"): the cells' characters are set side by side as a line of type is, a run of empty cells one word
space, so Tesseract reads the comb's answer as words.

A wall is told by evidence on the page, never by the form: an upright of ink, thin, touching a rule found across
the page at one end, with paper on both sides along it; a comb's walls are several on one rule (COMB_WALLS at
least), all of one height (a cell's), a cell apart (each gap wider than a share of that height). A word typed on a writing
line that touches its rule has letters of several heights and shapes, its stems close together; a framed
field's two side edges stand on two rules. The figures in a comb's cells float in them: nothing but the walls
touches the rule between two walls, while a typed word's other letters touch it too.

A comb with a top rule as well has its walls running from one rule into the other: the rule finder takes those as
rules itself (frame_walls: a box's short sides), so they are gone from the image when this step looks; they are
found among the rule finder's upright boxes instead (`ruled_combs`: at least COMB_WALLS of one height between the
same two rules, a regular pitch apart, a cell no wider than a comb's), and the cells' characters set side by side
all the same. This step alone owns a scan's combs (the layout's former join of OCR'd words between such walls, with
thresholds of its own, was taken out in the twenty-ninth round): the comb's inner walls are no rules for the
layout once its characters stand together (`without_comb_walls` gives them back to be dropped), its outer two are
the field's frame. Pure: pixel arrays in and out.
"""

from __future__ import annotations

import numpy as np

COMB_WALLS = 4  # uprights of one height on one rule, at least: a comb of three cells or more
THINNEST_HEIGHT = 5.0  # pt: a wall shorter than this is no cell's (a figure's own height is 6 pt or more)
TALLEST_HEIGHT = 30.0  # pt: a taller upright is a frame's side, not a cell's wall
THICKEST = 1.5  # pt: a wall's width at most (a half-point rule blurred, a swollen copy's)
TOUCH = 1.5  # pt: a wall's end this near its rule (the rule finder wipes a fringe of 2 px round the rule)
SAME_HEIGHT = 0.12  # of the height: the walls of one comb are one height within this (and 2 px)
LEAST_GAP = 0.35  # of the height: a cell is at least this wide (stems of one word stand closer)
LETTER_GAP = 0.05  # of a wall's height: the gap set between two cells' characters (a cell is about 1.6 type sizes tall)
WORD_SPACE = 0.2  # of a wall's height: an empty cell's word space
PAPER_REACH = 2.0  # pt round a wall its paper's light is measured in
END = 4  # px at a wall's far end with no ink beside it
SIDE_INK = 0.25  # share of a wall's height with ink just beside it, at most on each side (a letter's bowl, arch)
PITCH_SLACK = 0.12  # of the pitch: each step between two ruled walls within this of a whole number of pitches
WIDEST_CELL = 1.6  # of a wall's height: a comb's cell is no wider (a table row's equal columns hold words)


def _uprights(dark: np.ndarray, row: int, x0: int, x1: int, step: int, reach: int, longest: int):
    """(left, right, height, far end's row) of each run of columns in [x0, x1) whose ink starts within `reach` rows
    of `row` and runs on away from it (`step` -1: up, 1: down); height is the run's median length."""
    if step < 0:
        window = dark[max(0, row - reach - longest) : row + 1, x0:x1][::-1]
    else:
        window = dark[row : row + reach + longest + 1, x0:x1]
    if window.shape[0] <= reach:
        return []
    near = window[: reach + 1]
    touching = near.any(axis=0)
    start = np.argmax(near, axis=0)
    rows = np.arange(window.shape[0])[:, None]
    ended = ~window & (rows >= start)
    end = np.where(ended.any(axis=0), np.argmax(ended, axis=0), window.shape[0])
    lengths = np.where(touching, end - start, 0)
    found = []
    inked = np.concatenate(([0], (lengths > 0).astype(np.int8), [0]))
    edges = np.flatnonzero(np.diff(inked))
    for left, right in zip(edges[::2], edges[1::2]):
        far = row + step * (int(np.median(end[left:right])) - 1)
        found.append((x0 + int(left), x0 + int(right), int(np.median(lengths[left:right])), far))
    return found


def wall_boxes(
    dark: np.ndarray, rules: list[tuple[int, int, int, int]], scale: float
) -> list[tuple[int, int, int, int]]:
    """Pixel boxes (x0, top, x1, bottom) of the comb walls standing on (or hanging from) the horizontal `rules`
    (pixel boxes the rule finder took out) in `dark` (H x W bool: ink, the rules already taken out)."""
    return [box for comb in combs(dark, rules, scale) for box in comb]


def combs(
    dark: np.ndarray, rules: list[tuple[int, int, int, int]], scale: float
) -> list[list[tuple[int, int, int, int]]]:
    """Each comb's wall boxes, left to right (wall_boxes); a comb with a top rule and a bottom one is found once,
    from the rule that shows more of its walls."""
    reach = max(2, round(TOUCH * scale))
    shortest, longest = THINNEST_HEIGHT * scale, TALLEST_HEIGHT * scale
    thickest = max(2, round(THICKEST * scale))
    found: list[list[tuple[int, int, int, int]]] = []
    for x0, top, x1, bottom in rules:
        if x1 - x0 <= 3 * (bottom - top):
            continue  # an upright rule
        for row, step in ((top - 1, -1), (bottom, 1)):
            touching = _uprights(dark, row, x0, x1, step, reach, round(longest) + 1)
            runs = [r for r in touching if r[1] - r[0] <= thickest and shortest <= r[2] <= longest]
            for group in _one_height(runs):
                for chain in _alone(group, touching):
                    walls = _walls(dark, chain, row, step, reach)
                    same = [comb for comb in found if walls and _overlap(walls, comb)]
                    if walls and all(len(comb) < len(walls) for comb in same):
                        # the more walls: an end wall's far end by the other rule's grey end is not free
                        found = [comb for comb in found if comb not in same] + [walls]
    return found


def _overlap(a: list[tuple[int, int, int, int]], b: list[tuple[int, int, int, int]]) -> bool:
    """Whether two combs' walls span the same columns and rows (one comb seen from its two rules)."""
    return a[0][0] < b[-1][2] and b[0][0] < a[-1][2] and a[0][1] < b[0][3] and b[0][1] < a[0][3]


def _alone(group: list[tuple[int, int, int, int]], touching: list[tuple[int, int, int, int]]):
    """`group`'s runs cut into chains with nothing else touching the rule between two neighbours: a comb's
    characters float in their cells, while a word typed on the line touches it with its other letters too."""
    chains: list[list[tuple[int, int, int, int]]] = [[]]
    for run in group:
        last = chains[-1][-1] if chains[-1] else None
        if last is not None and any(last[1] <= t[0] and t[1] <= run[0] for t in touching):
            chains.append([])
        chains[-1].append(run)
    return [c for c in chains if len(c) >= COMB_WALLS]


def _one_height(runs: list[tuple[int, int, int, int]]) -> list[list[tuple[int, int, int, int]]]:
    """The runs grouped by height (each group within SAME_HEIGHT of its tallest), COMB_WALLS or more a group."""
    groups: list[list[tuple[int, int, int, int]]] = []
    for run in sorted(runs, key=lambda r: r[2]):
        if groups and run[2] - groups[-1][0][2] <= max(2, SAME_HEIGHT * run[2]):
            groups[-1].append(run)
        else:
            groups.append([run])
    return [sorted(g) for g in groups if len(g) >= COMB_WALLS]


def _walls(dark: np.ndarray, group: list[tuple[int, int, int, int]], row: int, step: int, reach: int):
    """The boxes of `group`'s uprights that are a comb's walls: paper beside each, a cell apart, nothing taller
    between two neighbours; none unless COMB_WALLS of them are."""
    height = max(r[2] for r in group)
    if step < 0:
        top, bottom = max(0, row - reach - height - 1), row + 1
    else:
        top, bottom = row, min(dark.shape[0], row + reach + height + 1)
    kept = []
    for left, right, tall, far in group:
        span = dark[top:bottom]
        beside_left = span[:, max(0, left - 2)].mean() if left >= 2 else 0.0
        beside_right = span[:, min(dark.shape[1] - 1, right + 1)].mean()
        # its far end free: an n's or an m's stem ends in its arch, a wall in paper (or the comb's top rule, gone)
        ends = dark[max(0, min(far, far - step * END)) : max(far, far - step * END) + 1]  # its own last rows
        free = not ends[:, max(0, left - 4) : max(0, left - 1)].any() and not ends[:, right + 1 : right + 4].any()
        if beside_left <= SIDE_INK and beside_right <= SIDE_INK and free:
            kept.append((left, right, tall, far))
    if len(kept) < COMB_WALLS:
        return []
    gaps = [b[0] - a[1] for a, b in zip(kept, kept[1:])]
    if min(gaps) < LEAST_GAP * height:
        return []
    margin = 2  # the wall's grey fringe
    return [(left - margin, top, right + margin, bottom) for left, right, _, _ in kept]


def ruled_combs(rules: list[tuple[int, int, int, int]], scale: float) -> list[list[tuple[int, int, int, int]]]:
    """Each comb whose walls the rule finder took as rules (frame_walls): its wall boxes, left to right. Upright
    rule boxes of a wall's width and a cell's height, COMB_WALLS or more with the same top and bottom (within
    TOUCH), their steps a regular pitch (the median step of a cell's width: at least LEAST_GAP and at most
    WIDEST_CELL of their height; each step within PITCH_SLACK of one pitch or two: a wall the rule finder missed,
    whose place midway is given a box of its own, made paper with the others)."""
    slack = max(2, round(TOUCH * scale))
    thickest = max(2, round(THICKEST * scale))
    shortest, longest = THINNEST_HEIGHT * scale, TALLEST_HEIGHT * scale
    uprights = sorted(
        (r for r in rules if r[2] - r[0] <= thickest and shortest <= r[3] - r[1] <= longest), key=lambda r: r[0]
    )
    rows: list[list[tuple[int, int, int, int]]] = []
    for wall in uprights:
        row = next((g for g in rows if abs(g[0][1] - wall[1]) <= slack and abs(g[0][3] - wall[3]) <= slack), None)
        if row is None:
            rows.append([wall])
        else:
            row.append(wall)
    found = []
    for row in rows:
        height = max(r[3] - r[1] for r in row)
        steps = [b[0] - a[0] for a, b in zip(row, row[1:])]
        usable = sorted(d for d in steps if LEAST_GAP * height <= d <= WIDEST_CELL * height)
        if not usable:
            continue
        pitch = usable[len(usable) // 2]  # a missed wall's double step is no comb's pitch
        chains = [[row[0]]]
        for wall, step in zip(row[1:], steps):
            cells = round(step / pitch)
            if cells in (1, 2) and abs(step / pitch - cells) <= PITCH_SLACK:
                if cells == 2:  # the wall the rule finder missed, midway: made paper with the others
                    left = chains[-1][-1][0] + step // 2
                    chains[-1].append((left - 2, wall[1], left + wall[2] - wall[0] + 2, wall[3]))  # and its fringe
                chains[-1].append(wall)
            else:
                chains.append([wall])
        found += [chain for chain in chains if len(chain) >= COMB_WALLS]
    return found


def without_comb_walls(grey: np.ndarray, rules: list[tuple[int, int, int, int]], scale: float, dark_level: int):
    """(`grey` with its combs read as lines of type, each comb's wall boxes): each comb's walls made paper and its
    cells' characters set side by side (compacted), an empty cell a word space. `rules` are the rule finder's
    pixel boxes, `grey` the page with them taken out, ink darker than `dark_level`. The combs on a rule alone are
    found in the pixels (combs), those between two rules among `rules` (ruled_combs): those walls are boxes of
    `rules`, and the caller drops the inner ones (inner_walls) once the characters stand together."""
    found = combs(grey < dark_level, rules, scale)
    # a comb whose walls the rule finder took only in part is seen once, in its pixels
    found += [walls for walls in ruled_combs(rules, scale) if not any(_overlap(walls, comb) for comb in found)]
    if not found:
        return grey, found
    out = grey.copy()
    reach = max(2, round(PAPER_REACH * scale))
    for walls in found:
        top, bottom = min(w[1] for w in walls), max(w[3] for w in walls)
        # the paper's own light round the comb (the rule finder's white left out): a grey copy's walls made white
        # were outlines Tesseract read ("2/52")
        around = grey[max(0, top - reach) : bottom + reach, max(0, walls[0][0]) : walls[-1][2]]
        paper = around[(around >= dark_level) & (around < 255)]
        level = int(np.percentile(paper, 75)) if paper.size else 255
        for x0, _, x1, _ in walls:
            out[top:bottom, max(0, x0) : x1] = level
        compacted(out, walls, top, bottom, level, dark_level)
    return out, found


def inner_walls(found: list[list[tuple[int, int, int, int]]]) -> set[tuple[int, int, int, int]]:
    """The walls of `found` combs between their first and last: no rules for the layout once the cells' characters
    stand side by side (they would cut the comb's line of type); the first and last stay the field's sides."""
    return {wall for walls in found for wall in walls[1:-1]}


def compacted(out: np.ndarray, walls: list[tuple[int, int, int, int]], top: int, bottom: int, paper: int, dark: int):
    """The comb's cells' characters (between `walls`, rows top..bottom of `out`, the walls made paper) set side by
    side from its left wall, a run of empty cells one word space, in place: one character far from the next in
    a wide cell was read alone and as garbage ("2 OR HON EO" for "2 006"), a line of close type is read whole."""
    band = out[top:bottom]
    height = bottom - top
    gap, space = max(2, round(LETTER_GAP * height)), max(4, round(WORD_SPACE * height))
    pieces: list[np.ndarray | None] = []
    for (_, _, left, _), (right, _, _, _) in zip(walls, walls[1:]):
        ink = np.flatnonzero((band[:, left:right] < dark).sum(axis=0) >= 2)
        if ink.size:
            pieces.append(band[:, left + ink[0] : left + ink[-1] + 1].copy())
        elif pieces and pieces[-1] is not None:
            pieces.append(None)
    start, end = walls[0][2], walls[-1][0]
    band[:, start:end] = paper
    x = start + gap
    for piece in pieces:
        if piece is None:
            x += space
            continue
        width = min(piece.shape[1], end - x)
        if width <= 0:
            break
        band[:, x : x + width] = piece[:, :width]
        x += width + gap

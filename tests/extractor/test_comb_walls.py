"""Issue #12, twenty-eighth round: a comb field's cell walls on a scan. The rule finder took the comb's rules out but
left its walls (short uprights between the figures), which Tesseract read as letters ("2 I7|5 då D lolo" for
"2 752 000"), and with them taken out a figure alone in a wide cell was read alone and as garbage. On plain
arrays: a 300 dpi grey page, the rule finder's output, comb_walls' boxes and the comb's figures set side by side."""

from __future__ import annotations

import numpy as np

from bilagor.extractor.comb_walls import inner_walls, wall_boxes, without_comb_walls
from bilagor.extractor.ocr import MIN_RULE_POINTS, remove_rules

SCALE = 300 / 72
DARK = 160


def _figure(grey, x: int, bottom: int) -> None:
    """A figure's ink: a ring 22 px wide, 34 px tall (a 9 pt "0"), standing on `bottom`."""
    grey[bottom - 34 : bottom, x : x + 22] = 30
    grey[bottom - 30 : bottom - 4, x + 4 : x + 18] = 250


def _comb_page(top_rule: bool):
    """A page with a comb of eight cells 50 px wide (walls 3 px, 64 px tall) on a rule, figures in six of them;
    (page, the walls' left columns, the figures' boxes)."""
    grey = np.full((700, 1200), 245, np.uint8)
    base = 400
    grey[base : base + 3, 150:610] = 25  # the comb's bottom rule
    if top_rule:
        grey[base - 67 : base - 64, 150:610] = 25
    walls = list(range(150, 611, 50))[:9]
    for x in walls:
        grey[base - 64 : base, x : x + 3] = 25
    figures = []
    for k in (0, 1, 2, 4, 5, 6):
        x = 150 + 50 * k + 14
        _figure(grey, x, base - 14)
        figures.append((x, base - 48, x + 22, base - 14))
    return grey, walls, figures


def _cleaned(grey):
    image, rules = remove_rules(grey, round(MIN_RULE_POINTS * SCALE), scale=SCALE)
    return np.asarray(image), rules


def _runs(columns) -> list[tuple[int, int]]:
    edges = np.flatnonzero(np.diff(np.concatenate(([0], columns.astype(np.int8), [0]))))
    return list(zip(edges[::2], edges[1::2]))


def test_a_combs_walls_are_made_paper_and_its_figures_set_side_by_side():
    """A comb on its bottom rule alone: the rule finder leaves its walls, this step takes them."""
    grey, walls, figures = _comb_page(top_rule=False)
    cleaned, rules = _cleaned(grey)
    assert (cleaned[340:398, walls[3] : walls[3] + 3] < DARK).all()  # the rule finder leaves the walls
    assert len(wall_boxes(cleaned < DARK, rules, SCALE)) == len(walls)
    out, found = without_comb_walls(cleaned, rules, SCALE, DARK)
    assert found
    band = out[320:400] < DARK
    figure_ink = sum(int((cleaned[t:b, x0:x1] < DARK).sum()) for x0, t, x1, b in figures)
    assert int(band.sum()) == figure_ink  # the figures' ink, nothing of the walls
    runs = _runs(band.any(axis=0))
    assert [b - a for a, b in runs] == [22] * 6
    gaps = [b[0] - a[1] for a, b in zip(runs, runs[1:])]
    assert gaps[2] > 2 * max(gaps[:2] + gaps[3:])  # the empty cell a word space, the rest close together
    assert max(gaps[:2] + gaps[3:]) < 10 and runs[0][0] < 160


def test_a_comb_between_two_rules_is_set_side_by_side_from_the_rule_finders_walls():
    """Between a top and a bottom rule the walls run from one rule into the next: the rule finder takes them as
    rules (frame_walls), and this step finds the comb among those rules and sets its figures side by side all the
    same (the twenty-ninth round: the layout's own join of OCR'd words between the walls is gone); its inner walls
    are given to be dropped from the rules, its outer two stay the field's sides."""
    grey, walls, figures = _comb_page(top_rule=True)
    cleaned, rules = _cleaned(grey)
    assert not (cleaned[340:398, walls[3] : walls[3] + 3] < DARK).any()  # wiped as rules
    upright = [r for r in rules if r[3] - r[1] > r[2] - r[0]]
    assert len(upright) >= len(walls) - 1
    out, found = without_comb_walls(cleaned, rules, SCALE, DARK)
    assert len(found) == 1 and set(found[0]) <= set(upright)
    figure_ink = sum(int((grey[t:b, x0:x1] < DARK).sum()) for x0, t, x1, b in figures)
    band = out[320:400] < DARK
    assert int(band.sum()) == figure_ink  # the figures' ink, moved
    runs = _runs(band.any(axis=0))
    gaps = [b[0] - a[1] for a, b in zip(runs, runs[1:])]
    assert len(runs) == 6 and gaps[2] > 2 * max(gaps[:2] + gaps[3:]) and max(gaps[:2] + gaps[3:]) < 10
    inner = inner_walls(found)
    assert found[0][0] not in inner and found[0][-1] not in inner and len(inner) == len(found[0]) - 2


def test_a_wall_the_rule_finder_missed_is_made_paper_with_the_others():
    """A wall broken on the way from one rule to the other is no rule (frame_walls takes unbroken runs): it stood
    between the comb's first figures ("2 | 006 000 kr") and the comb was set from the wall after it. Its place,
    midway in a double step, is made paper and the comb set whole."""
    grey, walls, figures = _comb_page(top_rule=True)
    grey[360:364, walls[1] : walls[1] + 3] = 245  # wall 1 broken in its middle
    cleaned, rules = _cleaned(grey)
    assert (cleaned[340:355, walls[1] : walls[1] + 3] < DARK).all()  # left in the image
    out, found = without_comb_walls(cleaned, rules, SCALE, DARK)
    assert len(found) == 1
    band = out[320:400] < DARK
    figure_ink = sum(int((grey[t:b, x0:x1] < DARK).sum()) for x0, t, x1, b in figures)
    assert int(band.sum()) == figure_ink  # the broken wall's ink gone, the figures' kept
    assert len(_runs(band.any(axis=0))) == 6


def test_a_rows_equal_columns_between_two_rules_are_no_comb():
    """A table row of five equal cells 60 pt wide (its walls rules between two rules) holds words, not a
    character a cell: too wide for a comb's cells."""
    grey = np.full((700, 1600), 245, np.uint8)
    grey[330:333, 100:1400] = 25
    grey[400:403, 100:1400] = 25
    for x in range(100, 1401, 250):
        grey[330:403, x : x + 3] = 25
    for x in range(130, 1300, 250):  # a word in each cell
        grey[350:385, x : x + 120] = 40
    cleaned, rules = _cleaned(grey)
    assert len([r for r in rules if r[3] - r[1] > r[2] - r[0]]) >= 5
    out, found = without_comb_walls(cleaned, rules, SCALE, DARK)
    assert not found and out is cleaned


def test_a_word_typed_on_its_writing_line_is_no_comb():
    """Letters standing on a rule: stems of several heights (x-height, ascenders), close together, arches and
    bowls beside them."""
    grey = np.full((700, 1200), 245, np.uint8)
    base = 400
    grey[base : base + 3, 100:1000] = 25
    x = 120
    for k in range(14):
        tall = 34 if k % 3 == 0 else 24  # an "l" among "n"s
        grey[base - tall : base, x : x + 4] = 30
        if tall == 24:  # an n's arch and second stem
            grey[base - 24 : base - 20, x : x + 16] = 30
            grey[base - 24 : base, x + 14 : x + 18] = 30
            x += 26
        else:
            x += 14
    cleaned, rules = _cleaned(grey)
    assert wall_boxes(cleaned < DARK, rules, SCALE) == []


def test_a_framed_fields_two_sides_are_no_comb():
    grey = np.full((700, 1200), 245, np.uint8)
    for x0, x1 in ((100, 520), (560, 980)):  # two framed fields side by side, each on its own rules
        grey[330:333, x0:x1] = 25
        grey[400:403, x0:x1] = 25
        grey[330:403, x0 : x0 + 3] = 25
        grey[330:403, x1 - 3 : x1] = 25
    cleaned, rules = _cleaned(grey)
    out, found = without_comb_walls(cleaned, rules, SCALE, DARK)
    assert not found and out is cleaned

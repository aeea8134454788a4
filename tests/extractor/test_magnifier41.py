"""A magnifying glass over print with nothing beside it on its rows: the lens's own lines decide (magnifier's gap
rule, issue #12, thirty-sixth round)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from bilagor.extractor import magnifier
from bilagor.extractor.magnifier import find_lens, without_magnifier
from fixturegen.fibres_lens_roll39 import lens

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
SCALE = 200 / 72
WIDTH, HEIGHT = 1654, 1700
LINES = [
    "Strandpromenaden används mer på kvällarna",
    "enligt de räkningar som gjorts. Bostads-",
    "bolaget har på egen bekostnad bytt belys-",
    "ningen i området. Under arbetet leddes",
    "gående om via den tillfälliga gångbanan.",
]
# The lens over a column of print that has nothing beside it on its rows (a landscape page's first column under
# the glass, the next column's lines elsewhere): the rows beside cannot line up with anything.
ALONE = {
    "radius": (0.2, 0.2),
    "centre_gain": (1.7, 1.7),
    "rim_gain": (1.0, 1.0),
    "rim": (7, 7),
    "cx": (0.5, 0.5),
    "cy": (0.5, 0.5),
}

needs_font = pytest.mark.skipif(not DEJAVU.exists(), reason="DejaVu Sans is not installed")


def _column(rows: int, left: int = 560):
    """A 200 dpi page with a column of 10 pt print from `left`, on the page's middle rows only (grey uint8), drawn
    by the test."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (WIDTH, HEIGHT), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(DEJAVU), round(10 * SCALE))
    top = HEIGHT // 2 - rows * 40
    for row in range(rows):
        draw.text((left, top + row * 80), LINES[row % len(LINES)], fill=0, font=font)
    return np.asarray(image)


def _ink_kept(original, page, box) -> float:
    top, bottom, left, right = box
    ink = original[top:bottom, left:right] < 128
    return float((page[top:bottom, left:right] < 128)[ink].mean())


@needs_font
@pytest.mark.parametrize("seed", [41, 42])
def test_a_lens_over_print_alone_on_its_rows_is_undone_by_its_own_lines(seed, monkeypatch) -> None:
    """The rows beside say nothing (no print there): the alignment alone leaves the lens; the gap rule brings the
    print under it back to its own pixels."""
    page = _column(rows=8)
    lensed = lens(page, random.Random(seed), ALONE)
    found = find_lens(lensed, SCALE)
    assert found is not None
    cx, cy, rim = found
    half = int(0.2 * WIDTH * 0.5)
    box = (int(cy) - half, int(cy) + half, int(cx) - half, int(cx) + half)
    undone, taken = without_magnifier(lensed, SCALE)
    assert taken
    assert _ink_kept(page, lensed, box) < 0.4
    assert _ink_kept(page, undone, box) > 0.6
    monkeypatch.setattr(magnifier, "MIN_GAP_GAIN", float("inf"))
    assert without_magnifier(lensed, SCALE)[1] is False


@needs_font
def test_a_lens_over_a_lone_rule_or_blank_paper_is_left() -> None:
    """Nothing to read under the glass: blank paper, or one thin upright rule through it (undone, the rule thins
    and its rows would count as gaps): the page as it was."""
    import numpy as np
    from PIL import Image, ImageDraw

    blank = Image.new("L", (WIDTH, HEIGHT), 255)
    ruled = blank.copy()
    ImageDraw.Draw(ruled).line((WIDTH // 2 + 40, 0, WIDTH // 2 + 40, HEIGHT), fill=0, width=3)
    for image in (blank, ruled):
        lensed = lens(np.asarray(image), random.Random(41), ALONE)
        assert find_lens(lensed, SCALE) is not None
        kept, taken = without_magnifier(lensed, SCALE)
        assert not taken and kept is lensed

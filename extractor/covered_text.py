"""Characters a viewer draws but nobody sees: covered by paper-coloured paint drawn after them, or painted in
the paper's colour on bare paper.

A form template carries such text: an old working title under a white box pasted over it, a white
"Mall version 2.3" note for the registry. Read, it became a label or an answer of its own. White text
over a dark band or a picture is seen (a heading in a coloured bar) and stays. Pure functions over plain
data: each item is drawn in page order with a box (x0, top, x1, bottom) and its fill colour.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

# A colour component this light (grey, RGB) or this free of ink (CMYK) is the paper's.
PAPER = 0.95

Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class Paint:
    """A filled area (a rectangle, a picture) drawn at position `order` in the page's drawing."""

    order: int
    box: Box
    paper: bool  # painted in the paper's colour (a picture never is)


def colour_components(colour: object) -> tuple[float, ...] | None:
    """A non-stroking colour's components as pdfminer gives them (a number, or 1, 3 or 4 components: grey, RGB,
    CMYK); None for a pattern or an unknown colour space."""
    if isinstance(colour, int | float):
        colour = (colour,)
    if not isinstance(colour, tuple | list) or not all(isinstance(v, int | float) for v in colour):
        return None
    if len(colour) not in (1, 3, 4):
        return None
    return tuple(float(v) for v in colour)


def paper_coloured(colour: object) -> bool:
    """Whether a non-stroking colour is the paper's white. A pattern or an unknown colour space is not."""
    components = colour_components(colour)
    if components is None:
        return False
    if len(components) == 4:  # CMYK: no ink at all
        return all(v <= 1 - PAPER for v in components)
    return all(v >= PAPER for v in components)


def unseen(order: int, box: Box, paper_text: bool, paints: Sequence[Paint]) -> bool:
    """Whether a character drawn at `order` in `box` is not seen: paper-coloured paint drawn later lies over
    its middle, or it is paper-coloured itself with nothing but paper under its middle. `paints` are in
    drawing order."""
    x, y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2

    def under(paint: Paint) -> bool:
        left, top, right, bottom = paint.box
        return left <= x <= right and top <= y <= bottom

    if any(p.order > order and p.paper and under(p) for p in paints):
        return True
    if paper_text:
        below = [p for p in paints if p.order < order and under(p)]
        return not below or below[-1].paper  # the last paint under it is what it is seen against
    return False


def seen(chars: Sequence[tuple[int, Box, bool]], paints: Sequence[Paint]) -> list[bool]:
    """For each character (its place in the drawing, its box, whether it is paper-coloured): whether a viewer
    shows it. Most pages paint their white cells before their text: a character drawn after the last
    paper-coloured paint and not itself paper-coloured needs no look. The others are judged as `unseen` judges
    them, a block of characters against all paints at once (a form of thousands of characters and hundreds of
    cell fills took a pass over the paints a character: 100 s of a 64-page booklet's reading, h33)."""
    last_cover = max((p.order for p in paints if p.paper), default=-1)
    shown = [True] * len(chars)
    look = [i for i, (order, _box, paper) in enumerate(chars) if not (order > last_cover and not paper)]
    for start in range(0, len(look), _BLOCK):
        block = look[start : start + _BLOCK]
        for i, hidden in zip(block, _unseen_block([chars[i] for i in block], paints), strict=True):
            shown[i] = not hidden
    return shown


# Characters judged at once: a block's table of characters by paints stays small (512 x a page's paints).
_BLOCK = 512


def _unseen_block(chars: Sequence[tuple[int, Box, bool]], paints: Sequence[Paint]) -> list[bool]:
    """`unseen` of each of `chars`, over arrays: the same comparisons, each character against every paint."""
    import numpy as np

    if not paints:
        return [paper for _order, _box, paper in chars]  # white on bare paper is unseen; nothing covers the rest
    order = np.array([c[0] for c in chars], dtype=np.int64)[:, None]
    x = np.array([(c[1][0] + c[1][2]) / 2 for c in chars])[:, None]
    y = np.array([(c[1][1] + c[1][3]) / 2 for c in chars])[:, None]
    paper_text = np.array([c[2] for c in chars], dtype=bool)
    boxes = np.array([p.box for p in paints], dtype=np.float64)
    orders = np.array([p.order for p in paints], dtype=np.int64)[None, :]
    paper = np.array([p.paper for p in paints], dtype=bool)
    under = (boxes[:, 0] <= x) & (x <= boxes[:, 2]) & (boxes[:, 1] <= y) & (y <= boxes[:, 3])
    covered = (under & (orders > order) & paper[None, :]).any(axis=1)
    below = under & (orders < order)
    # the last paint under it (in drawing order) is what it is seen against
    last = len(paints) - 1 - np.argmax(below[:, ::-1], axis=1)
    on_paper = ~below.any(axis=1) | paper[last]
    return (covered | (paper_text & on_paper)).tolist()

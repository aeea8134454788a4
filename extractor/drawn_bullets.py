"""A list's bullets drawn as small filled shapes, not characters, read as "•" (pure, over character dicts).

Some producers draw a list's disc with path operators beside the item (html2ps sets each item's bullet as a
small filled circle), so the text layer has the items without their marks: "Åtgärderna omfattade: ljusa
väggpaneler i tunneln tre kameror …" ran the items together as one sentence. A small round filled shape in a
line of text, just before the line's first character and with nothing of the line close left of it, is the
item's bullet: a "•" character is put there, sized as the item's first character, so the words and lines are
built with it as if it had been typed.
"""

from __future__ import annotations

from collections.abc import Sequence

BULLET = "•"
Box = tuple[float, float, float, float]  # x0, top, x1, bottom in points, top-down

MAX_DOT = 12.0  # pt: a drawn shape larger either way is no list mark (a picture, an icon, a chart's mark)
MIN_DOT_EM = 0.15  # a bullet's height as a share of its item's type size: smaller is a full stop or speck
MAX_DOT_EM = 0.7  # larger is a symbol or a box of its own
MAX_ELONGATION = 1.5  # width over height either way: a bullet is round or square (a dash is flat)
MAX_GAP_EM = 2.5  # sizes from the bullet to its item's first character (a list's hanging indent)
LEFT_CLEAR_EM = 1.0  # sizes left of the bullet with no character of its line (it opens its line's text)
MAX_DOTS = 80  # a page with more small shapes is a chart or a pattern (a page holds some 70 lines at most)


def is_dot(box: Box) -> bool:
    """Whether a filled shape's box is small and round enough to be a list's bullet."""
    width, height = box[2] - box[0], box[3] - box[1]
    if not (0 < width <= MAX_DOT and 0 < height <= MAX_DOT):
        return False
    return max(width, height) <= MAX_ELONGATION * min(width, height)


def with_drawn_bullets(chars: list[dict], dots: Sequence[Box]) -> list[dict]:
    """The page's characters with a "•" before each line's first character that a drawn dot opens (pure)."""
    dots = [d for d in dots if is_dot(d)]
    if not dots or len(dots) > MAX_DOTS or not chars:
        return chars
    before: dict[int, dict] = {}  # index of the item's first character -> the bullet set before it
    for x0, top, x1, bottom in dots:
        middle = (top + bottom) / 2
        line = [
            (i, c)
            for i, c in enumerate(chars)
            if str(c.get("text", "")).strip() and float(c["top"]) <= middle <= float(c["bottom"])
        ]
        after = [(i, c) for i, c in line if float(c["x0"]) >= x1]
        if not after:
            continue
        i, first = min(after, key=lambda ic: float(ic[1]["x0"]))
        size = float(first.get("size") or 0.0)
        if size <= 0 or not MIN_DOT_EM * size <= bottom - top <= MAX_DOT_EM * size:
            continue
        if float(first["x0"]) - x1 > MAX_GAP_EM * size:
            continue
        if any(x0 - LEFT_CLEAR_EM * size < float(c["x1"]) <= x1 for _, c in line):
            continue
        before[i] = {**first, "text": BULLET, "x0": x0, "x1": x1}
    if not before:
        return chars
    out: list[dict] = []
    for i, char in enumerate(chars):
        if i in before:
            out.append(before[i])
        out.append(char)
    return out

"""A list's bullets that Tesseract does not read, found in the ink (pure, over a page's pixels and words).

An answer that ends in a list ("… i området. • Arbetet har stämts av … • Förvaltningen bedömer …") keeps
its bullets in a text layer. On a scan Tesseract reads a bullet as "»", "·" or nothing, and the word
cleaning drops the mark as dust (a small mark standing apart: ocr.without_lone_marks), so every item of
the list lost its bullet. The ink left once the read words are taken out is looked at: a solid round dot,
larger than a full stop and smaller than a letter, standing in a read line just before that line's first
word (nothing of the line left of it but a label column's words further away), is a bullet.
"""

from __future__ import annotations

from collections.abc import Sequence

BULLET = "•"
MIN_SIZE = 1.6  # pt across: a full stop of 14 pt type is about 1.5 pt; a 9 pt bullet 2 pt
MAX_SIZE = 6.0  # pt: a bullet of 20 pt type; larger dots are pictures or a heavy letter
MAX_ELONGATION = 1.45  # width over height either way: a dot is round (a dash is flat)
MIN_FILL = 0.6  # share of its box that is ink: a solid disk is 0.79, a ring or a curve's piece less
MAX_GAP = 20.0  # pt from the bullet to the item's first word (a list's hanging indent)
MIN_GAP = 0.8  # pt: nearer, the dot belongs to the word (read words are taken out 1 pt round)
LEFT_CLEAR = 6.0  # pt left of the bullet with no word of its line (a label column's words stand further off)
WORD_MARGIN = 1.0  # pt round a read word's box whose ink belongs to it


def bullet_boxes(
    dark, words: Sequence[tuple[float, float, float, float]], scale: float
) -> list[tuple[int, int, int, int]]:
    """Pixel boxes (x0, top, x1, bottom) of unread bullets in `dark` (2-D bool, True for ink); `words` are
    the read words' pixel boxes (x0, top, x1, bottom, every word of a line sharing its line's top and
    bottom), `scale` pixels per point."""
    from bilagor.extractor.ocr_lone_dashes import ink_blobs

    rest = dark.copy()
    margin = round(WORD_MARGIN * scale)
    for x0, top, x1, bottom in words:
        rest[max(0, int(top) - margin) : int(bottom) + margin, max(0, int(x0) - margin) : int(x1) + margin] = False
    found = []
    for x0, top, x1, bottom, ink in ink_blobs(rest):
        wide, tall = x1 - x0, bottom - top
        if not (MIN_SIZE * scale <= min(wide, tall) and max(wide, tall) <= MAX_SIZE * scale):
            continue
        if not round_solid(wide, tall, ink):
            continue
        middle = (top + bottom) / 2
        line = [w for w in words if w[1] <= middle <= w[3]]
        after = [w[0] - x1 for w in line if w[0] >= x1]
        if not after or not (MIN_GAP * scale <= min(after) <= MAX_GAP * scale):
            continue
        if any(x0 - LEFT_CLEAR * scale < w[2] <= x0 for w in line):
            continue
        found.append((x0, top, x1, bottom))
    return found


def round_solid(wide: float, tall: float, ink: float, max_elongation: float = MAX_ELONGATION) -> bool:
    """Whether a mark `wide` x `tall` holding `ink` pixels is a solid round dot: not a dash (flat), a ring
    or a curve's piece (too little ink in its box) (pure; the text layer's bullets use it too)."""
    return max(wide, tall) <= max_elongation * min(wide, tall) and ink >= MIN_FILL * wide * tall

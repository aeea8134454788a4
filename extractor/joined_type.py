"""Lines of type whose letters run together, told from ruling lines before the rule finder wipes them.

The rule finder (ocr.remove_rules) takes every run of ink along a row at least a rule's length (36 pt) for a ruling
line and makes it paper with its fringe. On a spirit-duplicator copy each stroke's ink spreads into a halo, and on a
blurred or bold scan the letters of a word touch: a row through the middle of a long word ("Sommarjobbande",
"representanter") is then one run of ink, and wiping it cut the word in two along its middle, left as an outline
that Tesseract read as garbage ("Sommaijurkvande"). A ruling line has paper beside it, at least on one side (a word
touching its rule has its letters on one side only); a row through a line of type has its letters' bodies just
above and just below it, over most of its length. Pure functions over a boolean ink mask (ink True).
"""

from __future__ import annotations

# The rows looked at on each side of a run, in points off its edge: inside a line of type's x-height (4-5 pt at
# 10-11 pt type) from a row through its middle, clear of a rule's own grey fringe.
FLANK_FROM_POINTS = 0.5
FLANK_TO_POINTS = 1.2
# A run is a line of type when the rows on both sides hold ink over this share of its columns (letters' stems and
# bowls: 0.85-0.98 through a spirit copy's words); a rule with a line of text touching it has ink on one side only.
# Ink there that is itself a long run (a thick rule's other rows) is not counted.
TYPE_FLANK_SHARE = 0.75


def joined_type(dark, runs, boxes, scale: float) -> list[tuple[int, int, int, int]]:
    """The pixel boxes (x0, top, x1, bottom) among `boxes` (of `runs`, the long runs of `dark` along rows; both H x W
    bool) that run through a line of type: ink that is no long run on both sides of them over TYPE_FLANK_SHARE of
    their columns."""
    near, far = max(1, round(FLANK_FROM_POINTS * scale)), max(2, round(FLANK_TO_POINTS * scale))
    found = []
    for x0, top, x1, bottom in boxes:
        if top - far < 0 or bottom + far > dark.shape[0] or x1 <= x0:
            continue
        side = (slice(top - far, top - near + 1), slice(x0, x1))
        above = (dark[side] & ~runs[side]).any(axis=0)
        side = (slice(bottom + near - 1, bottom + far), slice(x0, x1))
        below = (dark[side] & ~runs[side]).any(axis=0)
        if above.mean() >= TYPE_FLANK_SHARE and below.mean() >= TYPE_FLANK_SHARE:
            found.append((x0, top, x1, bottom))
    return found

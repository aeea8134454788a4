"""A word's box that Tesseract ran over the words after it, cut back to its own letters (pure, over one line).

Beside a mark it cannot read (a rule's short tick, a bridged stroke), Tesseract may box the word before the mark
from its first letter to the end of the mark, or of the next word: "Genomförande" boxed over the tick and
"Arbetet" after it, though both are read as words of their own. The layout then sees no gap between a label set
flush right against a rule and its answer beyond it, and reads them as one run. Such a box is told by the line
itself: it runs past the next word's start (more than two boxes' noise), and may hold far more than its letters
(the mean width of a letter in the line's other words of four letters or more, which Tesseract boxes to their
ink). It is cut back to the next
word's start, and when it still holds more than its letters (`OVERRUN`), to its letters' width (a bold label's
letters are wider than the body's: `BOLD_SLACK`).
"""

from __future__ import annotations

Box = list[int]

OVERLAP = 2  # px: a box may touch its neighbour's by this much (a ")" over the word before it, noise)
OVERRUN = 1.4  # a box this many times its letters' width, cut to the next word, still holds words after it
BOLD_SLACK = 1.15  # the cut box's letters may be this much wider than the line's (a bold label, an answer in roman)
_MIN_MEASURE_LETTERS = 4


def _letter_width(words: list[tuple[str, Box]], skip: set[int]) -> float | None:
    measure = [
        (len(text), box[2] - box[0])
        for k, (text, box) in enumerate(words)
        if k not in skip and text.isalpha() and len(text) >= _MIN_MEASURE_LETTERS
    ]
    letters = sum(n for n, _ in measure)
    return sum(width for _, width in measure) / letters if letters else None


def cut_overrun_boxes(words: list[tuple[str, Box]]) -> list[tuple[str, Box]]:
    """One OCR line's (text, pixel box) words, in reading order, with each box that ran over the next word cut
    back to the next word's start (and to its letters' width where the line's other words measure one); the
    line as it came when no box ran over."""
    running = {
        k
        for k, ((_, box), (_, after)) in enumerate(zip(words, words[1:]))
        if box[2] > after[0] + OVERLAP and after[0] > box[0]
    }
    if not running:
        return words
    letter = _letter_width(words, running)
    result = list(words)
    for k in sorted(running):
        text, box = words[k]
        x1 = words[k + 1][1][0] - 1  # no further than the next word's start
        own = len(text) * letter if letter is not None else float("inf")
        if x1 - box[0] >= OVERRUN * own:  # and when that still holds the words after it, to its letters
            x1 = min(x1, round(box[0] + BOLD_SLACK * own))
        result[k] = (text, [box[0], box[1], max(x1, box[0] + 1), *box[3:]])
    return result

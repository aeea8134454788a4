"""Which dash a spaced dash on a scan is, told by its width: "-", "–" or "—".

Tesseract reads a spaced en dash ("Bilaga 5 – Uppföljning", the Swedish
tankstreck) as a hyphen or an em dash about as often as right, and the title
then differs from the report's. The three are told apart by their ink, set
against the mean width of a letter in the line's words (which also scales
with a monospaced font's wide hyphen): measured on OCR'd scans of the sixth
held-out forms and of the fixture generator's reports (Helvetica, Times,
DejaVu, Courier at 150-300 dpi), hyphens are 0.51-0.72 letters wide, en
dashes 1.02-1.19. Only a dash standing alone as a word is judged; one inside
a word ("e-tjänst", "2023–2024") is left as read, and so is a dash on a line
without words to measure it by. Only OCR'd lines go through here.
"""

from __future__ import annotations

_DASHES = frozenset("-‐‑–—")
# Width of a lone dash's ink box over the mean letter width of its line's words:
EN_DASH_MIN_LETTERS = 0.85  # from here a dash is an en dash; below it a hyphen (hyphens measured up to 0.72)
# ... in a proportional font's line, whose letters are wider than its dashes: on the eighth round's
# tuning scans (Liberation Serif, DejaVu Sans, bold titles) hyphens measured 0.49-0.65, en dashes 0.70-0.73.
# The wide hyphens up to 0.72 were a monospaced font's (Courier), which keeps the threshold above.
EN_DASH_MIN_LETTERS_PROPORTIONAL = 0.67
# A line is monospaced when its words' widths per letter vary less than this (a share of their mean):
# measured 0.003-0.007 on monospaced titles, 0.02-0.08 on proportional ones.
MONOSPACED_SPREAD = 0.015
EM_DASH_MIN_LETTERS = 1.6  # from here an em dash (about two letters; en dashes measured up to 1.19)
_MIN_MEASURE_LETTERS = 4  # only words of this many letters or more measure the line's letter width


def dashes_by_width(words: list[tuple[str, list[int]]]) -> list[tuple[str, list[int]]]:
    """A line's (text, box) words with each lone, flat dash set to the dash its width says it is."""
    measure = [(len(t), b[2] - b[0]) for t, b in words if t.isalpha() and len(t) >= _MIN_MEASURE_LETTERS]
    if not measure:
        return words
    letter = sum(width for _, width in measure) / sum(n for n, _ in measure)
    en_dash = EN_DASH_MIN_LETTERS_PROPORTIONAL if _proportional(measure) else EN_DASH_MIN_LETTERS
    result = []
    for text, box in words:
        width, height = box[2] - box[0], box[3] - box[1]
        if text and set(text) <= _DASHES and width > height:  # a dash is flat; a tall mark is something else
            share = width / letter
            text = "—" if share >= EM_DASH_MIN_LETTERS else "–" if share >= en_dash else "-"
        result.append((text, box))
    return result


def _proportional(measure: list[tuple[int, int]]) -> bool:
    """Whether (letters, width) words are set in a proportional font; a single word cannot tell (no)."""
    if len(measure) < 2:
        return False
    per_letter = [width / n for n, width in measure]
    mean = sum(per_letter) / len(per_letter)
    spread = (sum((p - mean) ** 2 for p in per_letter) / len(per_letter)) ** 0.5
    return spread / mean >= MONOSPACED_SPREAD

"""A label that is its numbers only, its words wrapped onto the next line of a narrow label column.

A numbered table's label column sized to its widest word ("Behovsanalys/problembeskrivning") leaves no room
for the section's own number beside that word: "10 1.1" stands on the row's first line and the word on the
next, level with the answer's second line. The word reads as a known label, so the walker starts a block at
it, and the row's label is cut in two: "10 1.1" holding the answer's first line, the word the rest. A label of
numbers alone names nothing; when the next block's label starts on the very next line of the same page, the
two are one label and one answer.
"""

from __future__ import annotations

import re

from bilagor.extractor.layout.model import Block
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings

# Numbers only: a row's number and a section's ("10 1.1", "9 1.", "3 a", "4b)"). Possessive quantifiers: the same
# strings as (?:\d+(?:\.\d+)*\.?(?:\s?[a-h]\))?\s*)+$, whose groups split a run of digits in every way before
# failing, twice the time a digit (an OCR'd label of 22 digits and a letter: 1.3 s; PdfPig's P2P-33713919 was lost
# at its time-out on such a label, h32).
_NUMBERS_ONLY = re.compile(r"^\d++(?:\.\d++)*+\.?+(?:\s?[a-h]\))?+(?:\s*+\d++(?:\.\d++)*+\.?+(?:\s?[a-h]\))?+)*+\s*+$")


def join_number_labels(blocks: list[Block], s: LayoutSettings = DEFAULT_SETTINGS) -> list[Block]:
    """Blocks with each label of numbers alone joined to the next block's label right under it (same page,
    its first label line within a line's wrap pitch of the number's line), the two answers one."""
    out: list[Block] = []
    for block in blocks:
        previous = out[-1] if out else None
        if previous is not None and _numbers_over(previous, block, s):
            previous.label_lines += block.label_lines
            previous.value_lines += block.value_lines
            continue
        out.append(block)
    return out


def _numbers_over(upper: Block, lower: Block, s: LayoutSettings) -> bool:
    if not upper.label_lines or not lower.label_lines:
        return False
    if not _NUMBERS_ONLY.match(upper.label.strip()):
        return False
    last, first = upper.label_lines[-1], lower.label_lines[0]
    return first.page == last.page and 0 < first.top - last.top <= s.wrap_pitch * max(last.height, last.size)

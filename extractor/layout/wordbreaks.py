"""Labels broken mid-word by a label column too narrow for their words.

A fixed-width table cell cuts a long word where it reaches the cell's edge,
without a hyphen ("Kontaktperso" / "n"). Such a line ends at the label
column's right edge and the next one goes on in lowercase; a whole word
wrapped to the next line leaves room at the edge instead, so the edge is the
evidence. A line can end at the edge by chance, so the words of the known
labels decide where they can: a known word is joined again ("Kontaktperso" +
"n"), two known words stay apart ("ekonomiskt" + "utfall"); fragments of
words no template uses are joined on the edge's evidence alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bilagor.extractor.layout.model import Block
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings

# Whole words that start a wrapped label line (never the tail of a broken word).
_FUNCTION_WORDS = frozenset(
    "och av för mot i på om med till samt eller utifrån de det den som vid från inom efter under".split()
)
_WORD_END = re.compile(r"[^\W\d_]$")
_WORD_START = re.compile(r"^[a-zåäöé]")


def glue_broken_words(
    blocks: list[Block], is_label_word: Callable[[str], bool], s: LayoutSettings = DEFAULT_SETTINGS
) -> None:
    """Mark label lines that continue a word cut at the label column's edge (Block.glued)."""
    cells = [b for b in blocks if not b.heading and len(b.label_lines) > 1]
    if not cells:
        return
    edges: dict[int, float] = {}
    for block in blocks:
        if block.heading:
            continue
        for line in block.label_lines:
            edges[line.page] = max(edges.get(line.page, 0.0), line.x1)
    for block in cells:
        glued = set()
        for i, (upper, lower) in enumerate(zip(block.label_lines, block.label_lines[1:]), start=1):
            tail, head = upper.words[-1], lower.words[0]
            size = tail.size or upper.height
            at_edge = upper.x1 >= edges[upper.page] - s.word_break_edge_share * size
            if not (at_edge and _WORD_END.search(tail.text) and _WORD_START.match(head.text)):
                continue
            first, second = tail.text, head.text.rstrip(":,")
            if second.lower() in _FUNCTION_WORDS:
                continue
            if is_label_word(first + second) or not (is_label_word(first) or is_label_word(second)):
                glued.add(i)
        block.glued = glued

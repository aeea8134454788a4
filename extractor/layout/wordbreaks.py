"""Labels broken mid-word by a label column too narrow for their words.

A fixed-width table cell cuts a long word where it reaches the cell's edge,
without a hyphen ("Kontaktperso" / "n"). Such a line ends at the label
column's right edge and the next one goes on in lowercase; a whole word
wrapped to the next line leaves room at the edge instead, so the edge is the
evidence. A line can end at the edge by chance, so the words of the known
labels decide where they can: a known word is joined again ("Kontaktperso" +
"n"), two known words stay apart ("ekonomiskt" + "utfall"); fragments of
words no template uses are joined on the edge's evidence alone. The edge is
the column's only when the labels of two blocks reach it (a page's widest
line alone may be a wrapped one), and in a column set flush right every line
ends at it: there only a known word is joined ("Kommentarer från" /
"förvaltningen" stays two words).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bilagor.extractor.layout.model import Block, Line
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
    pages = _by_page([line for b in blocks if not b.heading for line in b.label_lines])
    edges = {page: max(line.x1 for line in lines) for page, lines in pages.items()}
    # The edge tells where it is the column's: reached by the labels of more than one block (not just the page's
    # widest line), and not by every line as in a column set flush right. Elsewhere the words alone tell.
    telling = {
        page: _reached_by_blocks(blocks, page, edges[page], s) >= s.word_break_edge_blocks
        and not _flush_right(lines, edges[page], s)
        for page, lines in pages.items()
    }
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
            edge_tells = telling[upper.page] and not (is_label_word(first) or is_label_word(second))
            if is_label_word(first + second) or edge_tells:
                glued.add(i)
        block.glued = glued


def _by_page(lines: list[Line]) -> dict[int, list[Line]]:
    pages: dict[int, list[Line]] = {}
    for line in lines:
        pages.setdefault(line.page, []).append(line)
    return pages


def _reached_by_blocks(blocks: list[Block], page: int, edge: float, s: LayoutSettings) -> int:
    """How many blocks of `page` have a label line ending at the label column's edge."""
    return sum(
        any(
            line.page == page and line.x1 >= edge - s.word_break_edge_share * (line.words[-1].size or line.height)
            for line in block.label_lines
        )
        for block in blocks
        if not block.heading
    )


def _flush_right(lines: list[Line], edge: float, s: LayoutSettings) -> bool:
    """Whether a page's label lines are set flush right: nearly all end at the column's edge while their
    starts differ (a left-aligned column's lines reach the edge only when a word was cut or nearly filled it)."""
    if len(lines) < s.flush_right_min_lines:
        return False
    tolerance = [s.word_break_edge_share * (line.words[-1].size or line.height) for line in lines]
    at_edge = sum(line.x1 >= edge - tol for line, tol in zip(lines, tolerance))
    left = min(line.x0 for line in lines)
    at_left = sum(line.x0 <= left + tol for line, tol in zip(lines, tolerance))
    return at_edge >= s.flush_right_share * len(lines) and at_left < s.flush_right_share * len(lines)

"""Text drawn over text already on its line: the stream cut where a run starts inside a run drawn before it.

A table cell too narrow for a word it cannot break (hyphenation off: "Behovsanalys/problembeskrivning" in a
4.5 cm label column) lets the word run on over the next cell, drawn later, so both runs' glyphs share a stretch of
one baseline. pdfplumber groups a stream run of one font and size into lines and sorts each line by x, so the two
runs' letters interleave into one word ("…problembeskrivpnliantgsen" for "…problembeskrivning" over "platsen").
Cut where a run of characters (consecutive glyphs stepping right along one baseline) starts inside the x span of
a run drawn earlier on that baseline in the same piece, each piece is grouped on its own and the words stay
apart. Text drawn in reading order, a table cell by cell and columns one after the other, starts its runs beside
the earlier ones, never inside them, and is not cut (pure, over char dicts).
"""

from __future__ import annotations

from collections import defaultdict

from bilagor.extractor.words import Word

# Two glyphs share a baseline when their baselines lie within this share of the smaller size (the reading-order
# band: descents differ by a fifth of a size at most, lines stand a size or more apart).
BAND_RATIO = 0.3
# A run's next glyph stands at most this many sizes right of the last (a word gap in justified text is under a
# size; a gap of a column or more starts a run of its own).
RUN_STEP_SIZES = 2.0
# A run starts inside an earlier one when its first glyph's left edge lies this share of a size or more inside the
# earlier run's span: kerning and a glyph's overhang reach a few hundredths of a size.
INSIDE_SIZES = 0.25


def drawn_over(left: Word, right: Word) -> bool:
    """`right` starts inside `left` on their line (a word run on past its cell over the next cell's first word):
    only text drawn over text overlaps so (pure)."""
    size = max(left.size, right.size) or 10.0
    return left.x0 + INSIDE_SIZES * size <= right.x0 < left.x1 - INSIDE_SIZES * size


def _size(char: dict) -> float:
    return float(char.get("size") or 0.0) or 10.0


def pieces(chars: list[dict]) -> list[list[dict]]:
    """`chars` cut into consecutive pieces where a run starts inside an earlier run of its baseline (pure)."""
    out: list[list[dict]] = [[]]
    spans: dict[int, list[tuple[float, float, float]]] = defaultdict(list)  # bucket -> (bottom, x0, x1) of runs
    last: dict | None = None
    run: list[float] | None = None  # [bottom, x0, x1] of the run under way
    for char in chars:
        size, bottom, x0, x1 = _size(char), float(char["bottom"]), float(char["x0"]), float(char["x1"])
        band = BAND_RATIO * size
        if (
            last is not None
            and run is not None
            and abs(bottom - run[0]) <= band
            and -INSIDE_SIZES * size <= x0 - float(last["x1"]) <= RUN_STEP_SIZES * size
        ):
            run[2] = max(run[2], x1)
            last = char
            out[-1].append(char)
            continue
        if run is not None:
            spans[round(run[0])].append((run[0], run[1], run[2]))
        if any(
            abs(bottom - b) <= band and s0 + INSIDE_SIZES * size <= x0 < s1 - INSIDE_SIZES * size
            for key in (round(bottom) - 1, round(bottom), round(bottom) + 1)
            for b, s0, s1 in spans.get(key, ())
        ):
            out.append([])
            spans.clear()
        run, last = [bottom, x0, x1], char
        out[-1].append(char)
    return [piece for piece in out if piece]

"""Characters drawn out of reading order put back in it by their positions alone (pure, over char dicts).

pdfplumber groups characters into words one stream run of the same font and size at a time, sorting each run
into lines on its own. A producer that places every glyph by its own text matrix, in a random order or from the
page's foot up and right to left, leaves runs of a letter or two: words fall apart into letters ("S a m u e l")
and lines come out in the stream's order. Such a page is read by geometry instead: characters sorted into lines
by their baseline band, top to bottom, and along a line by x. A page drawn in reading order (even with blocks
drawn out of turn, such as answers before labels, or columns one after the other) is left as it was drawn, since
its stream order carries columns and blocks that a line-by-line sort would interleave.
"""

from __future__ import annotations

from bilagor.extractor.words import lines_of

# A pair of characters drawn one after the other is out of reading order when the second stands on a higher
# line than the first, or on the same line but further left. Text drawn in reading order steps back like this
# once a column or block at most; a page drawn glyph by glyph in no order does it at every other glyph, and one
# drawn right to left at nearly every glyph. Above this share of its pairs, the page's stream order is no order.
MAX_BACKWARD_SHARE = 0.25
# Fewer pairs than this say nothing of the order (a page number, a stamp).
MIN_PAIRS = 20
# Two characters share a line when their baselines lie within this share of the smaller font size: glyphs of
# different sizes on one line differ by their descent (a fifth of the size apart at most), and lines stand
# a full size or more apart.
BAND_RATIO = 0.3
# A step left shorter than this share of the font size is no step back (kerning, an overstruck underscore).
BACK_RATIO = 0.1


def reading_order(chars: list[dict]) -> list[dict]:
    """`chars` in reading order when their stream order is none (`drawn_out_of_order`), else as given."""
    upright = [c for c in chars if c.get("upright", True)]
    if not drawn_out_of_order(upright):
        return chars
    turned = [c for c in chars if not c.get("upright", True)]
    return [char for line in lines(upright) for char in sorted(line, key=lambda c: float(c["x0"]))] + turned


def drawn_out_of_order(chars: list[dict]) -> bool:
    """Whether more than MAX_BACKWARD_SHARE of the steps from one character to the next go back (pure)."""
    pairs = [(a, b) for a, b in zip(chars, chars[1:]) if a["text"].strip() and b["text"].strip()]
    if len(pairs) < MIN_PAIRS:
        return False
    backward = sum(1 for a, b in pairs if _steps_back(a, b))
    return backward > MAX_BACKWARD_SHARE * len(pairs)


def _steps_back(a: dict, b: dict) -> bool:
    size = min(_size(a), _size(b))
    rise = float(a["bottom"]) - float(b["bottom"])
    if rise > BAND_RATIO * size:
        return True  # b on a higher line
    return abs(rise) <= BAND_RATIO * size and float(b["x0"]) < float(a["x0"]) - BACK_RATIO * size


def lines(chars: list[dict]) -> list[list[dict]]:
    """`chars` grouped into lines by their baseline band, top to bottom (pure): a character joins the line
    above when its baseline lies within BAND_RATIO of a size below the last baseline that line took."""
    return lines_of(chars, order=_bottom, joins=_on_baseline)


def _bottom(char: dict) -> float:
    return float(char["bottom"])


def _on_baseline(line: list[dict], char: dict) -> bool:
    return _bottom(char) - _bottom(line[-1]) <= BAND_RATIO * _size(char)


def _size(char: dict) -> float:
    size = float(char.get("size") or 0.0)
    return size if size > 0 else float(char["bottom"]) - float(char["top"])

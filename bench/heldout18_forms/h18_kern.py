"""`tj_kerning`: a hand-written PDF (base-14 Helvetica, WinAnsi) whose every line is one `TJ` array with no space
glyph at all: the gap between two words is a kerning number, as wide as a space in labels and wider in answers and
titles (a justifying typesetter's way), and words are split here and there by small kerns of a few thousandths of
an em. On odd turns every line is also wrapped in a marked-content span whose /ActualText holds the line's text with
its spaces.
"""

from __future__ import annotations

import random
from pathlib import Path

from h15_pdf import PdfFile, pdf_string, rule_ops, text_string
from h16_layout import Page, Run

SPACE = 278  # Helvetica's space, in thousandths of an em


def tj_array(text: str, rng: random.Random, widen: bool = True) -> tuple[bytes, int]:
    """`text` as a TJ array: words as strings, the gaps as negative numbers (moving right), small kerns inside some
    words (the gaps exactly a space when not `widen`); and how much wider than `text` set with space glyphs it is, in thousandths of an em."""
    parts, wider = [], 0
    for k, word in enumerate(text.split(" ")):
        if k:
            gap = SPACE + (rng.randint(20, 160) if widen else 0)
            parts.append(b"%d" % -gap)
            wider += gap - SPACE
        if len(word) > 5 and rng.random() < 0.4:
            cut, kern = rng.randint(2, len(word) - 2), rng.choice((-18, -12, -6, 8, 14))
            parts += [pdf_string(word[:cut]), b"%d" % kern, pdf_string(word[cut:])]
            wider -= kern
        elif word:
            parts.append(pdf_string(word))
    return b"[" + b" ".join(parts) + b"]", wider


def line_op(run: Run, flip: float, rng: random.Random, actual_text: bool) -> bytes:
    font = b"F2" if run.bold else b"F1"
    text = run.text.replace("\u00a0", " ")
    array, wider = tj_array(text, rng, widen=run.kind != "label")  # a run-in answer follows its label closely
    left = run.left - (wider * run.size / 1000 if run.anchor == "end" else 0)  # a right-aligned label stays aligned
    ops = b"BT /%s %.1f Tf 1 0 0 1 %.2f %.2f Tm %s TJ ET" % (font, run.size, left, flip - run.y, array)
    if actual_text:
        ops = b"/Span << /ActualText %s >> BDC " % text_string(text) + ops + b" EMC"
    return ops + b"\n"


def render(pages: list[Page], path: Path, rng: random.Random, actual_text: bool) -> int:
    pdf = PdfFile()
    numbers = []
    for page in pages:
        flip = page.height
        ops = rule_ops([(x0, flip - y0, x1, flip - y1) for x0, y0, x1, y1 in page.rules])
        ops += b"".join(line_op(r, flip, rng, actual_text) for r in page.runs)
        numbers.append(pdf.page(page, ops))  # type: ignore[arg-type]
    pdf.write(path, numbers)
    return len(numbers)

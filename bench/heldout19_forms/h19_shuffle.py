"""`glyphs_shuffled`: a hand-written PDF (base-14 Helvetica, WinAnsi) whose every character is placed on its own by
a `Tm` and drawn by a one-glyph `Tj`, with no space glyph at all, in an order that is not the reading order: on even
turns the page's glyphs in a random order (labels, answers, title and furniture mixed), on odd turns line by line
from the page's foot up, each line's words right to left and each word's letters right to left. Font changes come
with the glyphs that need them, so the content stream switches font many times a line.
"""

from __future__ import annotations

import random
from pathlib import Path

from h15_pdf import PdfFile, pdf_string, rule_ops
from h16_layout import Page, Run, text_width


def glyphs(run: Run, flip: float) -> list[tuple[int, int, float, float, str]]:
    """(line, word, x, y, char) of every visible character of `run`: the word's number counts words on the line."""
    out, x, word = [], run.left, 0
    for char in run.text.replace("\u00a0", " "):
        if char == " ":
            word += 1
        else:
            out.append((round(run.y * 10), word, x, flip - run.y, char))
        x += text_width(char, run.size, run.bold)
    return out


def page_ops(page: Page, rng: random.Random, scattered: bool) -> bytes:
    flip = page.height
    placed = [(g, run) for run in page.runs for g in glyphs(run, flip)]
    if scattered:
        rng.shuffle(placed)
    else:  # foot up, right to left
        placed.sort(key=lambda item: (-item[0][0], -item[0][1], -item[0][2]))
    ops = [rule_ops([(x0, flip - y0, x1, flip - y1) for x0, y0, x1, y1 in page.rules]), b"BT\n"]
    font = None
    for (_, _, x, y, char), run in placed:
        wanted = (b"F2" if run.bold else b"F1", run.size)
        if wanted != font:
            ops.append(b"/%s %.1f Tf\n" % wanted)
            font = wanted
        ops.append(b"1 0 0 1 %.3f %.2f Tm %s Tj\n" % (x, y, pdf_string(char)))
    ops.append(b"ET\n")
    return b"".join(ops)


def render(pages: list[Page], path: Path, rng: random.Random, scattered: bool) -> int:
    pdf = PdfFile()
    numbers = [pdf.page(page, page_ops(page, rng, scattered)) for page in pages]  # type: ignore[arg-type]
    pdf.write(path, numbers)
    return len(numbers)

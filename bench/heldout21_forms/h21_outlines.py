"""`clip_outlines`: a hand-written PDF whose visible text is no text at all: each line's glyph outlines (Liberation
Sans, read by fontTools) are a clipping path, and a filled rectangle shows through it as ink. Over it lies an
invisible text layer (render mode 3, base-14 Helvetica, which has the same widths) that a reader gets the words
from. On even turns each line's invisible text follows its own outlines; on odd turns the page's invisible text
comes after all the outlines, each line one `Tj`. The page geometry is the eleventh generator's (h16_layout).
"""

from __future__ import annotations

import random
from pathlib import Path

from h21_glyphs import available, outline_ops, units_per_em
from h20_pages import Page, PdfFile, Run, layout, page_rules, pdf_string

__all__ = ["available", "render"]


def _ink(run: Run, page: Page) -> bytes:
    """The run as its outlines used as a clip, a rectangle filled through them."""
    ops, advance = outline_ops(run.text, run.bold)
    scale = run.size / units_per_em(run.bold)
    return (
        b"q %.5f 0 0 %.5f %.2f %.2f cm\n" % (scale, scale, run.left, page.height - run.y)
        + ops
        + b"W n\n0.08 g -20 -500 %.0f 2400 re f\nQ\n" % (advance + 40)
    )


def _text(run: Run, page: Page) -> bytes:
    font = b"/F2" if run.bold else b"/F1"
    return b"BT 3 Tr %s %.1f Tf 1 0 0 1 %.2f %.2f Tm %s Tj ET\n" % (
        font,
        run.size,
        run.left,
        page.height - run.y,
        pdf_string(run.text),
    )


def _content(page: Page, interleaved: bool) -> bytes:
    ops = [page_rules(page)]
    if interleaved:
        for run in page.runs:
            ops += [_ink(run, page), _text(run, page)]
    else:
        ops += [_ink(run, page) for run in page.runs] + [_text(run, page) for run in page.runs]
    return b"".join(ops)


def render(form: object, rng: random.Random, path: Path, turn: int, layout_name: str) -> int:
    pages = layout(form, rng, layout_name)  # type: ignore[arg-type]
    pdf = PdfFile()
    numbers = [pdf.page(page, _content(page, interleaved=turn % 2 == 0)) for page in pages]
    pdf.write(path, numbers)
    return len(numbers)

"""`scrambled_order`: a hand-written PDF (base-14 Helvetica, WinAnsi) whose content stream draws the page out of
reading order: the answer column first and its lines from the page's foot to its top, then the labels from the
foot up, the title and furniture last; each line one `Tm`-placed string. On odd turns long words at a line end are
broken Word-style with a soft hyphen (WinAnsi 0xAD, shown as a hyphen) inside a marked-content span whose
/ActualText is empty, the word's rest opening the next line.
"""

from __future__ import annotations

import random
from pathlib import Path

from h15_pdf import PdfFile, pdf_string, rule_ops
from h16_layout import A4, MARGIN, Page, Run, text_width

SOFT_HYPHEN = "\u00ad"


def soft_hyphenate(page: Page, rng: random.Random) -> None:
    """Break the first word of some answer lines over the line before it, as Word's optional hyphens do."""
    answers = sorted((r for r in page.runs if r.kind == "answer"), key=lambda r: r.y)
    for above, below in zip(answers, answers[1:]):
        if above.key != below.key or above.x != below.x or below.y - above.y > 2.5 * above.size:
            continue
        first, _, rest = below.text.partition(" ")
        if len(first) < 9 or not first.isalpha() or not rest or rng.random() < 0.2:
            continue
        room = A4[0] - MARGIN + 10 - above.x  # Word lets a hyphenated line run a little into the margin
        fits = [k for k in range(3, len(first) - 2) if text_width(f"{above.text} {first[:k]}-", above.size) <= room]
        if fits:
            cut = fits[-1]
            above.text, below.text = f"{above.text} {first[:cut]}{SOFT_HYPHEN}", first[cut:] + " " + rest


def line_op(run: Run, flip: float) -> bytes:
    font = b"F2" if run.bold else b"F1"
    y = flip - run.y
    if run.text.endswith(SOFT_HYPHEN):  # the hyphen shown, but not content: an empty /ActualText
        body = pdf_string(run.text[:-1]) + b" Tj /Span << /ActualText () >> BDC " + pdf_string(SOFT_HYPHEN) + b" Tj EMC"
    else:
        body = pdf_string(run.text) + b" Tj"
    return b"BT /%s %.1f Tf 1 0 0 1 %.2f %.2f Tm %s ET\n" % (font, run.size, run.left, y, body)


def page_ops(page: Page) -> bytes:
    flip = page.height
    rank = {"answer": 0, "label": 1, "title": 2, "furniture": 3}
    ordered = sorted(page.runs, key=lambda r: (rank[r.kind], -r.y, -r.x))
    rules = rule_ops([(x0, flip - y0, x1, flip - y1) for x0, y0, x1, y1 in page.rules])
    return b"".join(line_op(r, flip) for r in ordered) + rules


def render(pages: list[Page], path: Path, rng: random.Random, hyphenate: bool) -> int:
    pdf = PdfFile()
    numbers = []
    for page in pages:
        if hyphenate:
            soft_hyphenate(page, rng)
        numbers.append(pdf.page(page, page_ops(page)))  # type: ignore[arg-type]
    pdf.write(path, numbers)
    return len(numbers)

"""`xobject_answers`: a hand-written PDF whose page content stream draws only the title, the labels and the page
furniture; every answer is a form XObject of its own (its lines set relative to the XObject's origin) placed on
the page by `cm` and `Do`, the XObjects drawn in a shuffled order. On odd turns each answer line is also set word
by word in reverse order: the last word first, each word (with its space glyph) moved to its place by its own `Td`, so the content
stream reads backwards while the page reads forwards. Base-14 Helvetica, WinAnsiEncoding.
"""

from __future__ import annotations

import random
from pathlib import Path

from h15_pdf import PdfFile, pdf_string, rule_ops
from h16_layout import Page, Run, text_width

FONT_RESOURCES = b"/Font << /F1 5 0 R /F2 6 0 R >>"


def _font(run: Run) -> bytes:
    return b"/F2" if run.bold else b"/F1"


def line_ops(run: Run, x: float, y: float, backwards: bool) -> bytes:
    """Operators drawing `run` with its left end at (x, y) in the current space."""
    if not backwards or " " not in run.text:
        return b"BT %s %.1f Tf %.2f %.2f Td %s Tj ET\n" % (_font(run), run.size, x, y, pdf_string(run.text))
    words, starts, at = run.text.split(" "), [], x
    for word in words:
        starts.append(at)
        at += text_width(word + " ", run.size, run.bold)
    out = [b"BT %s %.1f Tf\n" % (_font(run), run.size)]
    previous = None
    last = len(words) - 1
    for k, word, start in reversed(list(zip(range(len(words)), words, starts))):
        dx, dy = (start, y) if previous is None else (start - previous, 0.0)
        shown = word if k == last else word + " "  # the space glyph stays with its word
        out.append(b"%.3f %.2f Td %s Tj\n" % (dx, dy, pdf_string(shown)))
        previous = start
    out.append(b"ET\n")
    return b"".join(out)


def _answer_groups(page: Page) -> dict[str, list[Run]]:
    groups: dict[str, list[Run]] = {}
    for run in page.runs:
        if run.kind == "answer":
            groups.setdefault(run.key, []).append(run)
    return groups


def render(pages: list[Page], path: Path, rng: random.Random, backwards: bool) -> int:
    pdf = PdfFile()
    numbers = []
    for page in pages:
        flip = page.height
        ops = [rule_ops([(x0, flip - y0, x1, flip - y1) for x0, y0, x1, y1 in page.rules])]
        ops += [line_ops(r, r.left, flip - r.y, False) for r in page.runs if r.kind != "answer"]
        names, placements = [], []
        for runs in _answer_groups(page).values():
            left = min(r.left for r in runs)
            top = min(r.y - r.size for r in runs)
            bottom = max(r.y + r.size * 0.3 for r in runs)
            right = max(r.left + text_width(r.text, r.size, r.bold) for r in runs)
            origin = (left, flip - bottom)  # the XObject's lower left corner on the page
            body = b"".join(line_ops(r, r.left - left, (flip - r.y) - origin[1], backwards) for r in runs)
            form = pdf.stream(
                body,
                b" /Type /XObject /Subtype /Form /BBox [0 0 %.2f %.2f] /Resources << %s >>"
                % (right - left + 2, bottom - top + 2, FONT_RESOURCES),
            )
            name = b"A%d" % len(names)
            names.append(b"/%s %d 0 R" % (name, form))
            placements.append(b"q 1 0 0 1 %.2f %.2f cm /%s Do Q\n" % (*origin, name))
        rng.shuffle(placements)
        resources = b"/XObject << " + b" ".join(names) + b" >>" if names else b""
        numbers.append(pdf.page(page, b"".join(ops + placements), resources=resources))  # type: ignore[arg-type]
    pdf.write(path, numbers)
    return len(numbers)

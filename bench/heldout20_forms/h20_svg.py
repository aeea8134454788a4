"""`cairosvg_words`: one SVG a page, every word its own `<tspan>` at an x of its own (no space characters at all),
converted by CairoSVG (Python, cairo's PDF surface) and the pages joined by qpdf.

Even turns give every word an absolute `x`; odd turns give each word after the first a `dx` (its offset from where
the previous word ended), so cairo has to place the words by their advance. Labels are `font-weight: bold` tspans in
the same `<text>` as nothing else: each run of the layout is one `<text>` element.
"""

from __future__ import annotations

import random
import shutil
import subprocess
import tempfile
from html import escape
from pathlib import Path

from h20_pages import LAYOUTS, Page, layout, text_width


def available() -> bool:
    try:
        import cairosvg  # noqa: F401
    except (ImportError, OSError):
        return False
    return shutil.which("qpdf") is not None


def _words(run_text: str, left: float, size: float, bold: bool, relative: bool) -> str:
    spans = []
    x = left
    end = left  # where the previous word ended
    for word in run_text.replace("\u00a0", " ").split(" "):
        if word:
            where = f'dx="{x - end:.2f}"' if relative and spans else f'x="{x:.2f}"'
            spans.append(f"<tspan {where}>{escape(word)}</tspan>")
            end = x + text_width(word, size, bold)
        x += text_width(word + " ", size, bold)
    return "".join(spans)


def svg(page: Page, relative: bool) -> str:
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{page.width}pt" height="{page.height}pt"'
        f' viewBox="0 0 {page.width} {page.height}">',
        f'<rect width="{page.width}" height="{page.height}" fill="white"/>',
    ]
    for x0, y0, x1, y1 in page.rules:
        parts.append(
            f'<line x1="{x0:.2f}" y1="{y0:.2f}" x2="{x1:.2f}" y2="{y1:.2f}" stroke="#444" stroke-width="0.5"/>'
        )
    for run in page.runs:
        weight = "bold" if run.bold else "normal"
        parts.append(
            f'<text y="{run.y:.2f}" font-family="Liberation Sans" font-size="{run.size}" font-weight="{weight}"'
            f' xml:space="preserve">{_words(run.text, run.left, run.size, run.bold, relative)}</text>'
        )
    parts.append("</svg>")
    return "\n".join(parts)


def render(form: object, rng: random.Random, path: Path, turn: int, layout_name: str) -> int:
    import cairosvg

    pages = layout(form, rng, layout_name)  # type: ignore[arg-type]
    with tempfile.TemporaryDirectory() as tmp:
        parts = []
        for n, page in enumerate(pages):
            part = Path(tmp) / f"p{n}.pdf"
            cairosvg.svg2pdf(bytestring=svg(page, relative=turn % 2 == 1).encode("utf-8"), write_to=str(part))
            parts.append(str(part))
        subprocess.run(["qpdf", "--empty", "--pages", *parts, "--", str(path)], check=True, capture_output=True)
    return len(pages)


__all__ = ["LAYOUTS", "available", "render"]

"""`svg_rsvg`: each page an SVG document drawn here (text elements placed absolutely, labels right-aligned by
`text-anchor="end"`, rules as lines) and converted by librsvg's `rsvg-convert` into one multi-page PDF. On odd
turns every word is its own `<tspan>` with its own x, so librsvg sets the words as separate glyph runs. The scans
start from the same SVG pages rasterised by rsvg-convert.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from html import escape
from pathlib import Path

from h16_layout import Page, Run, text_width
from PIL import Image

FAMILY = "Liberation Sans"


def available() -> bool:
    return shutil.which("rsvg-convert") is not None


def _text(run: Run, word_by_word: bool, fill: str) -> str:
    weight = ' font-weight="bold"' if run.bold else ""
    common = f'font-family="{FAMILY}" font-size="{run.size:.2f}"{weight} fill="{fill}" xml:space="preserve"'
    if not word_by_word or " " not in run.text:
        anchor = ' text-anchor="end"' if run.anchor == "end" else ""
        return f'<text x="{run.x:.2f}" y="{run.y:.2f}"{anchor} {common}>{escape(run.text)}</text>'
    spans, x = [], run.left
    for word in run.text.split(" "):
        spans.append(f'<tspan x="{x:.2f}">{escape(word)}</tspan>')
        x += text_width(word + " ", run.size, run.bold)
    return f'<text y="{run.y:.2f}" {common}>{"".join(spans)}</text>'


def svg(page: Page, word_by_word: bool = False, ink: str = "#111", paper: str | None = None) -> str:
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{page.width}pt" height="{page.height}pt" '
        f'viewBox="0 0 {page.width} {page.height}">'
    ]
    if paper:
        parts.append(f'<rect width="{page.width}" height="{page.height}" fill="{paper}"/>')
    for x0, y0, x1, y1 in page.rules:
        parts.append(
            f'<line x1="{x0:.2f}" y1="{y0:.2f}" x2="{x1:.2f}" y2="{y1:.2f}" stroke="{ink}" stroke-width="0.5"/>'
        )
    parts += [_text(run, word_by_word, ink) for run in page.runs]
    parts.append("</svg>")
    return "\n".join(parts)


def render(pages: list[Page], path: Path, word_by_word: bool) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for n, page in enumerate(pages):
            source = Path(tmp) / f"p{n:02d}.svg"
            source.write_text(svg(page, word_by_word), encoding="utf-8")
            files.append(str(source))
        subprocess.run(["rsvg-convert", "-f", "pdf", "-o", str(path), *files], check=True, capture_output=True)
    return len(pages)


def rasterise(pages: list[Page], dpi: int, ink: str = "#111", paper: str = "#ffffff") -> list[Image.Image]:
    """The pages as RGB images at `dpi`, drawn in `ink` on `paper`."""
    images = []
    with tempfile.TemporaryDirectory() as tmp:
        for n, page in enumerate(pages):
            source, png = Path(tmp) / f"p{n:02d}.svg", Path(tmp) / f"p{n:02d}.png"
            source.write_text(svg(page, ink=ink, paper=paper), encoding="utf-8")
            subprocess.run(
                ["rsvg-convert", "-f", "png", "-d", str(dpi), "-p", str(dpi), "-o", str(png), str(source)],
                check=True,
                capture_output=True,
            )
            images.append(Image.open(png).convert("RGB"))
    return images

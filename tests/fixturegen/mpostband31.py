"""Tuning set of issue #12's thirty-first round (h36/c-text2): forms drawn by MetaPost, one figure a page, every
line `infont` Helvetica (phvr8r / phvb8r, embedded by `prologues := 3`), each figure an EPS made PDF by
Ghostscript's ps2pdf (-dEPSCrop) and the pages joined by qpdf; the geometry is this module's own:

- `mp_band`: every label in the regular weight on a light grey band (grey 0.80–0.88) the full width, the answer
  under it, band and answer framed together as one box (a rule 0.4–0.8 pt); a label wider than the band wraps on
  the band; an empty answer an empty frame one line high; a long answer broken by a page break goes on in a frame
  with no band; the stage marker alone, bold or not, unframed; the title bold and larger; the running header
  "Bilaga N" (or "Trafikkontoret") with the Dnr, "Sida N" at the foot; lists after "•" in one form of two; in one form of two the longest answer runs on to the next page;
  Helvetica 9.5–10.5 pt.

mpost, ps2pdf and qpdf are not project dependencies: without them the set is skipped. Seeds 31 and 32 tuning,
3102 kept aside (aggregate only):

    PYTHONPATH=tests .venv/bin/python -m fixturegen.mpostband31 [--seed 31] [--count 8] [--keep DIR]
"""

from __future__ import annotations

import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from . import boxforms
from .boxforms import _wrap
from .cornerboxes31 import varied
from .html import draw_in_turn
from .spec import MARKER, ReportSpec, normalise
from .undercaps import _dnr

SHAPES = ("mp_band",)
PAGE_W, PAGE_H = 595.0, 842.0


def available() -> bool:
    return all(shutil.which(tool) for tool in ("mpost", "ps2pdf", "qpdf"))


def _string(text: str) -> str:
    """A MetaPost string expression of `text` in the 8r encoding (cp1252's layout), quotes by `char 34`."""
    parts = [f'"{part}"' for part in text.split('"')]
    return " & char 34 & ".join(parts)


class _Figure:
    """One page's MetaPost figure, y measured down from the page's top as the layout thinks."""

    def __init__(self, number: int) -> None:
        self.out = [f"beginfig({number});"]

    def text(self, x: float, top: float, text: str, size: float, bold: bool = False) -> None:
        font = "phvb8r" if bold else "phvr8r"
        base = PAGE_H - top - size * 0.78
        self.out.append(f'draw {_string(text)} infont "{font}" scaled {size / 10:.4f} shifted ({x:.2f},{base:.2f});')

    def band(self, x0: float, top: float, x1: float, bottom: float, grey: float) -> None:
        y0, y1 = PAGE_H - bottom, PAGE_H - top
        self.out.append(
            f"fill ({x0:.2f},{y0:.2f})--({x1:.2f},{y0:.2f})--({x1:.2f},{y1:.2f})--({x0:.2f},{y1:.2f})--cycle"
        )
        self.out.append(f"  withcolor {grey:.2f}white;")

    def frame(self, x0: float, top: float, x1: float, bottom: float, pen: float) -> None:
        y0, y1 = PAGE_H - bottom, PAGE_H - top
        self.out.append(
            f"draw ({x0:.2f},{y0:.2f})--({x1:.2f},{y0:.2f})--({x1:.2f},{y1:.2f})--({x0:.2f},{y1:.2f})--cycle"
        )
        self.out.append(f"  withpen pencircle scaled {pen:.2f};")

    def close(self) -> str:
        self.out.append(f"setbounds currentpicture to (0,0)--({PAGE_W},0)--({PAGE_W},{PAGE_H})--(0,{PAGE_H})--cycle;")
        self.out.append("endfig;")
        return "\n".join(self.out)


def to_figures(spec: ReportSpec, rng: random.Random) -> list[str]:
    size = rng.choice((9.5, 10.0, 10.5))
    lead = size * rng.uniform(1.2, 1.35)
    grey = rng.uniform(0.80, 0.88)
    pen = rng.uniform(0.4, 0.8)
    pad = rng.uniform(3.0, 5.0)
    margin = rng.choice((50.0, 57.0, 64.0))
    x0, x1 = margin, PAGE_W - margin
    inner = x1 - x0 - 2 * pad
    marker_bold = rng.random() < 0.5
    office = f"Bilaga {spec.appendix}" if spec.appendix else "Trafikkontoret"
    dnr = _dnr(spec, random.Random(spec.name))
    figures: list[str] = []
    fig: _Figure | None = None
    top = 0.0
    bottom_limit = PAGE_H - 70

    def new_page() -> None:
        nonlocal fig, top
        if fig is not None:
            figures.append(fig.close())
        fig = _Figure(len(figures) + 1)
        fig.text(x0, 36, office, size - 1.5)
        fig.text(x1 - len(dnr) * (size - 1.5) * 0.55, 36, dnr, size - 1.5)
        fig.text(PAGE_W / 2 - 15, PAGE_H - 40, f"Sida {len(figures) + 1}", size - 1.5)
        top = 70.0

    new_page()
    assert fig is not None
    for line in _wrap(normalise(spec.title), "Helvetica-Bold", size + 4, x1 - x0):
        fig.text(x0, top, line, size + 4, bold=True)
        top += (size + 4) * 1.25
    top += size
    for row in spec.rows:
        if row.style == MARKER:
            if top + lead > bottom_limit:
                new_page()
            fig.text(x0, top, normalise(row.text), size, bold=marker_bold)
            top += lead + size * 0.6
            continue
        label_lines = _wrap(normalise(row.label), "Helvetica", size, inner)
        answer = [ln for ln in _wrap(row.text, "Helvetica", size, inner)]
        band_h = len(label_lines) * lead + pad
        if top + band_h + lead + 2 * pad > bottom_limit:
            new_page()
        box_top = top
        fig.band(x0, top, x1, top + band_h, grey)
        for k, line in enumerate(label_lines):
            fig.text(x0 + pad, top + pad / 2 + k * lead, line, size)
        top += band_h + pad
        if not answer or answer == [""]:
            top += lead
        for line in answer:
            if top + lead > bottom_limit:  # the answer goes on in a frame with no band on the next page
                fig.frame(x0, box_top, x1, top + pad, pen)
                new_page()
                box_top = top - pad
            if line:
                fig.text(x0 + pad, top, line, size)
            top += lead if line else lead * 0.5
        fig.frame(x0, box_top, x1, top + pad, pen)
        top += pad + size * rng.uniform(0.8, 1.4)
    figures.append(fig.close())
    return figures


def _draw(spec: ReportSpec, pdf: Path, seed: int) -> None:
    rng = random.Random(f"{spec.name}-{seed}")
    varied(spec, rng)
    figures = to_figures(spec, rng)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "form.mp"
        head = 'prologues := 3; outputtemplate := "%j-%c.eps";\n'
        source.write_bytes((head + "\n".join(figures) + "\nend\n").encode("cp1252"))
        subprocess.run(
            ["mpost", "-interaction=batchmode", "form.mp"], cwd=tmp, check=True, capture_output=True, timeout=60
        )
        pages = []
        for k in range(1, len(figures) + 1):
            page = Path(tmp) / f"page-{k}.pdf"
            subprocess.run(
                ["ps2pdf", "-dEPSCrop", f"form-{k}.eps", str(page)],
                cwd=tmp,
                check=True,
                capture_output=True,
                timeout=60,
            )
            pages.append(str(page))
        subprocess.run(["qpdf", "--empty", "--pages", *pages, "--", str(pdf.resolve())], check=True, timeout=60)


def build_mpost_band_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` MetaPost PDFs (with .truth.json) into out_dir; none without mpost, ps2pdf and qpdf."""
    if not available():
        return []
    return draw_in_turn(out_dir, count, seed, ("mpostband31", "mb", "metapost-ps2pdf"), SHAPES, boxforms.BASES, _draw)


__all__ = ["SHAPES", "available", "build_mpost_band_forms", "to_figures"]

if __name__ == "__main__":
    from layout_scoring import corpus_command

    corpus_command(build_mpost_band_forms, 31, 8, "name the files that missed")

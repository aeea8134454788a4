"""Scans of the thirty-first forms' four layouts, for the layout of OCR'd pages (issue #12, thirty-second round,
h37/f-ocrlayout): each form drawn by the thirty-first round's text-layer generators, then rasterised as a crooked,
specked, grainy grey 200 dpi JPEG scan (`scans.degraded_scan`, turned up to 0.6 degrees), so only Tesseract's words
reach the layout: no type size class, no weight, no grey, no rotation.

- `rl_corner`: every answer in a ruled box, its label small in the box's top-left corner, short fields two a row in
  half-width boxes (`cornerboxes31`);
- `mp_band`: each label on a light grey band the page's width, the answer under it, band and answer framed
  together (`mpostband31`, MetaPost; left out when mpost, ps2pdf or qpdf is missing);
- the LaTeX column forms: labels bold over their answers, the body flowing from the foot of one column to the top
  of the next (`textcolumns.build_tex_columns`; left out without pdflatex);
- `rl_turned_*`: labels turned 90 degrees reading upwards in a narrow ruled left column (`turned31`).

The variants keep their generators' names. Seed 37 is the tuning part; seed 3701 is kept aside and scored in
aggregate only:

    PYTHONPATH=tests .venv/bin/python -m fixturegen.ocrshapes31 [--seed 37] [--count 12] [--misses] [--keep DIR]
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

MAX_SKEW = 0.6  # degrees


def _builders() -> list:
    from . import cornerboxes31, mpostband31, textcolumns, turned31

    builders = [cornerboxes31.build_corner_box_forms]
    if mpostband31.available():
        builders.append(mpostband31.build_mpost_band_forms)
    if shutil.which("pdflatex"):
        builders.append(textcolumns.build_tex_columns)
    builders.append(turned31.build_turned_forms)
    return builders


def build_ocr_shape31_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` image-only PDFs (with .truth.json) into out_dir, the layouts in turn, each drawn then
    scanned."""
    from .scans import degraded_scan

    out = Path(out_dir)
    builders = _builders()
    drawn: list[Path] = []
    for k, build in enumerate(builders):
        share = count // len(builders) + (k < count % len(builders))
        if share:
            drawn += build(out / "drawn" / str(k), share, seed)
    rng = random.Random(seed)
    return [degraded_scan(pdf, out / f"{k:02d}-{pdf.name}", rng, max_skew=MAX_SKEW) for k, pdf in enumerate(drawn)]


__all__ = ["build_ocr_shape31_forms"]

if __name__ == "__main__":
    from layout_scoring import corpus_command

    corpus_command(build_ocr_shape31_forms, 37, 12, "name the files that missed")

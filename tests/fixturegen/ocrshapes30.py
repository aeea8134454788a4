"""Scans of the thirtieth forms' four layouts, for the layout of OCR'd pages (issue #12, thirty-first round,
h36/f-ocrlayout): each form drawn with reportlab's canvas by c-text's and c-text2's thirtieth-round shapes, then
rasterised as a crooked, specked, grainy grey 200 dpi JPEG scan (`scans.degraded_scan`, turned up to 0.6 degrees),
so only Tesseract's words reach the layout: no font weight, no colour, no fill.

- `sc_right`: answers from the left margin, bold labels in a narrow column at the right (`qaright30._draw_right`);
- `sc_numbered`: numbered questions in ruled squares, bold labels beside, answers on ruled writing lines
  (`shadednumbered30._draw_numbered`);
- `sc_shaded`: labels in the regular weight, answers on grey fields (`shadednumbered30._draw_shaded`);
- `sc_qa`: "Fråga N:" and "Svar:" small and grey at the margin, label and answer at an indent (`qaright30._draw_qa`).

Seed 36 is the tuning part; seed 3601 is kept aside and scored in aggregate only:

    PYTHONPATH=tests .venv/bin/python -m fixturegen.ocrshapes30 [--seed 36] [--count 12] [--misses] [--keep DIR]
"""

from __future__ import annotations

from pathlib import Path

from .charrules import _listed
from .qaright30 import _draw_qa, _draw_right
from .shadednumbered30 import _draw_numbered, _draw_shaded
from .ocrshapes29 import scanned_forms

SHAPES = ("sc_right", "sc_numbered", "sc_shaded", "sc_qa")
MAX_SKEW = 0.6  # degrees


def build_ocr_shape30_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` image-only PDFs (with .truth.json) into out_dir, the shapes in turn, each drawn then scanned."""
    shapes = {
        "sc_right": _listed(_draw_right, "-"),
        "sc_numbered": _listed(_draw_numbered, "-"),
        "sc_shaded": _listed(_draw_shaded, "-"),
        "sc_qa": _listed(_draw_qa, "-"),
    }
    return scanned_forms(shapes, out_dir, count, seed, ("ocrshapes30", "os30", "reportlab-canvas+scan"), MAX_SKEW)


__all__ = ["SHAPES", "build_ocr_shape30_forms"]

if __name__ == "__main__":
    from layout_scoring import corpus_command

    corpus_command(build_ocr_shape30_forms, 36, 12, "name the files that missed")

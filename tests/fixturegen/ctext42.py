"""Tuning and held-out sets of issue #12's thirty-seventh round (h42/c-text): an interview transcript's "F:" / "S:"
speaker prefixes, drawn with reportlab's canvas from the thirty-seventh forms' description alone (its generator
not read). Each field is a question line, "F:" at the margin and the label at an indent on the same line (wrapped
there), then an answer line, "S:" at the margin and the answer at the same indent, every further line and
paragraph of the answer at that indent (a hanging indent); "S:" alone for an empty answer; the stage marker bold
at the margin. Three shapes, the layout varied and not only its numbers:

- `rl_fs`: "F:" and the label bold, "S:" regular, indent 18-28 pt, half a line to a line between fields;
- `rl_fs_grey`: both prefixes small and grey (regular), the label bold, indent 20-34 pt, a hairline under each field;
- `rl_fs_tight`: every prefix bold, the indent just wide enough for the prefix and a gap of one to two type sizes,
  the label regular in one form of two, no space between fields.

Seed 42 is the tuning part; seed 4201 is kept aside and scored in aggregate only:

    PYTHONPATH=tests .venv/bin/python -m fixturegen.ctext42 [--seed 42] [--count 9] [--misses] [--keep DIR]
"""

from __future__ import annotations

import random
from pathlib import Path

from .boxforms import PAGE_W, _Pager, _wrap
from .charrules import _listed
from .qaright30 import _header
from .spec import MARKER, ReportSpec, normalise
from .textclasses import _build

SHAPES = ("rl_fs", "rl_fs_grey", "rl_fs_tight")


def _transcript(shape: str):
    def draw(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        s = pager.style
        s.font, s.bold = "Helvetica", "Helvetica-Bold"
        s.size = float(rng.choice((9.5, 10, 10.5, 11)))
        lead = s.size * rng.choice((1.2, 1.3))
        q_font, a_font, p_size, grey = s.bold, s.font, s.size, 0.0
        label_font = s.bold
        if shape == "rl_fs":
            indent = rng.uniform(18, 28)
            between = lead * rng.uniform(0.5, 1.0)
        elif shape == "rl_fs_grey":
            q_font = s.font
            p_size = s.size - rng.choice((1.0, 1.5, 2.0))
            grey = rng.choice((0.45, 0.55))
            indent = rng.uniform(20, 34)
            between = lead * 0.6
        else:
            a_font = s.bold
            label_font = s.bold if rng.random() < 0.5 else s.font
            indent = stringWidth("F:", s.bold, s.size) + s.size * rng.uniform(1.1, 2.0)
            between = 0.0
        width = PAGE_W - 2 * s.margin - indent
        pager.on_new_page = lambda p: _header(p, spec, rng)
        _header(pager, spec, rng)
        pager.title(spec)
        for row in spec.rows:
            if row.style == MARKER:
                pager.marker(row.text, lead * 1.3, 4)
                continue
            label = _wrap(normalise(row.label), label_font, s.size, width) or [""]
            answer = _wrap(row.text, s.font, s.size, width) or [""]
            if pager.y - lead * (len(label) + min(len(answer), 2) + 1) < pager.bottom:
                pager.new_page()
            pager.y -= between
            for k, line in enumerate(label):
                pager.y -= lead
                if k == 0:
                    pager.text(s.margin, pager.y, "F:", q_font, p_size, grey)
                pager.text(s.margin + indent, pager.y, line, label_font, s.size)
            first = pager.y - lead
            if first < pager.bottom:
                pager.new_page()
                first = pager.y - lead
            pager.text(s.margin, first, "S:", a_font, p_size, grey)
            pager.y = pager.lines_down(s.margin + indent, pager.y, answer, s.font, s.size, lead)
            if shape == "rl_fs_grey":
                pager.c.setLineWidth(0.3)
                pager.c.line(s.margin, pager.y - lead * 0.4, PAGE_W - s.margin, pager.y - lead * 0.4)

    return draw


def build_transcript_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` reportlab PDFs (with .truth.json) into out_dir, the shapes in turn."""
    shapes = {name: _listed(_transcript(name), "-") for name in SHAPES}
    return _build(out_dir, count, seed, shapes, ("transcripts", "tr", "reportlab-canvas"))


__all__ = ["SHAPES", "build_transcript_forms"]

if __name__ == "__main__":
    from layout_scoring import corpus_command

    corpus_command(build_transcript_forms, 42, 9, "name the files that missed")

"""Held-out and tuning pages of issue #12's thirty-fourth round (h39/f-textforms): answers on rules with the label
small under the rule (c-text's `ctext33._under_rule` geometry), the answer's lines set WIDER than the rule they
stand on, as the thirty-third forms' FreeHEP pages set them:

- `rl_overrun`: reportlab's canvas; each full-width answer wrapped 3–30 pt wider than its rule, so most of its
  lines run past the rule's right end into the margin (a word or two wholly past it); short answers two or three
  a row on part-width rules may run past their rule's end too, stopping 6 pt short of the next cell's rule;
- `fh_overrun`: the same page recorded and printed by FreeHEP's PDFGraphics2D (reportlab where Java or the jars
  are missing).

Read before the fix: a line running past its rule was no line typed on it, so the answer's first lines went to
the field before (or a short answer's caption row stood as labels over the next row).

`--framed` (a set of its own, `build_framed_forms`): `rl_framed`, c-text's `rl_combs` page (each label a plain
line alone in the answers' type, the answer under it) with few or no comb boxes: one-line answers of at most 0, 12
or 20 characters in combs, every other answer in a ruled frame the text's width, so many one-line answers stand
framed alone. Read before the fix (on the set's Skia page, "stadsbyggnadskontoret och …"): a lower-case one-line
answer was the wrapped tail of the label over it, and its answer lost.

Seed 39 tuning; 3901 and 3902 kept aside (aggregate only); `--framed` seed 39 tuning, 3911 kept aside:

    PYTHONPATH=tests .venv/bin/python -m fixturegen.ftextforms39 [--seed 39] [--count 12] [--keep DIR] [--framed]
"""

from __future__ import annotations

import random
from pathlib import Path

from . import boxforms
from .cornerboxes31 import varied
from .ctext33 import _combs, _under_rule, freehep_available
from .html import draw_in_turn
from .spec import ReportSpec

SHAPES = ("rl_overrun", "fh_overrun")
FRAMED_SHAPES = ("rl_framed",)


def _draw(spec: ReportSpec, pdf: Path, seed: int) -> None:
    rng = random.Random(f"{spec.name}-{seed}")
    varied(spec, rng)
    overrun = rng.uniform(3.0, 30.0)
    _under_rule(spec, pdf, rng, freehep=spec.variant == "fh_overrun" and freehep_available(), overrun=overrun)


def build_ftextforms39_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` PDFs (with .truth.json) into out_dir over `boxforms.BASES`, the two shapes in turn."""
    return draw_in_turn(out_dir, count, seed, ("ftextforms39", "f39", "reportlab"), SHAPES, boxforms.BASES, _draw)


def _draw_framed(spec: ReportSpec, pdf: Path, seed: int) -> None:
    rng = random.Random(f"{spec.name}-{seed}")
    varied(spec, rng)
    _combs(spec, pdf, rng, comb_max=rng.choice((0, 12, 20)))


def build_framed_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` PDFs of `rl_framed` (with .truth.json) into out_dir over `boxforms.BASES`."""
    names = ("ftextforms39f", "f39f", "reportlab")
    return draw_in_turn(out_dir, count, seed, names, FRAMED_SHAPES, boxforms.BASES, _draw_framed)


__all__ = ["FRAMED_SHAPES", "SHAPES", "build_framed_forms", "build_ftextforms39_forms"]

if __name__ == "__main__":
    import sys

    from layout_scoring import corpus_command

    framed = "--framed" in sys.argv
    sys.argv = [a for a in sys.argv if a != "--framed"]
    corpus_command(build_framed_forms if framed else build_ftextforms39_forms, 39, 12, "name the files that missed")

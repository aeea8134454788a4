"""Held-out and tuning pages of issue #12's thirty-third round (h38/f-textforms), one class of the thirty-second
held-out forms' text layers drawn with reportlab's canvas (not rinohtype), c-text2's field-list geometry
(`ctext2_32._field_list`) with its `runon` option:

- `rl_runon_names`: bold field names in a column 40–80 pt wide, so that many names are wider than it; such a
  name set on ONE line (rinohtype does not wrap a name that fits the measure) with the word nearest the answer
  column starting at it, 1.5 pt left of it to 3 pt right (the space before it stretched or shrunk), in the
  name's bold type; the answer under the name, at the answer column or 12–30 pt in; an empty answer leaves the
  name alone ("Ev. medsökande nämnd"). Read before the fix: the word at the column was that field's answer
  ("Ekonomiskt" | "utfall För 2014 …", "Ev. medsökande" | "nämnd");
- `rl_title_instruction` (`build_title_forms`, traffic offices' final reports only): the same field list with the
  plain geometry, its title ("<Åtgärd> <plats>. Slutredovisning") 4–10 pt over the body, on one line or wrapped, an
  instruction sentence under it, the header the office's name and the Dnr, no "Bilaga". Read before the fix: the
  title a heading with the instruction its answer (title, project and stage lost).

Seed 38 tuning; 3801 and 3802 kept aside (aggregate only); the titles' seeds 3811 and 3812 kept aside:

    PYTHONPATH=tests .venv/bin/python -m fixturegen.ftextforms38 [--seed 38] [--count 12] [--keep DIR] [--titles]
"""

from __future__ import annotations

import random
from pathlib import Path

from . import boxforms
from .cornerboxes31 import varied
from .ctext2_32 import _field_list
from .html import draw_in_turn
from .spec import ReportSpec

SHAPES = ("rl_runon_names",)
TITLE_SHAPES = ("rl_title_instruction",)


def _draw(spec: ReportSpec, pdf: Path, seed: int) -> None:
    rng = random.Random(f"{spec.name}-{seed}")
    varied(spec, rng)
    _field_list(spec, pdf, rng, runon=True)


def _draw_title(spec: ReportSpec, pdf: Path, seed: int) -> None:
    rng = random.Random(f"{spec.name}-{seed}")
    varied(spec, rng)
    _field_list(spec, pdf, rng, title_step=rng.uniform(4.0, 10.0))


def build_title_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` traffic offices' final reports (with .truth.json) into out_dir, a title over an instruction."""
    names = ("ftextforms38t", "f38t", "reportlab")
    return draw_in_turn(out_dir, count, seed, names, TITLE_SHAPES, ("traffic_final_report",), _draw_title)


def build_ftextforms38_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` PDFs (with .truth.json) into out_dir over `boxforms.BASES`."""
    return draw_in_turn(out_dir, count, seed, ("ftextforms38", "f38", "reportlab"), SHAPES, boxforms.BASES, _draw)


__all__ = ["SHAPES", "TITLE_SHAPES", "build_ftextforms38_forms", "build_title_forms"]

if __name__ == "__main__":
    import sys

    from layout_scoring import corpus_command

    titles = "--titles" in sys.argv
    sys.argv = [a for a in sys.argv if a != "--titles"]
    corpus_command(build_title_forms if titles else build_ftextforms38_forms, 38, 12, "name the files that missed")

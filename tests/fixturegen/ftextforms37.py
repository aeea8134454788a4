"""Held-out set of issue #12's thirty-second round (h37/f-textforms): the thirty-first forms' text-layer classes
that the class-fixers' own generators did not draw, each on another producer's pages or another variant:

- `tex_emptylast`: plain TeX with dot leaders (texleaders31's `to_tex`), the form's last two fields left EMPTY
  (their labels' leaders run to the stop with nothing after them), the field before them two paragraphs under a
  bold label at the margin, so the empty leader rows follow a paragraph at the margin by a paragraph's skip;
- `rl_corner_apart`: labels small in the top-left corner of each answer's ruled box (cornerboxes31's drawing), the
  answer a further 3–7 pt under its label, so a label stands nearer its box's top rule than its answer, and the
  answer's last line 0.5–2 pt over the box's foot; the form's last two fields left empty (empty boxes, side by
  side when both are short);
- `rl_turned_alone`: labels turned 90° reading upwards in a ruled left column (turned31's drawing), the last field
  set on a page of its own, so that page holds one turned label.

tex is not a project dependency: without tex and dvipdfmx the TeX forms are skipped. Seeds 37 and 38 are tuning;
3701 and 3702 were built before any fix and are scored in aggregate only:

    PYTHONPATH=tests .venv/bin/python -m fixturegen.ftextforms37 [--seed 37] [--count 12] [--keep DIR]
"""

from __future__ import annotations

import random
from pathlib import Path

from . import boxforms, cornerboxes31, texleaders31, turned31
from .boxforms import _Pager
from .charrules import _listed
from .html import draw_in_turn
from .spec import FIELD, ReportSpec, normalise

SHAPES = ("tex_emptylast", "rl_corner_apart", "rl_turned_alone")


def _empty_last(spec: ReportSpec, paragraph_before: bool) -> None:
    """The last two fields left empty; with `paragraph_before`, the field before them given a second paragraph
    (its first sentence again), so a form that sets long answers under their labels does so there."""
    fields = [r for r in spec.rows if r.style == FIELD]
    for row in fields[-2:]:
        row.text = ""
    if paragraph_before and len(fields) > 2:
        row = fields[-3]
        first = normalise(row.text).split(". ")[0].rstrip(".") + "."
        row.text = normalise(row.text) + "\n\n" + first


def _draw(spec: ReportSpec, pdf: Path, seed: int) -> None:
    if spec.variant == "tex_emptylast":
        _empty_last(spec, paragraph_before=True)
        texleaders31._draw(spec, pdf, seed)
    elif spec.variant == "rl_corner_apart":
        _empty_last(spec, paragraph_before=False)
        cornerboxes31._draw(spec, pdf, seed, apart=True)
    else:
        rng = random.Random(f"{spec.name}-{seed}")
        pager = _Pager(pdf, boxforms._style(rng, spec))
        spaced = rng.random() < 0.5

        def turned(p: _Pager, sp: ReportSpec, r: random.Random) -> None:
            turned31._draw_turned(p, sp, r, spaced, last_alone=True)

        _listed(turned, "-")(pager, spec, rng)
        pager.save()


def build_held_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` PDFs (with .truth.json) into out_dir, the shapes in turn; the TeX ones only with tex."""
    shapes = SHAPES if texleaders31.available() else SHAPES[1:]
    return draw_in_turn(out_dir, count, seed, ("ftextforms37", "ft37", "tex-reportlab"), shapes, boxforms.BASES, _draw)


__all__ = ["SHAPES", "build_held_forms"]

if __name__ == "__main__":
    from layout_scoring import corpus_command

    corpus_command(build_held_forms, 37, 12, "name the files that missed")

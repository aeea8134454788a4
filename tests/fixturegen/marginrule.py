"""Tuning set of issue #12's twenty-eighth round (h33/f-ocrlayout): the three layouts text layers learnt to read
in the twenty-seventh round, for their clean scans (`bench/clean_scans.py`'s source `t_ocrlayouts`):

- `rl_framecaps` and `rl_combs`: c-text's shapes (`undercaps`): every label small under its answer's rule or
  frame; labels small over frames with phone numbers and amounts in combs of one cell a character;
- `rl_marginrule` (new here): a vertical rule down every page's body, each bold label (wrapped to its column)
  set flush right a few points left of the rule, its answer flush left a few points beyond it, a short tick
  across the rule level with each label's first line; the title left or centred over the page; an answer cut by
  a page break goes on beyond the rule on the next page with no label. Helvetica or Times, base-14.

Content and truth are fixturegen's (the boxes' set's bases); only the drawing is this module's.

    build_ocr_layout_forms(out_dir, count, seed) -> list[Path]
    PYTHONPATH=tests .venv/bin/python -m fixturegen.marginrule [--seed 28] [--count 12] [--misses] [--keep DIR]
"""

from __future__ import annotations

import random
from pathlib import Path

from .boxforms import FONTS, PAGE_H, PAGE_W, _Pager, _wrap
from .captionforms import _running_header
from .spec import MARKER, ReportSpec, normalise
from .textclasses import _build
from .undercaps import _draw_combs, _draw_framecaps

SHAPES = ("rl_framecaps", "rl_combs", "rl_marginrule")


def _draw_marginrule(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
    """Bold labels flush right against a rule down the page, answers flush left beyond it."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    s = pager.style
    s.font, s.bold = rng.choice(FONTS)
    s.size = float(rng.choice((9.5, 10, 10.5, 11)))
    lead = s.size * rng.choice((1.2, 1.3, 1.4))
    rule_x = s.margin + rng.choice((105.0, 120.0, 135.0, 160.0))
    inset = rng.choice((5.0, 7.0, 9.0))  # from the rule to a label's end, and to an answer's start
    gap = s.size * rng.choice((0.8, 1.1, 1.5))  # between sections
    label_width = rule_x - inset - s.margin
    answer_width = PAGE_W - s.margin - rule_x - inset
    centred = rng.random() < 0.5
    header = _running_header(spec)

    def furniture(p: _Pager) -> None:
        header(p, s.margin, PAGE_W - s.margin)
        p.c.setLineWidth(0.7)
        p.c.line(rule_x, PAGE_H - s.margin - 4, rule_x, p.bottom - 6)

    pager.on_new_page = furniture
    pager.y -= 10
    for line in _wrap(normalise(spec.title), s.bold, s.size + 4, PAGE_W - 2 * s.margin):
        pager.y -= (s.size + 4) * 1.25
        width = stringWidth(line, s.bold, s.size + 4)
        x = (PAGE_W - width) / 2 if centred else s.margin
        pager.text(x, pager.y, line, s.bold, s.size + 4)
    pager.y -= s.size * 1.2
    # The rule starts under the title on the first page, at the top of the body on later ones.
    first_top = pager.y + s.size
    header(pager, s.margin, PAGE_W - s.margin)
    pager.c.setLineWidth(0.7)
    pager.c.line(rule_x, first_top, rule_x, pager.bottom - 6)
    for row in spec.rows:
        if row.style == MARKER:
            pager.y -= gap
            if pager.y - lead < pager.bottom:
                pager.new_page()
            pager.y -= lead
            pager.text(rule_x + inset, pager.y, normalise(row.text), s.bold, s.size)
            continue
        labels = _wrap(normalise(row.label), s.bold, s.size, label_width) or [""]
        answer = _wrap(row.text, s.font, s.size, answer_width)
        pager.y -= gap
        if pager.y - lead * min(max(len(labels), len(answer)), 3) < pager.bottom:
            pager.new_page()
        top = pager.y
        pager.c.setLineWidth(0.7)
        pager.c.line(rule_x - 3, top - lead + s.size * 0.35, rule_x + 3, top - lead + s.size * 0.35)
        for k, label in enumerate(labels):
            width = stringWidth(label, s.bold, s.size)
            pager.text(rule_x - inset - width, top - lead * (k + 1), label, s.bold, s.size)
        page = pager.page
        y = pager.lines_down(rule_x + inset, top, answer, s.font, s.size, lead)
        pager.y = y if pager.page != page else min(y, top - lead * len(labels))


def build_ocr_layout_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` reportlab PDFs (with .truth.json) into out_dir, the three shapes in turn."""
    shapes = {"rl_framecaps": _draw_framecaps, "rl_combs": _draw_combs, "rl_marginrule": _draw_marginrule}
    return _build(out_dir, count, seed, shapes, ("ocrlayoutforms", "ol", "reportlab-canvas"))


if __name__ == "__main__":
    from layout_scoring import corpus_command

    corpus_command(build_ocr_layout_forms, 28, 12, "name the files that missed")

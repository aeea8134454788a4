"""Issue #12, thirty-seventh round (h42/c-text): index cards two abreast, drawn with reportlab's canvas from the
thirty-seventh forms' description alone (its generator not read), a before-figure for the next round's fixer.

Each field is an outlined card, two abreast ((text width - gutter) / 2 wide, the gutter 12-18 pt), the label bold at
the card's top with a grey rule under it, the answer below inside the card; both cards of a row start at the same
height (the row as tall as its taller card), so two fields' answer lines share baselines side by side. A card
taller than `_TALL` of the page is laid full width on a row of its own and, cut by the page's end, goes on in a card
without a header on the next page. The stage marker bold at the margin between card rows. Two shapes:
`rl_cards` (black outlines, the rule 1.2 pt grey) and `rl_cards_soft` (grey outlines, a thinner darker rule, wider
padding).

    PYTHONPATH=tests .venv/bin/python -m fixturegen.ctext42cards [--seed 4210] [--count 8] [--misses] [--keep DIR]
"""

from __future__ import annotations

import random
from pathlib import Path

from .boxforms import PAGE_H, PAGE_W, _Pager, _wrap
from .charrules import _listed
from .qaright30 import _header
from .spec import MARKER, ReportSpec, normalise
from .textclasses import _build

SHAPES = ("rl_cards", "rl_cards_soft")
_TALL = 0.45


def _cards(shape: str):
    def draw(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
        s = pager.style
        s.font, s.bold = "Helvetica", "Helvetica-Bold"
        s.size = float(rng.choice((9, 9.5, 10)))
        lead = s.size * 1.25
        pad = 7.0 if shape == "rl_cards" else 10.0
        gutter = rng.uniform(12, 18)
        full = PAGE_W - 2 * s.margin
        half = (full - gutter) / 2
        outline, rule, rule_w = (0.0, 0.6, 1.2) if shape == "rl_cards" else (0.55, 0.4, 0.6)
        c = pager.c
        pager.on_new_page = lambda p: _header(p, spec, rng)
        _header(pager, spec, rng)
        pager.title(spec)

        def card(x: float, top: float, w: float, label: list[str], answer: list[str], height: float) -> None:
            c.setStrokeGray(outline)
            c.setLineWidth(0.7)
            c.rect(x, top - height, w, height, stroke=1, fill=0)
            y = top - pad
            for line in label:
                y -= s.size
                pager.text(x + pad, y, line, s.bold, s.size)
                y -= lead - s.size
            if label:
                c.setStrokeGray(rule)
                c.setLineWidth(rule_w)
                c.line(x + pad, y - 2, x + w - pad, y - 2)
                y -= 6
            for line in answer:
                y -= lead
                if line:
                    pager.text(x + pad, y, line, s.font, s.size)
            c.setStrokeGray(0)

        def height(label: list[str], answer: list[str]) -> float:
            return 2 * pad + len(label) * lead + (6 if label else 0) + len(answer) * lead

        def lines(row, w: float) -> tuple[list[str], list[str]]:
            return (_wrap(normalise(row.label), s.bold, s.size, w - 2 * pad) or [""]), _wrap(
                row.text, s.font, s.size, w - 2 * pad
            )

        pending: list = []

        def flush() -> None:
            if not pending:
                return
            parts = [lines(r, half) for r in pending]
            h = max(height(*p) for p in parts)
            if pager.y - h < pager.bottom:
                pager.new_page()
            for k, (label, answer) in enumerate(parts):
                card(s.margin + k * (half + gutter), pager.y, half, label, answer, h)
            pager.y -= h + rng.uniform(6, 10)
            pending.clear()

        for row in spec.rows:
            if row.style == MARKER:
                flush()
                pager.marker(row.text, lead * 1.3, 6)
                continue
            label, answer = lines(row, half)
            if height(label, answer) > _TALL * PAGE_H:
                flush()
                label, answer = lines(row, full)
                while True:
                    room = int((pager.y - pager.bottom - 2 * pad - len(label) * lead - 6) // lead)
                    if room < 2:
                        pager.new_page()
                        continue
                    take, answer = answer[:room], answer[room:]
                    h = height(label, take)
                    card(s.margin, pager.y, full, label, take, h)
                    pager.y -= h + 8
                    if not answer:
                        break
                    pager.new_page()
                    label = []
                continue
            pending.append(row)
            if len(pending) == 2:
                flush()
        flush()

    return draw


def build_card_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` reportlab PDFs (with .truth.json) into out_dir, the shapes in turn."""
    shapes = {name: _listed(_cards(name), "-") for name in SHAPES}
    return _build(out_dir, count, seed, shapes, ("indexcards", "ic", "reportlab-canvas"))


__all__ = ["SHAPES", "build_card_forms"]

if __name__ == "__main__":
    from layout_scoring import corpus_command

    corpus_command(build_card_forms, 4210, 8, "name the files that missed")

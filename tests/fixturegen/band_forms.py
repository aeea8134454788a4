"""Forms whose labels are printed light on a dark band across the column (tuning sources of the scans' pale-layer
fixtures, tests/fixturegen/drum_ghost.py): each label in white (or nearly) bold type on a filled bar of a grey
from mid to dark, its answer in black under the bar; in one of three the header's short fields a ruled table of
label cells shaded light above value cells. Drawn with reportlab's canvas (boxforms' pager), content and truth
fixturegen's (html.draw_in_turn).

    build_band_forms(out_dir, count, seed) -> list[Path]
"""

from __future__ import annotations

import random
from pathlib import Path

from .boxforms import FONTS, PAGE_W, _Pager, _short, _style, _wrap
from .html import draw_in_turn
from .spec import MARKER, ReportSpec, normalise

BASES = ("followup_borderless", "application", "climate_followup", "followup_short_labels", "climate_application")
BAR_GREY = (0.2, 0.6)  # the bar's fill, reportlab's grey (0 black): a scan's 50-150 of 255
LABEL_GREY = (0.9, 1.0)  # the label's type on it


def _draw(spec: ReportSpec, path: Path, seed: int) -> None:
    rng = random.Random(f"{spec.name}-{seed}-bands")
    style = _style(rng, spec)
    style.font, style.bold = rng.choice(FONTS)
    pager = _Pager(path, style)
    pager.title(spec)
    s = style
    bar, label_grey = rng.uniform(*BAR_GREY), rng.uniform(*LABEL_GREY)
    lead, pad = s.size * 1.3, rng.choice((3.0, 4.0, 5.0))
    width = PAGE_W - 2 * s.margin
    bar_width = width if rng.random() < 0.75 else width * rng.uniform(0.45, 0.7)
    rows = list(spec.rows)
    if rng.random() < 1 / 3:  # the header's short fields as a table of shaded label cells over value cells
        head = []
        while rows and _short(rows[0]) and len(head) < 6:
            head.append(rows.pop(0))
        cell = width / 3
        for start in range(0, len(head), 3):
            group = head[start : start + 3]
            if any(len(_wrap(normalise(r.text), s.font, s.size, cell - 2 * pad)) > 1 for r in group):
                rows[0:0] = head[start:]
                break
            pager.y -= lead + pad
            for k, row in enumerate(group):
                pager.c.setFillGray(0.85)
                pager.c.rect(s.margin + k * cell, pager.y - pad, cell, lead + pad, fill=1)
                pager.text(s.margin + k * cell + pad, pager.y + pad * 0.5, normalise(row.label), s.bold, s.size - 1)
            pager.y -= lead + pad
            for k, row in enumerate(group):
                pager.c.rect(s.margin + k * cell, pager.y - pad, cell, lead + pad)
                pager.text(s.margin + k * cell + pad, pager.y + pad * 0.5, normalise(row.text), s.font, s.size)
        pager.y -= lead
    for row in rows:
        if row.style == MARKER:
            pager.marker(row.text, lead, 4)
            continue
        label = _wrap(normalise(row.label), s.bold, s.size, bar_width - 2 * pad)
        lines = _wrap(row.text, s.font, s.size, width - 2 * pad)
        height = len(label) * lead + pad
        if pager.y - height - (min(len(lines), 2) or 1) * lead < pager.bottom:
            pager.new_page()
        top = pager.y - 4
        pager.c.setFillGray(bar)
        pager.c.rect(s.margin, top - height, bar_width, height, stroke=0, fill=1)
        for k, line in enumerate(label):
            pager.text(s.margin + pad, top - (k + 1) * lead + s.size * 0.3, line, s.bold, s.size, label_grey)
        pager.y = top - height - 2
        for line in lines:
            if pager.y - lead < pager.bottom:
                pager.new_page()
            pager.y -= lead
            if line:
                pager.text(s.margin + pad, pager.y + s.size * 0.25, line, s.font, s.size)
        pager.y -= 6
    pager.save()


def build_band_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` reportlab PDFs of labels on dark bands (with .truth.json) into out_dir."""
    return draw_in_turn(out_dir, count, seed, ("bandforms", "bd", "reportlab-canvas"), ("rl_bands",), BASES, _draw)

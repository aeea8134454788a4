"""A form filled in on a typewriter's dotted rules, then scanned too bright, copied by a spirit duplicator or kept on
foxed paper (tuning fixtures, issue #12, twenty-seventh round).

Drawn by its own small code (not the held-out generators'): the title in bold; each field's label at the left
margin, in bold or plain, wrapping in its column; the answer typed from a tab stop 120-170 pt in, one line a dotted
rule under it (dots of 0.6-1.1 pt every 2.2-4 pt, from the tab stop to the right margin), an empty answer one empty
rule; on half the forms a dotted leader runs from the label's end to the tab stop. Headings and the stage marker
are typed at the tab stop without a rule. The dots are small, pale-edged marks in a row: a scan keeps them as a
row of specks under every line, which Tesseract reads as letters or as a line of its own.

    typed_rules_spec(index, seed)             the content (a plain spec of tests/fixturegen/cells7)
    draw_typed_rules(spec)                    the drawn document (tests/fixturegen/layout)
    build_typed_rules_scans(out_dir, count, seed)   the forms scanned in turn as aged_copies' three kinds

The truth sidecar is the source's, its `variant` naming the kind.
"""

from __future__ import annotations

import random
from pathlib import Path

from . import fonts
from .aged_copies import KINDS, aged
from .cells7 import _Pages, _section_pages, plain_spec, titled_pages, write_drawn
from .layout import Document, wrap
from .spec import HEADING, MARKER, PLACEHOLDER, ReportSpec


def typed_rules_spec(index: int, seed: int) -> ReportSpec:
    rng = random.Random(f"typed-rules-{seed}-{index}")
    base = rng.choice(("application", "followup_borderless", "climate_followup"))
    spec = plain_spec(rng, base, "typed_rules")
    spec.layout.font = rng.choice(("helvetica", "courier", "dejavu-sans", "times"))
    spec.name = f"{index:05d}-typed_rules-{spec.year}-{spec.producer}"
    return spec


def _dots(pg: _Pages, x0: float, x1: float, y: float, pitch: float, dot: float) -> None:
    """A dotted rule from x0 to x1 on `y`: dots `dot` pt long and thick every `pitch` pt."""
    x = x0
    while x + dot <= x1:
        pg.rule(x, y, x + dot, y, dot)
        x += pitch


def draw_typed_rules(spec: ReportSpec) -> Document:
    rng = random.Random(spec.name)
    pg, left, width = titled_pages(spec, rng)
    fam = fonts.family(spec.layout.font)
    size = spec.layout.size
    lead = size * rng.uniform(1.9, 2.4)  # typed on rules: room between them
    tab = left + rng.uniform(120.0, 170.0)
    right = left + width
    pitch, dot = rng.uniform(2.2, 4.0), rng.uniform(0.6, 1.1)
    drop = size * rng.uniform(0.25, 0.4)  # the rule under the baseline
    label_font = fam.bold if rng.random() < 0.7 else fam.regular
    leaders = rng.random() < 0.5
    for row in spec.rows:
        text = "" if row.text == PLACEHOLDER else row.text
        if row.style in (HEADING, MARKER):
            pg.y += lead * (1.3 if row.style == HEADING else 1.0)
            if not pg.room(lead):
                pg.new_page()
                pg.y += lead
            pg.text(
                tab if row.style == MARKER else left, pg.y, row.label if row.style == HEADING else text, fam.bold, size
            )
            if row.style == HEADING and text:
                for line in wrap(text, right - tab, fam.regular, size):
                    pg.y += lead
                    pg.text(tab, pg.y, line, fam.regular, size)
            continue
        labels = wrap(row.label, tab - left - 10.0, label_font, size)
        lines = [line for paragraph in text.split("\n") for line in wrap(paragraph, right - tab, fam.regular, size)]
        lines = lines or [""]
        if not pg.room(lead * min(3, max(len(lines), len(labels)) + 1)):
            pg.new_page()
        pg.y += lead
        top = pg.y
        for k, line in enumerate(labels):
            pg.text(left, top + k * lead, line, label_font, size)
        if leaders:
            end = left + fonts.width(labels[-1], label_font, size) + 3.0
            _dots(pg, end, tab - 3.0, top + (len(labels) - 1) * lead + drop, pitch, dot)
        for k, line in enumerate(lines):
            if k and not pg.room(lead):
                pg.new_page()
            elif k:
                pg.y += lead
            if line:
                pg.text(tab, pg.y, line, fam.regular, size)
            _dots(pg, tab, right, pg.y + drop, pitch, dot)
        pg.y = max(pg.y, top + (len(labels) - 1) * lead)
    doc = pg.doc
    doc.section_pages = _section_pages(doc, spec)
    return doc


def build_typed_rules_scans(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """`count` typed-rule forms, scanned in turn as aged_copies' kinds (overexposed, ditto, foxed)."""
    import tempfile

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    with tempfile.TemporaryDirectory() as tmp:
        for index in range(count):
            spec = typed_rules_spec(index, seed)
            source = Path(tmp) / f"{spec.name}.pdf"
            write_drawn(draw_typed_rules(spec), spec, source)
            kind = KINDS[index % len(KINDS)]
            rng = random.Random(f"typed-rules-scan-{seed}-{index}")
            paths.append(aged(source, out / f"typed-{index:03d}-{kind}.pdf", rng, kind))
    return paths

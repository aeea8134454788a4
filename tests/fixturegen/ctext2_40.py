"""Tuning set of issue #12's thirty-fifth round (h40/c-text2): the thirty-fifth held-out forms' two-page spreads,
drawn from their description only, this module's own geometry, varied around it and beyond it:

- `rl_spread` (reportlab's canvas, A4 portrait): the form as TWO-PAGE SPREADS: each odd page the left-hand page
  holding ONLY THE LABELS, bold, right-aligned against its right margin (the spine), each at the height where its
  answer starts (its first baseline on the answer's first baseline, or 0–2 pt off), wrapped in a 130–230 pt column
  when long; the title at the left-hand page's top (left-aligned, or right-aligned against the spine); each even
  page the right-hand page with ONLY THE ANSWERS from its left margin at those heights; a thin rule (0.3–1 pt,
  stroked or a filled hairline) across both pages 4–9 pt above each field; a long answer goes on on the next
  spread's right-hand page, its left-hand page empty there (but for the furniture); the stage marker bold on the
  right-hand page; the running header ("Bilaga 5" and the Dnr) and the page number on every page; margins 40–80 pt;
  text 9–11 pt, the labels 0–1.5 pt smaller; Liberation Sans, DejaVu Sans or Helvetica; each line drawn whole or
  word by word; fields 6–18 pt apart;
- `rl_spread_bare`: the same spreads without the rules, and the title on a page of its own in one form of two
  (a first left-hand page with the title alone over its labels is the common case; here the title may stand over
  the answers instead);
- `rl_spread_scan` (`build_ctext2_40_scans`): `rl_spread`'s pages rasterised at 200 dpi, grey, image-only (a scanned
  booklet split into its pages): no bold to tell a label by, only its place.

Each form runs its longest answer on to a later spread in one form of two; lists in one form of two. Seed 40 is
tuning, 4001 (text) and 4003 (scans) kept aside before any fix (aggregate only), 4002 built after the fix and never
looked at:

    PYTHONPATH=tests .venv/bin/python -m fixturegen.ctext2_40 [--seed 40] [--count 8] [--keep DIR] [--scans]
"""

from __future__ import annotations

import random
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfgen import canvas

from . import boxforms
from .cornerboxes31 import varied
from .badfiles import make_scanned
from .ctext2_32 import _font, _paragraphs, _width, _wrap
from .html import draw_in_turn
from .spec import MARKER, ReportSpec, normalise
from .undercaps import _dnr

SHAPES = ("rl_spread", "rl_spread_bare")
PAGE_W, PAGE_H = 595.0, 842.0


@dataclass
class _Text:
    x: float  # left edge, or right edge when `right`
    top: float  # baseline, down from the page's top
    text: str
    size: float
    bold: bool = False
    right: bool = False


@dataclass
class _Page:
    texts: list[_Text] = field(default_factory=list)
    rules: list[float] = field(default_factory=list)  # tops of rules across the text width


def _spreads(spec: ReportSpec, rng: random.Random, font: str, bold: str, bare: bool) -> tuple[list[_Page], dict]:
    """The form's pages, left and right in turn: labels alone on the left page, answers alone on the right."""
    size = rng.choice((9.0, 9.5, 10.0, 10.0, 10.5, 11.0))
    lsize = size - rng.choice((0.0, 0.0, 0.5, 1.0, 1.5))
    lead = size * rng.uniform(1.15, 1.4)
    margin = rng.uniform(40.0, 80.0)
    label_w = rng.uniform(130.0, 230.0)
    ans_w = PAGE_W - 2 * margin
    field_gap = rng.uniform(6.0, 18.0)
    rule_gap = rng.uniform(4.0, 9.0)
    label_dy = rng.choice((0.0, 0.0, 0.0, -1.0, 1.0, 2.0))
    body_top = rng.uniform(70.0, 100.0)
    limit = PAGE_H - rng.uniform(55.0, 80.0)
    title_right = rng.random() < 0.4
    spreads: list[tuple[_Page, _Page]] = []

    def new_spread() -> None:
        spreads.append((_Page(), _Page()))

    new_spread()
    top = body_top
    title_page = spreads[0][1] if bare and rng.random() < 0.5 else spreads[0][0]
    for line in _wrap(normalise(spec.title), bold, size + 3, ans_w if title_page is spreads[0][1] else ans_w):
        x = PAGE_W - margin if title_right else margin
        title_page.texts.append(_Text(x, top, line, size + 3, True, title_right))
        top += (size + 3) * 1.3
    y = top + size + field_gap
    for row in spec.rows:
        left, right = spreads[-1]
        if row.style == MARKER:
            if y + lead > limit:
                new_spread()
                left, right = spreads[-1]
                y = body_top + size
            right.texts.append(_Text(margin, y, normalise(row.text), size, True))
            y += lead + field_gap
            continue
        labels = _wrap(normalise(row.label), bold, lsize, label_w) or [normalise(row.label)]
        answer: list[str] = []
        for para in _paragraphs(row.text):
            answer.extend(_wrap(para, font, size, ans_w))
        if y + max(len(labels), min(len(answer), 2), 1) * lead > limit:
            new_spread()
            left, right = spreads[-1]
            y = body_top + size
        if not bare:
            left.rules.append(y - size - rule_gap)
            right.rules.append(y - size - rule_gap)
        for k, line in enumerate(labels):
            left.texts.append(_Text(PAGE_W - margin, y + label_dy + k * lead, line, lsize, True, True))
        label_end = y + len(labels) * lead
        for line in answer:
            if y > limit:
                new_spread()  # the answer goes on on the next right-hand page; its left-hand page stays empty
                left, right = spreads[-1]
                y = label_end = body_top + size
            right.texts.append(_Text(margin, y, line, size))
            y += lead
        y = max(y, label_end) + field_gap
    furniture = {
        "office": f"Bilaga {spec.appendix}" if spec.appendix else "Trafikkontoret",
        "dnr": _dnr(spec, rng),
        "footer": rng.choice(("Sida {n} ({m})", "Sida {n} av {m}", "{n}/{m}", "{n}")),
        "margin": margin,
        "word_by_word": rng.random() < 0.3,
        "filled_rules": rng.random() < 0.3,
        "rule_w": rng.uniform(0.3, 1.0),
        "rule_wide": rng.random() < 0.3,  # the rule runs to the page's edge at the spine
    }
    return [p for pair in spreads for p in pair], furniture


def _rl_draw(spec: ReportSpec, pdf: Path, rng: random.Random, bare: bool) -> None:
    sans = rng.choice(
        (("LiberationSans", "LiberationSans-Bold"), ("DejaVuSans", "DejaVuSans-Bold"), ("Helvetica", "Helvetica-Bold"))
    )
    font = _font(sans[0], "Helvetica") if sans[0] != "Helvetica" else "Helvetica"
    bold = _font(sans[1], "Helvetica-Bold") if sans[1] != "Helvetica-Bold" else "Helvetica-Bold"
    pages, furn = _spreads(spec, rng, font, bold, bare)
    c = canvas.Canvas(str(pdf), pagesize=(PAGE_W, PAGE_H))

    def put(x: float, top: float, text: str, size: float, face: str, right: bool = False) -> None:
        c.setFont(face, size)
        x -= _width(text, face, size) if right else 0.0
        for piece in text.split(" ") if furn["word_by_word"] else [text]:  # one run a word, or the line whole
            c.drawString(x, PAGE_H - top, piece)
            x += _width(piece + " ", face, size)

    m = furn["margin"]
    for n, page in enumerate(pages, 1):
        put(m, 36.0, furn["office"], 8.0, font)
        put(PAGE_W - m, 36.0, furn["dnr"], 8.0, font, True)
        foot = furn["footer"].format(n=n, m=len(pages))
        if n % 2:
            put(m, PAGE_H - 30, foot, 8.0, font)
        else:
            put(PAGE_W - m, PAGE_H - 30, foot, 8.0, font, True)
        for t in page.texts:
            put(t.x, t.top, t.text, t.size, bold if t.bold else font, t.right)
        w = furn["rule_w"]
        x0 = m if not (furn["rule_wide"] and n % 2 == 0) else 0.0
        x1 = PAGE_W - m if not (furn["rule_wide"] and n % 2) else PAGE_W
        for top in page.rules:
            if furn["filled_rules"]:
                c.rect(x0, PAGE_H - top - w / 2, x1 - x0, w, stroke=0, fill=1)
            else:
                c.setLineWidth(w)
                c.line(x0, PAGE_H - top, x1, PAGE_H - top)
        c.showPage()
    c.save()


def _draw(spec: ReportSpec, pdf: Path, seed: int) -> None:
    rng = random.Random(f"{spec.name}-{seed}")
    varied(spec, rng)
    _rl_draw(spec, pdf, rng, spec.variant == "rl_spread_bare")


def build_ctext2_40_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` PDFs (with .truth.json) into out_dir, the spread shapes in turn."""
    return draw_in_turn(out_dir, count, seed, ("ctext2_40", "c40", "reportlab"), SHAPES, boxforms.BASES, _draw)


def build_ctext2_40_scans(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` image-only spreads (with .truth.json) into out_dir: drawn as `rl_spread` (its truth read from
    the text layer), then rasterised."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    names = ("ctext2_40", "c40s", "reportlab, scanned")
    with tempfile.TemporaryDirectory() as tmp:
        drawn = draw_in_turn(tmp, count, seed, names, ("rl_spread_scan",), boxforms.BASES, _draw)
        return [make_scanned(pdf, out / pdf.name) for pdf in drawn]


__all__ = ["SHAPES", "build_ctext2_40_forms", "build_ctext2_40_scans"]

if __name__ == "__main__":
    from layout_scoring import corpus_command

    scans = "--scans" in sys.argv
    if scans:
        sys.argv.remove("--scans")
    corpus_command(build_ctext2_40_scans if scans else build_ctext2_40_forms, 40, 8, "name the files that missed")

"""Tuning set of issue #12's thirty-first round (h36/c-text): text-layer forms drawn with reportlab's canvas (not
XeTeX), whose labels are TURNED 90° reading upwards in a narrow left column:

- a table of rows, each label turned a quarter counter-clockwise (reading from the row's foot toward its top) in a
  left column 30-38 pt wide (wider when a long label needs it), wrapped into up to three turned lines side by side
  (the first leftmost), the answer upright beside it in the wide column from the row's top; every row at least
  90-110 pt tall (as tall as the longer of label and answer), rows and the column split ruled; a long answer broken
  by a page break goes on in a row with no label;
- `rl_turned_nospace`: every word placed by itself a space's width after the one before, NO space characters (labels
  and answers), the label in the regular weight starting near the row's foot;
- `rl_turned_spaced`: lines drawn as strings with their spaces, the label bold in one form of two, starting near the
  row's foot, in its middle or ending near its top.

Liberation Sans when reportlab finds its files, else Helvetica. The bases are the boxes' set's; content and truth are
fixturegen's. Seeds 31-33 are the tuning part; seed 3101 is kept aside and scored in aggregate only:

    PYTHONPATH=tests .venv/bin/python -m fixturegen.turned31 [--seed 31] [--count 16] [--misses] [--keep DIR]
"""

from __future__ import annotations

import random
from pathlib import Path

from .boxforms import PAGE_W, _Pager, _wrap
from .charrules import _listed
from .spec import MARKER, ReportSpec, normalise
from .textclasses import _build
from .undercaps import _dnr

SHAPES = ("rl_turned_nospace", "rl_turned_spaced")
_LIBERATION = Path("/usr/share/fonts/truetype/liberation")


def _fonts() -> tuple[str, str]:
    """Liberation Sans registered with reportlab when its files are here, else the core Helvetica."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    regular, bold = _LIBERATION / "LiberationSans-Regular.ttf", _LIBERATION / "LiberationSans-Bold.ttf"
    if not (regular.exists() and bold.exists()):
        return "Helvetica", "Helvetica-Bold"
    if "LiberationSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("LiberationSans", str(regular)))
        pdfmetrics.registerFont(TTFont("LiberationSans-Bold", str(bold)))
    return "LiberationSans", "LiberationSans-Bold"


def _header(pager: _Pager, spec: ReportSpec) -> None:
    """A running header line: "Bilaga N" (or the office) left, the Dnr right, small."""
    s = pager.style
    office = f"Bilaga {spec.appendix}" if spec.appendix else "Trafikkontoret"
    pager.y -= 9
    pager.text(s.margin, pager.y, office, s.font, 8)
    pager.c.setFont(s.font, 8)
    pager.c.drawRightString(PAGE_W - s.margin, pager.y, _dnr(spec, random.Random(spec.name)))
    pager.y -= 14


def _say(pager: _Pager, x: float, y: float, line: str, font: str, size: float, spaced: bool) -> None:
    """One line at (x, y) in the canvas's current frame: as one string, or word by word without space characters."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if spaced:
        pager.text(x, y, line, font, size)
        return
    space = stringWidth(" ", font, size)
    for word in line.split():
        pager.text(x, y, word, font, size)
        x += stringWidth(word, font, size) + space


def _draw_turned(pager: _Pager, spec: ReportSpec, rng: random.Random, spaced: bool, last_alone: bool = False) -> None:
    """One form; `last_alone` sets its last field on a page of its own (one turned label there: ftextforms37's)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    c = pager.c
    s = pager.style
    s.font, s.bold = _fonts()
    s.size = float(rng.choice((9.5, 10, 10.5)))
    lead = s.size * rng.choice((1.2, 1.25, 1.3))
    label_font = s.bold if spaced and rng.random() < 0.5 else s.font
    label_size = s.size - rng.choice((1.0, 1.5, 2.0))
    label_lead = label_size * 1.15
    where = "foot" if not spaced else rng.choice(("foot", "middle", "top"))
    min_h = rng.uniform(90, 110)
    pad = 5.0
    col = rng.uniform(30, 38)
    left, right = s.margin, PAGE_W - s.margin
    pager.on_new_page = lambda p: _header(p, spec)
    _header(pager, spec)
    pager.title(spec)

    def row_rule(y: float) -> None:
        c.setLineWidth(0.4)
        c.line(left, y, right, y)

    # The label column as wide as the widest label needs (three turned lines at most at the row's least height).
    labels = {}
    for row in spec.rows:
        if row.style == MARKER:
            continue
        text = normalise(row.label)
        length = min_h - 2 * pad
        lines = _wrap(text, label_font, label_size, length)
        while len(lines) > 3:
            length += 10
            lines = _wrap(text, label_font, label_size, length)
        labels[id(row)] = lines
    most = max((len(v) for v in labels.values()), default=1)
    col = max(col, most * label_lead + 2 * pad - 2)
    split = left + col
    answer_x = split + 6
    answer_w = right - answer_x - 4
    row_rule(pager.y)

    def draw_row(label: list[str], answer: list[str], height: float) -> None:
        top = pager.y
        bottom = top - height
        y = top - pad - s.size
        for line in answer:
            if line:
                _say(pager, answer_x, y, line, s.font, s.size, spaced)
            y -= lead
        length = max((stringWidth(x, label_font, label_size) for x in label), default=0.0)
        start = {
            "foot": bottom + pad,
            "middle": bottom + (height - length) / 2,
            "top": top - pad - length,
        }[where]
        for k, line in enumerate(label):
            x = left + pad + label_size * 0.8 + k * label_lead
            c.saveState()
            c.translate(x, start)
            c.rotate(90)
            _say(pager, 0, 0, line, label_font, label_size, spaced)
            c.restoreState()
        c.setLineWidth(0.4)
        c.line(split, top, split, bottom)
        c.line(left, top, left, bottom)
        c.line(right, top, right, bottom)
        row_rule(bottom)
        pager.y = bottom

    last = [r for r in spec.rows if r.style != MARKER][-1:]
    for row in spec.rows:
        if last_alone and any(row is r for r in last):
            pager.new_page()
            row_rule(pager.y)
        if row.style == MARKER:
            # The stage marker in a row of its own, upright in the answer column, the label column empty.
            if pager.y - 3 * lead < pager.bottom:
                pager.new_page()
                row_rule(pager.y)
            pager.text(answer_x, pager.y - pad - s.size, normalise(row.text), s.bold, s.size)
            c.setLineWidth(0.4)
            c.line(split, pager.y, split, pager.y - 2 * pad - lead)
            c.line(left, pager.y, left, pager.y - 2 * pad - lead)
            c.line(right, pager.y, right, pager.y - 2 * pad - lead)
            pager.y -= 2 * pad + lead
            row_rule(pager.y)
            continue
        label = labels[id(row)]
        answer = _wrap(row.text, s.font, s.size, answer_w) or [""]
        length = max((stringWidth(x, label_font, label_size) for x in label), default=0.0)
        while answer:
            need = max(min_h, length + 2 * pad, len(answer) * lead + 2 * pad)
            room = pager.y - pager.bottom
            if need > room:
                fits = int((room - 2 * pad) // lead)
                # A long answer is broken at the foot when its row's least height fits; else the row goes over.
                if len(answer) > fits >= 3 and room >= max(min_h, length + 2 * pad):
                    take, answer = answer[:fits], answer[fits:]
                    draw_row(label, take, room)
                    label, length = [], 0.0
                pager.new_page()
                row_rule(pager.y)
                continue
            draw_row(label, answer, need)
            answer = []


def build_turned_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` reportlab PDFs (with .truth.json) into out_dir, the shapes in turn."""

    def nospace(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
        _draw_turned(pager, spec, rng, spaced=False)

    def spaced(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
        _draw_turned(pager, spec, rng, spaced=True)

    shapes = {"rl_turned_nospace": _listed(nospace, "-"), "rl_turned_spaced": _listed(spaced, "-")}
    return _build(out_dir, count, seed, shapes, ("turned31", "tn", "reportlab-canvas"))


__all__ = ["SHAPES", "build_turned_forms"]

if __name__ == "__main__":
    from layout_scoring import corpus_command

    corpus_command(build_turned_forms, 31, 16, "name the files that missed")

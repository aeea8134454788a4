"""Tuning set of issue #12's thirty-fourth round (h39/c-text): two classes of the thirty-fourth held-out forms drawn
from their description only, with reportlab's canvas (not jgraph, not gofpdf), this module's own geometry, varied
around the description's numbers and beyond them:

- `rl_footnotes` (labels only as numbered footnotes, like jgraph's footnote_markers pages): Helvetica or Liberation
  Sans 9–11 pt; NO LABEL beside or above an answer: each answer opened by a RAISED MARKER NUMBER (0.55–0.75 of the
  size, raised 0.25–0.5 of it) at the margin (0–3 pt left of it), the answer's lines 8–18 pt in; an empty answer a
  marker alone on its line; the labels only as FOOTNOTES "n Label" at the foot of the page where their answer
  starts, 1.5–3 pt smaller, the number 0.7–1 of that (raised or not) 0.3–5 pt before the label, under a 60–200 pt rule (stroked or a filled
  hairline; no rule in one form of six), a wrapped label under its own text; markers numbered through the form (in
  one form of four again from 1 on each page); the stage marker bold in the body after its field, in the answers'
  column or at the margin; a long answer
  goes on at the top of the next page with no marker; paragraphs and items with no gap or half a line;
- `rl_bands` (rows on grey bands with no rule, like gofpdf's grey_bands pages): each field one row, the label
  regular (a heading's regular or bold) at the left in a 120–170 pt column (wrapped there), the answer beside it 4–12 pt on; bands the full
  width alternating grey 0.80–0.92 and white, the first grey, no rule or frame; the stage marker bold in the
  answer column at the foot of its field's band; a long answer's band cut at the page break and going on, same
  shade, at the top of the next page with the label cell empty.

Each form runs its longest answer on to a second page in one form of two; lists in one form of two. Seed 39
tuning; 3901 built before any fix and kept aside (aggregate only):

    PYTHONPATH=tests .venv/bin/python -m fixturegen.ctext39 [--seed 39] [--count 8] [--keep DIR]
"""

from __future__ import annotations

import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from . import boxforms
from .cornerboxes31 import varied
from .ctext33 import _RecordedSheet
from .ctext2_32 import PAGE_H, PAGE_W, _font, _paragraphs, _Sheet, _width, _wrap
from .html import draw_in_turn
from .spec import HEADING, MARKER, ReportSpec, normalise

SHAPES = ("rl_footnotes", "rl_bands", "jg_footnotes")
# jgraph's PostScript with Helvetica re-encoded to ISO Latin-1 (slot 45 back to the hyphen, as ISOLatin1Encoding
# has the minus there), so "å", "ä", "ö" print.
_JGRAPH_PREAMBLE = (
    "/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall "
    "/Encoding ISOLatin1Encoding 256 array copy dup 45 /hyphen put def currentdict end definefont pop } def "
    "/Helvetica-L1 /Helvetica reenc /Helvetica-Bold-L1 /Helvetica-Bold reenc"
)
_FOOT = PAGE_H - 58  # the lowest baseline area the body and the footnotes may use (the footer is under it)


def jgraph_available() -> bool:
    """Whether jgraph and Ghostscript's ps2pdf are here (else `jg_footnotes` is drawn by reportlab)."""
    return bool(shutil.which("jgraph") and shutil.which("ps2pdf"))


class _JgraphSheet(_RecordedSheet):
    """A `_Sheet` recorded and printed by jgraph (each string a `newstring hjl vjb` at its baseline on a graph
    whose axes span the page in points, each rule a `newline`) and made PDF by Ghostscript."""

    def save(self) -> None:
        pages = [k for k, op in enumerate(self.c.ops) if op == "P"] + [len(self.c.ops)]
        out = [f"preamble : {_JGRAPH_PREAMBLE}"]
        for n, (a, b) in enumerate(zip(pages, pages[1:]), 1):
            if n > 1:
                out.append("newpage")
            out += [
                f"bbox 0 0 {PAGE_W:.0f} {PAGE_H:.0f}",
                "newgraph",
                f"xaxis min 0 max {PAGE_W} size {PAGE_W / 72:.4f} nodraw",
                f"yaxis min 0 max {PAGE_H} size {PAGE_H / 72:.4f} nodraw",
            ]
            footer = self.footer.format(n=n, m=len(pages) - 1)
            ops = [
                *self.c.ops[a + 1 : b],
                f"T\t{(PAGE_W - _width(footer, self.font, 8.0)) / 2:.2f}\t{PAGE_H - 44:.2f}\t8\t0\tN\t{footer}",
            ]
            for op in ops:
                f = op.split("\t")
                if f[0] == "T":
                    font = "Helvetica-Bold-L1" if f[5] == "B" else "Helvetica-L1"
                    text = f[6].replace("\u2022", "-").replace("\u2013", "-")
                    out.append(
                        f"newstring hjl vjb x {f[1]} y {PAGE_H - float(f[2]):.2f} fontsize {f[3]} font {font} : {text}"
                    )
                elif f[0] == "L":
                    out.append(
                        f"newline linethickness {f[5]} pts {f[1]} {PAGE_H - float(f[2]):.2f} {f[3]} {PAGE_H - float(f[4]):.2f}"
                    )
                elif f[0] == "R":  # a filled hairline: a line as thick
                    x, top, w, h = (float(v) for v in f[1:5])
                    y = PAGE_H - top - h / 2
                    out.append(f"newline linethickness {h:.2f} pts {x:.2f} {y:.2f} {x + w:.2f} {y:.2f}")
        with tempfile.TemporaryDirectory() as tmp:
            jgr, ps = Path(tmp) / "page.jgr", Path(tmp) / "page.ps"
            jgr.write_bytes(("\n".join(out) + "\n").encode("latin-1", "replace"))
            with ps.open("wb") as sink:
                subprocess.run(["jgraph", "-P", str(jgr)], stdout=sink, check=True)
            subprocess.run(["ps2pdf", "-sPAPERSIZE=a4", str(ps), str(self.pdf)], check=True, capture_output=True)


def _fonts(rng: random.Random) -> tuple[str, str]:
    return rng.choice(
        (
            ("Helvetica", "Helvetica-Bold"),
            (_font("LiberationSans", "Helvetica"), _font("LiberationSans-Bold", "Helvetica-Bold")),
        )
    )


def _footnotes(spec: ReportSpec, pdf: Path, rng: random.Random, jgraph: bool = False) -> None:
    font, bold = ("Helvetica", "Helvetica-Bold") if jgraph else _fonts(rng)
    size = rng.choice((9.0, 9.5, 10.0, 10.5, 11.0))
    lead = size * rng.uniform(1.18, 1.35)
    ratio = rng.uniform(0.55, 0.75)  # the marker's size
    raise_ = size * rng.uniform(0.25, 0.5)
    indent = rng.uniform(8.0, 18.0)
    nudge = rng.choice((0.0, 0.0, rng.uniform(0.5, 3.0)))  # the marker a little left of the margin
    small = size - rng.uniform(1.5, 3.0)
    num_ratio = rng.choice((1.0, rng.uniform(0.7, 0.9)))
    num_raise = rng.choice((0.0, small * rng.uniform(0.2, 0.4)))
    note_gap = rng.choice((rng.uniform(2.0, 5.0), rng.uniform(0.3, 2.0)))  # number to label: a space or less
    rule_w = rng.uniform(60.0, 200.0)
    ruled = rng.random() > 1 / 6
    filled = rng.random() < 0.4
    per_page = rng.random() < 0.25
    stage_x = rng.choice((indent, 0.0))  # the stage marker in the answers' column or at the margin
    field_gap = rng.uniform(3.0, 14.0)
    para_gap = rng.choice((0.0, size * 0.5))
    margin = rng.choice((50.0, 57.0, 64.0, 72.0))
    sheet = _JgraphSheet(pdf, spec, rng, margin, font) if jgraph else _Sheet(pdf, spec, rng, margin, font)
    x0, x1 = margin, PAGE_W - margin
    notes: list[tuple[int, list[str]]] = []
    number = 0

    def note_lines(label: str) -> list[str]:
        return _wrap(label, font, small, x1 - x0 - 16)

    def notes_height(extra: list[tuple[int, list[str]]]) -> float:
        n = sum(len(ls) or 1 for _, ls in extra)
        return n * small * 1.25 + (small * 1.2 + 4 if extra else 0)

    def flush() -> None:
        """The page's footnotes at its foot under the short rule."""
        if not notes:
            return
        top = _FOOT - notes_height(notes) + small * 1.2
        if ruled:
            rule = top - small * 0.7
            c = sheet.c
            if filled:
                c.rect(x0, PAGE_H - rule - 0.25, rule_w, 0.5, stroke=0, fill=1)
            else:
                c.setLineWidth(rng.uniform(0.3, 0.8))
                c.line(x0, PAGE_H - rule, x0 + rule_w, PAGE_H - rule)
        for n, lines in notes:
            nsize = small * num_ratio
            sheet.text(x0, top + 0.78 * (small - nsize) - num_raise, str(n), nsize)
            tx = x0 + _width(str(n), font, nsize) + note_gap
            for line in lines or [""]:
                if line:
                    sheet.text(tx, top, line, small)
                top += small * 1.25
        notes.clear()

    def room(need: float) -> bool:
        return sheet.top + need <= _FOOT - notes_height(notes)

    def new_page() -> None:
        nonlocal number
        flush()
        sheet.new_page()
        if per_page:
            number = 0

    for line in _wrap(normalise(spec.title), bold, 14.0, x1 - x0):
        sheet.text(x0, sheet.top, line, 14.0, bold)
        sheet.top += 17.5
    sheet.top += size
    for row in spec.rows:
        if row.style == MARKER:
            if not room(lead):
                new_page()
            sheet.text(x0 + stage_x, sheet.top, normalise(row.text), size, bold)
            sheet.top += lead + field_gap
            continue
        label = normalise(row.label)
        mine = (number + 1, note_lines(label))
        if not room(lead + notes_height([*notes, mine]) - notes_height(notes)):
            new_page()
        number += 1
        notes.append((number, mine[1]))
        msize = size * ratio
        sheet.text(x0 - nudge, sheet.top + 0.78 * (size - msize) - raise_, str(number), msize)
        paras = [_wrap(p, font, size, x1 - x0 - indent) for p in _paragraphs(row.text)]
        if not paras:
            sheet.top += lead
        for p, lines in enumerate(paras):
            if p:
                sheet.top += para_gap
            for line in lines:
                if not room(lead):
                    new_page()
                sheet.text(x0 + indent, sheet.top, line, size)
                sheet.top += lead
        sheet.top += field_gap
    flush()
    sheet.save()


def _bands(spec: ReportSpec, pdf: Path, rng: random.Random) -> None:
    font, bold = _fonts(rng)
    size = rng.choice((9.0, 9.5, 10.0, 10.5, 11.0))
    lead = size * rng.uniform(1.18, 1.35)
    column = rng.uniform(120.0, 170.0)
    gap = rng.uniform(4.0, 12.0)
    pad = rng.uniform(2.0, 7.0)
    grey = rng.uniform(0.80, 0.92)
    para_gap = rng.choice((0.0, size * 0.5))
    margin = rng.choice((50.0, 57.0, 64.0, 72.0))
    sheet = _Sheet(pdf, spec, rng, margin, font)
    x0, x1 = margin, PAGE_W - margin
    ax = x0 + column + gap
    band_x0, band_x1 = x0 - rng.uniform(0.0, 6.0), x1 + rng.uniform(0.0, 6.0)
    head_font = rng.choice((font, bold))  # a heading's label regular like the others, or bold
    for line in _wrap(normalise(spec.title), bold, 14.0, x1 - x0):
        sheet.text(x0, sheet.top, line, 14.0, bold)
        sheet.top += 17.5
    sheet.top += size
    rows = list(spec.rows)
    shade = 0
    i = 0
    while i < len(rows):
        row = rows[i]
        if row.style == MARKER:  # a marker with no field before it: a row of its own
            items = [(None, normalise(row.text), True)]
            label_lines: list[str] = []
        else:
            label_lines = _wrap(normalise(row.label), head_font if row.style == HEADING else font, size, column - 4)
            items = []
            for p, lines in enumerate(_wrap(t, font, size, x1 - ax) for t in _paragraphs(row.text)):
                items += [(p if k == 0 else None, line, False) for k, line in enumerate(lines)]
            if i + 1 < len(rows) and rows[i + 1].style == MARKER:
                items.append((None, normalise(rows[i + 1].text), True))
                i += 1
        height = max(len(label_lines), len(items), 1)
        lines_left = list(items) or [(None, "", False)]
        first = True
        while lines_left or first:
            fit = int((_FOOT - sheet.top - 2 * pad) // lead)
            if fit < min(2, height) and sheet.top > 100:
                sheet.new_page()
                continue
            part = lines_left[:fit]
            lines_left = lines_left[fit:]
            rows_here = max(len(part), len(label_lines) if first else 0, 1)
            extra = sum(para_gap for p, _, _ in part if p)
            band_h = rows_here * lead + 2 * pad + extra
            if shade % 2 == 0:
                sheet.c.setFillGray(grey)
                sheet.c.rect(band_x0, PAGE_H - sheet.top - band_h, band_x1 - band_x0, band_h, stroke=0, fill=1)
                sheet.c.setFillGray(0)
            top = sheet.top + pad
            if first:
                for k, ll in enumerate(label_lines):
                    sheet.text(x0, top + k * lead, ll, size, head_font if row.style == HEADING else font)
            y = top
            for p, text, is_marker in part:
                if p:
                    y += para_gap
                if text:
                    sheet.text(ax, y, text, size, bold if is_marker else font)
                y += lead
            sheet.top += band_h
            first = False
            if lines_left:
                sheet.new_page()
        shade += 1
        i += 1
    sheet.save()


def _jgraph_footnotes(spec: ReportSpec, pdf: Path, rng: random.Random) -> None:
    _footnotes(spec, pdf, rng, jgraph=jgraph_available())


_DRAW = {"rl_footnotes": _footnotes, "rl_bands": _bands, "jg_footnotes": _jgraph_footnotes}


def _draw(spec: ReportSpec, pdf: Path, seed: int) -> None:
    rng = random.Random(f"{spec.name}-{seed}")
    varied(spec, rng)
    _DRAW[spec.variant](spec, pdf, rng)


def build_ctext39_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` PDFs (with .truth.json) into out_dir, the two shapes in turn."""
    return draw_in_turn(out_dir, count, seed, ("ctext39", "c39", "reportlab"), SHAPES, boxforms.BASES, _draw)


__all__ = ["SHAPES", "build_ctext39_forms"]

if __name__ == "__main__":
    from layout_scoring import corpus_command

    corpus_command(build_ctext39_forms, 39, 8, "name the files that missed")

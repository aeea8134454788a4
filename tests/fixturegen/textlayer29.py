"""Tuning set of issue #12's twenty-ninth round (h34/c-text): text-layer forms drawn with reportlab's canvas
(not Gri, ploticus, html2ps, Grace or Text::PDF), each a class of construction seen on the page:

- `rl_watermark`: a large pale word ("UTKAST", "KOPIA", "ARKIVEXEMPLAR", "MAKULERAD"; 60-100 pt, grey 0.75-0.88,
  turned 35-60 degrees) drawn first on every page, in the text layer, across the form; the form a bold "Label:"
  column with each answer at a tab stop beside it (Helvetica), list items after "-";
- `rl_rules`: the title centred; the short fields as "Label: answer" inline pairs, two a row, each pair's wrapped
  lines kept in its half; each long field's bold label centred on a horizontal rule running out to both margins
  (rule, label, rule on one line), its answer under it; every hyphen of the page the minus sign U+2212;
- `rl_steps`: an e-service's summary print in Times: a header row (the office left, the Dnr right), a step bar
  "1 Sökande › 2 Insatsen › 3 Skicka" under it, the fields in parts, each under a bold step heading "Steg k av n:
  Name" in a bordered table whose label cells are shaded; page numbers "k" centred at the foot;
- `rl_vcentre`: a ruled label | answer table (Helvetica), each label cell vertically centred on its answer (a long
  answer's label halfway down its row); a row broken at a page's foot going on on the next page with an empty
  label cell.

The bases are the boxes' set's; content and truth are fixturegen's. Seeds 29 and 30 are the tuning part; seed
2901 is kept aside and scored in aggregate only:

    PYTHONPATH=tests .venv/bin/python -m fixturegen.textlayer29 [--seed 29] [--count 24] [--misses] [--keep DIR]
"""

from __future__ import annotations

import random
from pathlib import Path

from .boxforms import PAGE_H, PAGE_W, _Pager, _wrap
from .charrules import MONO_DIR, _listed
from .spec import MARKER, ReportSpec, Row, normalise
from .textclasses import _build, _minus
from .undercaps import _dnr

SHAPES = ("rl_watermark", "rl_rules", "rl_steps", "rl_vcentre")
STAMPS = ("UTKAST", "KOPIA", "ARKIVEXEMPLAR", "MAKULERAD")
STEP_NAMES = {
    "ansokan": ("Sökande", "Insatsen", "Budget"),
    "uppfoljning": ("Projektet", "Redovisning", "Ekonomi"),
}


def _stamp(pager: _Pager, word: str, size: float, angle: float, grey: float) -> None:
    """The pale word turned across the page's middle, drawn before the form."""
    c = pager.c
    c.saveState()
    c.setFillGray(grey)
    c.setFont("Helvetica-Bold", size)
    c.translate(PAGE_W / 2, PAGE_H / 2)
    c.rotate(angle)
    c.drawCentredString(0, -size / 3, word)
    c.restoreState()


def _draw_watermark(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
    """A "Label:" column beside answers at a tab stop, under a pale turned word on every page."""
    s = pager.style
    s.font, s.bold = "Helvetica", "Helvetica-Bold"
    s.size = float(rng.choice((9.5, 10, 10.5)))
    lead = s.size * rng.choice((1.2, 1.3))
    word, size = rng.choice(STAMPS), rng.uniform(60, 100)
    angle, grey = rng.uniform(35, 60) * rng.choice((1, -1)), rng.uniform(0.75, 0.88)
    if len(word) > 8:
        size = min(size, 70.0)
    tab = rng.choice((150.0, 165.0, 180.0))
    width = PAGE_W - 2 * s.margin - tab
    pager.on_new_page = lambda p: _stamp(p, word, size, angle, grey)
    _stamp(pager, word, size, angle, grey)
    pager.title(spec)
    label_column_rows(pager, spec, lead, tab, width)


def label_column_rows(pager: _Pager, spec: ReportSpec, lead: float, tab: float, width: float) -> None:
    """The form's rows as a bold "Label:" column with each answer `width` wide at the tab stop `tab` beside it."""
    s = pager.style
    for row in spec.rows:
        if row.style == MARKER:
            pager.marker(row.text, lead * 1.3, 4)
            continue
        label = _wrap(normalise(row.label) + ":", s.bold, s.size, tab - 10) or [""]
        answer = _wrap(row.text, s.font, s.size, width) or [""]
        if pager.y - lead * min(len(answer), 3) < pager.bottom:
            pager.new_page()
        y = pager.y
        for line in label:
            y -= lead
            pager.text(s.margin, y, line, s.bold, s.size)
        pager.y = pager.lines_down(s.margin + tab, pager.y, answer, s.font, s.size, lead)
        pager.y = min(pager.y, y) - lead * 0.5


def _rule_label(pager: _Pager, label: str, font: str, size: float) -> None:
    """`label` centred between the margins on a rule running out to both."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    s = pager.style
    w = stringWidth(label, font, size)
    mid = PAGE_W / 2
    pager.text(mid - w / 2, pager.y, label, font, size)
    y = pager.y + size * 0.3
    pager.c.setLineWidth(0.6)
    pager.c.line(s.margin, y, mid - w / 2 - 6, y)
    pager.c.line(mid + w / 2 + 6, y, PAGE_W - s.margin, y)


def _sans_fonts() -> tuple[str, str]:
    """Liberation Sans (Helvetica's metrics, with a minus sign of its own), registered with reportlab."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name in ("LiberationSans-Regular", "LiberationSans-Bold"):
        pdfmetrics.registerFont(TTFont(name, f"{MONO_DIR}/{name}.ttf"))
    return "LiberationSans-Regular", "LiberationSans-Bold"


def _draw_rules(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
    """Inline pairs two a row, long labels centred on rules, the answers under them; minus-sign hyphens."""

    s = pager.style
    s.font, s.bold = _sans_fonts()
    s.size = float(rng.choice((9, 10, 11)))
    lead = s.size * rng.choice((1.2, 1.3))
    width = PAGE_W - 2 * s.margin
    for line in _wrap(normalise(spec.title), s.bold, s.size + 4, width):
        pager.y -= (s.size + 4) * 1.3
        pager.c.setFont(s.bold, s.size + 4)
        pager.c.drawCentredString(PAGE_W / 2, pager.y, _minus(line))
    pager.y -= s.size
    rows, head = list(spec.rows), []
    while rows and len(head) < 8 and rows[0].style != MARKER and "\n" not in rows[0].text:
        if len(normalise(rows[0].text)) > 90 or rows[0].key is None:
            break
        head.append(rows.pop(0))
    pair_rows(pager, head, lead, 24.0, _minus, lambda: 0.4)
    pager.y -= lead * 0.5
    headed_rows(pager, rows, lead, width, _minus)


def _wrap_back(text: str, font: str, size: float, first: float, rest: float) -> list[str]:
    """Greedy wrap whose first line is `first` points wide and the others `rest`."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if line and stringWidth(trial, font, size) > (rest if lines else first):
            lines.append(line)
            line = word
        else:
            line = trial
    return [*lines, line] if line else lines


def pair_rows(pager: _Pager, head: list[Row], lead: float, gap: float, ink, spacing, back: bool = False) -> None:
    """ "Label:  answer" pairs two a row, each in its half, `spacing()` leads apart; an answer's further lines hang
    at its start, or go back to the pair's left edge under its label (`back`)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    s = pager.style
    half = (PAGE_W - 2 * s.margin - gap) / 2
    while head:
        pair, head = head[:2], head[2:]
        top, low = pager.y, pager.y
        for k, row in enumerate(pair):
            x = s.margin + k * (half + gap)
            lab = normalise(row.label) + ":"
            lw = stringWidth(lab + "  ", s.bold, s.size)
            text = ink(normalise(row.text))
            lines = (
                _wrap_back(text, s.font, s.size, half - lw, half) if back else _wrap(text, s.font, s.size, half - lw)
            ) or [""]
            y = top - lead
            pager.text(x, y, lab, s.bold, s.size)
            for i, line in enumerate(lines):
                pager.text(x + (lw if i == 0 or not back else 0), y, line, s.font, s.size)
                y -= lead
            low = min(low, y + lead)
        pager.y = low - lead * spacing()


def headed_rows(pager: _Pager, rows: list[Row], lead: float, width: float, ink, on_rules: bool = True) -> None:
    """Each row's bold label centred on a rule (or at the margin, `on_rules` false) over its answer; `ink` sets the
    page's hyphens."""
    s = pager.style
    for row in rows:
        if row.style == MARKER:
            pager.marker(ink(row.text), lead * 1.3, 4)
            continue
        answer = [ink(line) for line in _wrap(row.text, s.font, s.size, width)] or [""]
        if pager.y - lead * (2 + min(len(answer), 2)) < pager.bottom:
            pager.new_page()
        pager.y -= lead * 1.6
        if on_rules:
            _rule_label(pager, ink(normalise(row.label)), s.bold, s.size)
        else:
            pager.text(s.margin, pager.y, ink(normalise(row.label)), s.bold, s.size)
        pager.y -= lead * 0.3
        pager.y = pager.lines_down(s.margin, pager.y, answer, s.font, s.size, lead)


def _parts(spec: ReportSpec, count: int) -> list[list[Row]]:
    rows = list(spec.rows)
    size = -(-len(rows) // count)
    return [rows[k : k + size] for k in range(0, len(rows), size)]


def _draw_steps(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
    """An e-service's summary print: header row, step bar, "Steg k av n: Name" over bordered, shaded tables."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    c = pager.c
    s = pager.style
    s.font, s.bold = "Times-Roman", "Times-Bold"
    s.size = float(rng.choice((10, 11, 12)))
    lead = s.size * 1.2
    width = PAGE_W - 2 * s.margin
    label_w = rng.choice((0.3, 0.35, 0.4)) * width
    names = STEP_NAMES["ansokan" if spec.form_kind.startswith("ans") else "uppfoljning"]
    parts = _parts(spec, len(names))
    names = names[: len(parts)]
    office = f"Bilaga {spec.appendix}" if spec.appendix else "Trafikkontoret"
    dnr = _dnr(spec, random.Random(spec.name))

    def furniture(p: _Pager) -> None:
        p.y -= s.size
        p.text(s.margin, p.y, office, s.font, s.size - 1)
        c.setFont(s.font, s.size - 1)
        c.drawRightString(PAGE_W - s.margin, p.y, dnr)
        c.setLineWidth(0.5)
        c.rect(s.margin - 2, p.y - 4, width + 4, s.size + 6)
        p.y -= lead * 1.6
        x = s.margin
        for k, name in enumerate([*names, "Skicka"], 1):
            piece = f"{k} {name}"
            p.text(x, p.y, piece, s.bold if k == 1 else s.font, s.size)
            x += stringWidth(piece, s.font, s.size) + 8
            if k <= len(names):
                p.text(x, p.y, "›", s.font, s.size)
                x += stringWidth("›", s.font, s.size) + 8
        p.y -= lead

    def folio() -> None:
        c.setFont(s.font, 9)
        c.drawCentredString(PAGE_W / 2, s.margin - 14, str(pager.page))

    def next_page() -> None:
        folio()
        c.showPage()
        pager.page, pager.y = pager.page + 1, PAGE_H - s.margin
        furniture(pager)

    pager.new_page = next_page  # type: ignore[method-assign]
    furniture(pager)
    for line in _wrap(normalise(spec.title), s.bold, s.size + 4, width):
        pager.y -= (s.size + 4) * 1.3
        pager.text(s.margin, pager.y, line, s.bold, s.size + 4)
    pager.y -= s.size * 0.5
    for k, (name, part) in enumerate(zip(names, parts, strict=True), 1):
        if pager.y - lead * 5 < pager.bottom:
            pager.new_page()
        pager.y -= lead * 1.5
        pager.text(s.margin, pager.y, f"Steg {k} av {len(names)}: {name}", s.bold, s.size + 1)
        pager.y -= 6
        for row in part:
            if row.style == MARKER:  # the stage in a full-width row of its own
                c.setLineWidth(0.5)
                c.rect(s.margin, pager.y - lead - 6, width, lead + 6)
                pager.text(s.margin + 4, pager.y - lead - 1, normalise(row.text), s.bold, s.size)
                pager.y -= lead + 6
                continue
            label = _wrap(normalise(row.label), s.bold, s.size, label_w - 8) or [""]
            answer = _wrap(row.text, s.font, s.size, width - label_w - 8) or [""]
            while answer:
                room = int((pager.y - pager.bottom) // lead) - 1
                if room < min(2, len(answer)):
                    pager.new_page()
                    continue
                take, answer = answer[:room], answer[room:]
                height = max(len(take), len(label)) * lead + 6
                top = pager.y
                c.setFillGray(0.88)
                c.rect(s.margin, top - height, label_w, height, stroke=0, fill=1)
                c.setFillGray(0)
                c.setLineWidth(0.5)
                c.rect(s.margin, top - height, width, height)
                c.line(s.margin + label_w, top, s.margin + label_w, top - height)
                y = top - 3
                for line in label:
                    y -= lead
                    pager.text(s.margin + 4, y + 3, line, s.bold, s.size)
                label = []
                y = top - 3
                for line in take:
                    y -= lead
                    if line:
                        pager.text(s.margin + label_w + 4, y + 3, line, s.font, s.size)
                pager.y = top - height
                if answer:
                    pager.new_page()
    folio()
    pager.save = c.save  # type: ignore[method-assign]


def _draw_vcentre(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
    """A ruled label | answer table, each label vertically centred on its answer's lines; a row broken at a
    page's foot goes on under an empty label cell."""
    c = pager.c
    s = pager.style
    s.font, s.bold = "Helvetica", "Helvetica-Bold"
    s.size = float(rng.choice((10, 11, 12, 13)))
    lead = s.size * rng.choice((1.3, 1.45, 1.6))
    width = PAGE_W - 2 * s.margin
    label_w = rng.choice((150.0, 180.0, 210.0))
    pad = rng.choice((5.0, 8.0))
    # Rows ruled all round, or only the column divider between label and answer cells (rows parted by space).
    row_rules = rng.random() < 0.5
    pager.title(spec)
    pager.y -= rng.choice((0.0, 0.0, 240.0, 360.0))  # room left for a stamp or a note: the table breaks sooner
    c.setLineWidth(0.5)
    c.line(s.margin, pager.y, s.margin + width, pager.y)
    for row in spec.rows:
        if row.style == MARKER:
            pager.y -= lead
            pager.text(s.margin + pad, pager.y, normalise(row.text), s.bold, s.size)
            pager.y -= pad
            c.line(s.margin, pager.y, s.margin + width, pager.y)
            continue
        label = _wrap(normalise(row.label), s.bold, s.size, label_w - 2 * pad) or [""]
        answer = _wrap(row.text, s.font, s.size, width - label_w - 2 * pad) or [""]
        while answer:
            room = int((pager.y - pager.bottom - 2 * pad) // lead)
            if room < min(2, len(answer), len(label)):
                pager.new_page()
                c.setLineWidth(0.5)
                c.line(s.margin, pager.y, s.margin + width, pager.y)
                continue
            take, answer = answer[:room], answer[room:]
            rows_high = max(len(take), len(label) if label else 0)
            top, bottom = pager.y, pager.y - rows_high * lead - 2 * pad
            y = top - pad
            for line in take:
                y -= lead
                if line:
                    pager.text(s.margin + label_w + pad, y + 2, line, s.font, s.size)
            if label:  # centred: the label's block halfway down the row
                y = (top + bottom) / 2 + len(label) * lead / 2
                for line in label:
                    y -= lead
                    pager.text(s.margin + pad, y + 2, line, s.bold, s.size)
                label = []
            c.setLineWidth(0.5)
            for x in (s.margin, s.margin + label_w, s.margin + width) if row_rules else (s.margin + label_w,):
                c.line(x, top, x, bottom)
            if row_rules:
                c.line(s.margin, bottom, s.margin + width, bottom)
            pager.y = bottom - (0 if row_rules else pad)
            if answer:
                pager.new_page()
                c.setLineWidth(0.5)
                c.line(s.margin, pager.y, s.margin + width, pager.y)


def build_text_layer_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` reportlab PDFs (with .truth.json) into out_dir, the shapes in turn."""
    shapes = {
        "rl_watermark": _listed(_draw_watermark, "-"),
        "rl_rules": _listed(_draw_rules, "-"),
        "rl_steps": _draw_steps,
        "rl_vcentre": _draw_vcentre,
    }
    return _build(out_dir, count, seed, shapes)


__all__ = ["SHAPES", "build_text_layer_forms"]

if __name__ == "__main__":
    from layout_scoring import corpus_command

    corpus_command(build_text_layer_forms, 29, 24, "name the files that missed")

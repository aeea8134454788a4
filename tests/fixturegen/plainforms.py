"""Tuning set of issue #12's twenty-fifth round (h30/f-plain): three prints drawn with reportlab's canvas, every
line placed by hand (not iText, not cups-filters' texttopdf, not PoDoFo).

- `rl_help`: each label bold on a line of its own, a guidance line in smaller grey italics under it (or beside it,
  on the label's line), then the answer set in under them, behind a grey vertical bar or only indented; a label
  now and then has no guidance line;
- `rl_plain`: a plain monospaced printout, one Courier size (10 pt: 12 characters an inch), no bold, no rules:
  the running header ("Bilaga N" and the Dnr) and the page number ("Sida n (N)") typed into the lines, an
  application's short fields "Label: value" pairs two to a line, every other section a label on a line of its own
  ("[n] Label" or the label alone) with its answer indented two to six columns under it; pages cut
  by line count as a form feed cuts them;
- `rl_office`: an application form as printed for signing: the title on the left of page 1 and an office-use box
  ("Fylls i av förvaltningen": Ankomstdatum, Diarienummer, Handläggare on empty rules) at its top right; each
  bold label in a left column divided from its answer by one vertical rule a row; at the end a signature block
  of empty captioned rules ("Ort och datum", "Underskrift", "Namnförtydligande").

The bases are the boxes' set's; content and truth are fixturegen's. Seeds 30 and 31 are the tuning part (read
file by file); seed 3001 is kept aside and scored in aggregate only:

    PYTHONPATH=tests .venv/bin/python -m fixturegen.plainforms [--seed 30] [--count 42] [--misses] [--keep DIR]
"""

from __future__ import annotations

import random
import textwrap
from pathlib import Path

from . import boxforms
from .boxforms import PAGE_H, PAGE_W, _Pager, _short, _wrap
from .captionforms import _marker, _running_header
from .spec import MARKER, ReportSpec, Row, normalise
from .textforms import _answer_lines

SHAPES = ("rl_help", "rl_plain", "rl_office")
ITALIC = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic"}
# Guidance lines of a form's own (what to write, not what the field is called); {label} is the label in lower case.
HELP_AMOUNT = (
    "Ange beloppet i hela kronor.",
    "Skriv summan utan moms, i kronor.",
    "Avrunda till närmaste hundratal kronor.",
)
HELP_SHORT = (
    "Skriv som i ansökan.",
    "Fyll i med versaler om du skriver för hand.",
    "Samma uppgift som på första sidan.",
    "Ett namn eller en kort beskrivning räcker.",
)
HELP_LONG = (
    "Beskriv kort och tydligt, högst en halv sida.",
    "Skriv med egna ord vad som har hänt och varför.",
    "Tänk på att texten kan bli offentlig.",
    "Berätta gärna vilka som har deltagit och hur många.",
    "Använd punktlista om det blir tydligare.",
    "Svara på frågan om {label} så konkret du kan.",
)
OFFICE_CAPTIONS = ("Fylls i av förvaltningen", "Förvaltningens anteckningar", "Ifylls av handläggare")
OFFICE_FIELDS = (("Ankomstdatum", "Diarienummer", "Handläggare"), ("Inkom den", "Dnr", "Beslut"))
SIGNATURE = (("Ort och datum", "Underskrift", "Namnförtydligande"), ("Datum", "Namnteckning", "Namnförtydligande"))


def _help_line(row: Row, rng: random.Random) -> str:
    label = normalise(row.label).rstrip(":").lower()
    if any(w.startswith(("kostnad", "belopp", "budget", "kr", "medel")) for w in label.split()):
        return rng.choice(HELP_AMOUNT)
    pool = HELP_SHORT if _short(row) else HELP_LONG
    return rng.choice(pool).format(label=label)


def _draw_help(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
    s = pager.style
    italic = ITALIC[s.font]
    help_size = s.size - rng.choice((1.5, 2.0, 2.5))
    grey = rng.choice((0.4, 0.5, 0.6))
    beside = rng.random() < 0.3  # the guidance on the label's own line, right of it
    bar = rng.random() < 0.7
    indent = rng.choice((10.0, 14.0, 18.0))
    lead = s.size * 1.3
    width = PAGE_W - 2 * s.margin
    header = _running_header(spec)
    pager.on_new_page = lambda p: header(p, s.margin, PAGE_W - s.margin)
    header(pager, s.margin, PAGE_W - s.margin)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    for row in spec.rows:
        if row.style == MARKER:
            _marker(pager, s.margin, row)
            continue
        label = _wrap(normalise(row.label), s.bold, s.size, width)
        guide = _help_line(row, rng) if rng.random() < 0.85 else ""
        answer = _wrap(row.text, s.font, s.size, width - indent - 4) or [""]
        if pager.y - (len(label) + 2 + min(len(answer), 2)) * lead < pager.bottom:
            pager.new_page()
        pager.y -= s.size * 0.6
        for line in label:
            pager.y -= lead
            pager.text(s.margin, pager.y, line, s.bold, s.size)
        if guide:
            if beside and len(label) == 1 and stringWidth(label[0] + guide, s.bold, s.size) < width - 30:
                x = s.margin + stringWidth(label[0], s.bold, s.size) + 12
                pager.text(x, pager.y, guide, italic, help_size, grey)
            else:
                pager.y -= help_size * 1.35
                pager.text(s.margin, pager.y, guide, italic, help_size, grey)
        pager.y -= 3
        top = pager.y
        for line in answer:
            if pager.y - lead < pager.bottom:
                if bar:
                    _bar(pager, s.margin + 2, top, pager.y - 4, grey)
                pager.new_page()
                top = pager.y
            pager.y -= lead
            if line:
                pager.text(s.margin + indent, pager.y, line, s.font, s.size)
        if bar:
            _bar(pager, s.margin + 2, top, pager.y - 4, grey)
        pager.y -= 4


def _bar(pager: _Pager, x: float, top: float, bottom: float, grey: float) -> None:
    c = pager.c
    c.setStrokeGray(grey)
    c.setLineWidth(2.0)
    c.line(x, top, x, bottom)
    c.setStrokeGray(0)
    c.setLineWidth(0.5)


# ---------------------------------------------------------------- a monospaced printout


def plain_lines(spec: ReportSpec, rng: random.Random, width: int) -> list[str]:
    """The form typed as lines `width` characters wide (without the running header and page numbers)."""
    numbering = rng.choice(("bracket", "bracket", "none"))
    indent = rng.choice((2, 4, 4, 6))
    title = [normalise(x) for x in spec.title.split("\n")]
    lines = [*title, ""]
    if rng.random() < 0.5:
        lines[-1:] = ["-" * min(width, max(len(x) for x in title)), ""]
    rows = list(spec.rows)
    head: list[Row] = []
    if "application" in spec.name:
        while rows and _short(rows[0]) and len(head) < 6:
            head.append(rows.pop(0))
    half = width // 2
    pairs = [f"{normalise(r.label).rstrip(':')}: {normalise(r.text)}" for r in head]
    k = 0
    while k < len(pairs):
        left = pairs[k]
        at = max(half, len(left) + 3)  # the second pair at the middle, or three spaces on
        if k + 1 < len(pairs) and at + len(pairs[k + 1]) <= width:
            lines.append(left.ljust(at) + pairs[k + 1])
            k += 2
        else:
            lines.append(left)
            k += 1
    if head:
        lines.append("")
    number = 0
    for row in rows:
        if row.style == MARKER:
            lines += [normalise(row.text), ""]
            continue
        number += 1
        label = normalise(row.label)
        label = {"bracket": f"[{number}] {label}", "none": label}[numbering]
        lines += textwrap.wrap(label, width, break_long_words=False)
        lines += [" " * indent + x if x else "" for x in _answer_lines(row.text, width - indent)]
        lines.append("")
    return lines


def _draw_plain(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
    size, lead = 10.0, 12.0  # Courier 10: 6 pt a character, 12 to the inch; six lines to the inch
    margin = rng.choice((36.0, 42.0, 50.0))
    width = int((PAGE_W - 2 * margin) / 6.0) - rng.choice((0, 4, 8))
    per_page = int((PAGE_H - 2 * margin) / lead) - rng.choice((0, 4, 8))
    body = per_page - 4  # the header's line and a blank, a blank and the page number's line
    lines = plain_lines(spec, rng, width)
    pages = [lines[i : i + body] for i in range(0, len(lines), body)]
    left = f"Bilaga {spec.appendix}" if spec.appendix else "Trafikkontoret"
    dnr = f"Dnr {rng.choice(('1.5.1', '2.1.2', '3.2'))}-{rng.randint(100, 999)}/{spec.year or 2020}"
    footer = rng.choice(("right", "centre", "left"))
    pager.save = pager.c.save  # type: ignore[method-assign]  # no page number of the pager's own: one font only
    for n, page in enumerate(pages, 1):
        if n > 1:
            pager.c.showPage()
        number = f"Sida {n} ({len(pages)})"
        typed = [left + " " * max(2, width - len(left) - len(dnr)) + dnr, "", *page]
        typed += [""] * (per_page - 1 - len(typed)) + [
            {"right": number.rjust(width), "centre": number.center(width).rstrip(), "left": number}[footer]
        ]
        pager.c.setFont("Courier", size)
        for k, line in enumerate(typed):
            if line.strip():
                pager.c.drawString(margin, PAGE_H - margin - size - k * lead, line)


# ---------------------------------------------------------------- an office box and a signature block


def _office_box(pager: _Pager, rng: random.Random, x: float, top: float, w: float) -> float:
    """The office's box at (x, top), `w` wide; its bottom."""
    s, c = pager.style, pager.c
    size = s.label_size
    fields = rng.choice(OFFICE_FIELDS)
    height = 14 + len(fields) * 22
    c.setLineWidth(0.75)
    c.rect(x, top - height, w, height)
    pager.text(x + 5, top - 11, rng.choice(OFFICE_CAPTIONS), s.bold, size)
    y = top - 14
    for name in fields:
        y -= 22
        pager.text(x + 5, y + 3, name, s.font, size)
        c.setLineWidth(0.4)
        c.line(x + 5 + 62, y + 1, x + w - 6, y + 1)
    return top - height


def _draw_office(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
    s = pager.style
    width = PAGE_W - 2 * s.margin
    header = _running_header(spec)
    pager.on_new_page = lambda p: header(p, s.margin, PAGE_W - s.margin)
    header(pager, s.margin, PAGE_W - s.margin)
    box_w = rng.choice((170.0, 185.0, 200.0))
    top = pager.y
    bottom = _office_box(pager, rng, PAGE_W - s.margin - box_w, top, box_w)
    for line in _wrap(normalise(spec.title), s.bold, s.size + 4, width - box_w - 20):
        pager.y -= (s.size + 4) * 1.25
        pager.text(s.margin, pager.y, line, s.bold, s.size + 4)
    pager.y = min(pager.y, bottom) - s.size * 1.5
    label_col = rng.choice((120.0, 135.0, 150.0))
    lead = s.size * 1.3
    frame = rng.random() < 0.5  # a rule under each row too
    c = pager.c
    for row in spec.rows:
        if row.style == MARKER:
            _marker(pager, s.margin, row)
            continue
        label = _wrap(normalise(row.label), s.bold, s.size, label_col - 12)
        answer = _wrap(row.text, s.font, s.size, width - label_col - 6) or [""]
        if pager.y - max(len(label), min(len(answer), 2)) * lead - 8 < pager.bottom:
            pager.new_page()
        row_top = pager.y - 3
        y = row_top
        for k, line in enumerate(label):
            pager.text(s.margin, row_top - (k + 1) * lead, line, s.bold, s.size)
        for line in answer:
            if y - lead < pager.bottom:
                c.setLineWidth(0.5)
                c.line(s.margin + label_col - 6, row_top + 2, s.margin + label_col - 6, y - 4)
                pager.new_page()
                row_top = y = pager.y - 3
            y -= lead
            if line:
                pager.text(s.margin + label_col, y, line, s.font, s.size)
        row_bottom = min(y, row_top - len(label) * lead) - 4
        c.setLineWidth(0.5)
        c.line(s.margin + label_col - 6, row_top + 2, s.margin + label_col - 6, row_bottom)
        if frame:
            c.line(s.margin, row_bottom, s.margin + width, row_bottom)
        pager.y = row_bottom - 4
    _signature(pager, rng, width)


def _signature(pager: _Pager, rng: random.Random, width: float) -> None:
    """The empty captioned rules to sign on, two a row or one under the other."""
    s, c = pager.style, pager.c
    names = rng.choice(SIGNATURE)
    across = rng.random() < 0.5
    need = 50 if across else 36 * len(names)
    if pager.y - need - 20 < pager.bottom:
        pager.new_page()
    pager.y -= 14
    if rng.random() < 0.5:
        pager.text(s.margin, pager.y, rng.choice(("Underskrift", "Sökandens underskrift")), s.bold, s.size)
    c.setLineWidth(0.5)
    if across:
        w = (width - 20 * (len(names) - 1)) / len(names)
        pager.y -= 34
        for k, name in enumerate(names):
            x = s.margin + k * (w + 20)
            c.line(x, pager.y, x + w, pager.y)
            pager.text(x, pager.y - s.label_size - 2, name, s.font, s.label_size)
    else:
        for name in names:
            pager.y -= 34
            c.line(s.margin, pager.y, s.margin + 240, pager.y)
            pager.text(s.margin, pager.y - s.label_size - 2, name, s.font, s.label_size)
    pager.y -= 20


def build_plain_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` reportlab PDFs (with .truth.json) into out_dir, the three shapes in turn."""
    shapes = {"rl_help": boxforms.titled(_draw_help), "rl_plain": _draw_plain, "rl_office": _draw_office}
    return boxforms.build_in_turn(out_dir, count, seed, ("plainforms", "pf"), boxforms.BASES, shapes)


if __name__ == "__main__":
    from layout_scoring import corpus_command

    corpus_command(build_plain_forms, 30, 42, "name the files that missed")

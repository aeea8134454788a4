"""Tuning set of issue #12's twenty-sixth round (h31/f-textforms): a form printed as plain text by a print
filter that sets its own pitch, drawn with reportlab's canvas word by word at fixed columns (not cups-filters'
texttopdf, not f-plain's `rl_plain`, whose Courier keeps its natural 0.6 em pitch).

`rl_pitched`: one Courier size a little under the pitch's natural size (10 or 12 characters an inch, the type
0.92 to 0.98 of the size that pitch is drawn at), so a word space is wider than 0.6 of the type; each character put at
its column. The running header ("Bilaga N" and a Dnr) and a page number typed into the lines, pages cut by line
count (a form feed); the short fields one of two ways:

- two "Label: value" pairs a line, the second at a tab stop, a pair too long for its half alone on its line and
  its value wrapped at the printout's width with a hanging indent (under the value or a few columns in);
- one pair a line, each label padded with dots or spaces to a colon column, the values lined up after it and
  wrapped under their own start;

every other section a label on its own line, with an item number ("[n]") or none, wrapped at the
printout's width with a hanging indent (under the label's first word or at the answers' indent), its answer
indented under it.

Seeds 41 and 42 are the tuning part (read file by file); seed 4101 is kept aside and scored in aggregate only:

    PYTHONPATH=tests .venv/bin/python -m fixturegen.printouts [--seed 41] [--count 28] [--misses] [--keep DIR]
"""

from __future__ import annotations

import random
from pathlib import Path

from . import boxforms
from .boxforms import PAGE_H, PAGE_W, _Pager, _short
from .spec import MARKER, ReportSpec, Row, normalise
from .textforms import _answer_lines

SHAPES = ("rl_pitched",)
NUMBERS = ("[{n}] ", "[{n}] ", "")


def _hanging(text: str, width: int, first: int, hang: int) -> list[tuple[int, str]]:
    """`text` wrapped at `width` columns, its first line at column `first` and the rest at `hang`."""
    out: list[tuple[int, str]] = []
    words = text.split()
    line: list[str] = []
    col = first
    for word in words:
        if line and col + len(" ".join([*line, word])) > width:
            out.append((col, " ".join(line)))
            line, col = [], hang
        line.append(word)
    if line or not out:
        out.append((col, " ".join(line)))
    return out


def _pairs_two(head: list[Row], rng: random.Random, width: int) -> list[tuple[int, str]]:
    """Two "Label: value" pairs a line at a tab stop; a pair too long for its half alone, wrapped hanging."""
    stop = rng.choice((width // 2, width // 2 + 2, 40 if width > 60 else width // 2))
    hang = rng.choice((4, None))  # None: under the value's start
    pairs = [(f"{normalise(r.label).rstrip(':')}:", normalise(r.text)) for r in head]
    out: list[tuple[int, str]] = []
    k = 0
    while k < len(pairs):
        label, value = pairs[k]
        left = f"{label} {value}".rstrip()
        if len(left) < stop - 1 and k + 1 < len(pairs) and stop + len(" ".join(pairs[k + 1]).rstrip()) <= width:
            out += [(0, left), (-stop, " ".join(pairs[k + 1]).rstrip())]  # a negative column: same line
            k += 2
            continue
        out += _hanging(left, width, 0, len(label) + 1 if hang is None else hang)
        k += 1
    return out


def _pairs_padded(head: list[Row], rng: random.Random, width: int) -> list[tuple[int, str]]:
    """One pair a line, each label padded with dots or spaces to one colon column, the values wrapped under
    their own start."""
    fill = rng.choice((".", " ", "."))
    column = max(len(normalise(r.label).rstrip(":")) for r in head) + rng.choice((1, 2, 3))
    out: list[tuple[int, str]] = []
    for r in head:
        label = normalise(r.label).rstrip(":")
        padded = label + " " + fill * (column - len(label) - 1) if fill == "." else label.ljust(column)
        value = normalise(r.text)
        lines = _hanging(value, width, column + 2, column + 2) if value else [(column + 2, "")]
        out.append((0, f"{padded}: {lines[0][1]}".rstrip()))
        out += lines[1:]
    return out


def printout_lines(spec: ReportSpec, rng: random.Random, width: int) -> list[tuple[int, str]]:
    """The form as (column, text) lines `width` columns wide (a negative column sets text on the line before)."""
    numbering = rng.choice(NUMBERS)
    indent = rng.choice((3, 4, 4, 6, 8))
    title = [normalise(x) for x in spec.title.split("\n")]
    lines: list[tuple[int, str]] = [(0, x) for x in title]
    lines += [(0, rng.choice(("=", "-", "*")) * max(len(x) for x in title)), (0, "")]
    rows = list(spec.rows)
    head: list[Row] = []
    if "application" in spec.name:
        while rows and _short(rows[0]) and len(head) < 7:
            head.append(rows.pop(0))
    if head:
        pairs = _pairs_two if rng.random() < 0.6 else _pairs_padded
        lines += [*pairs(head, rng, width), (0, "")]
    number = 0
    for row in rows:
        if row.style == MARKER:
            lines += [(0, normalise(row.text).upper()), (0, "")]
            continue
        number += 1
        prefix = numbering.format(n=number)
        hang = rng.choice((len(prefix), indent)) if prefix else 0
        lines += _hanging(prefix + normalise(row.label), width, 0, hang)
        lines += [(indent, x) for x in _answer_lines(row.text, width - indent)]
        lines.append((0, ""))
    return lines


def _draw_pitched(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
    cpi = rng.choice((10, 12, 12))
    pitch = 72.0 / cpi
    size = pitch / 0.6 * rng.choice((0.92, 0.95, 0.97, 0.98))  # Courier's advance is 0.6 em
    lead = rng.choice((12.0, 12.0, 13.0)) * size / 10
    margin = rng.choice((42.0, 50.0, 56.0))
    width = int((PAGE_W - 2 * margin) / pitch) - rng.choice((0, 2, 6))
    per_page = int((PAGE_H - 2 * margin) / lead) - 4
    lines = printout_lines(spec, rng, width)
    rows: list[list[tuple[int, str]]] = []
    for col, text in lines:
        if col < 0 and rows:
            rows[-1].append((-col, text))
        else:
            rows.append([(col, text)])
    pages = [rows[i : i + per_page] for i in range(0, len(rows), per_page)]
    left = f"Bilaga {spec.appendix}" if spec.appendix else "Trafikkontoret"
    dnr = f"Dnr {rng.choice(('1.2', '2.1.2', '3.4'))}-{rng.randint(100, 999)}/{spec.year or 2021}"
    footer = rng.choice(("Sida {n} av {m}", "- {n} -", "{n} ({m})"))
    c = pager.c
    pager.save = c.save  # type: ignore[method-assign]  # no page number of the pager's own: one font only

    def put(k: int, col: int, text: str) -> None:
        y = PAGE_H - margin - size - k * lead
        at = col
        for char in text.replace("\u00a0", " "):  # each character at its column: the pitch, not the type, sets it
            if char != " ":
                c.drawString(margin + at * pitch, y, char)
            at += 1

    for n, page in enumerate(pages, 1):
        if n > 1:
            c.showPage()
        c.setFont("Courier", size)
        put(0, 0, left)
        put(0, width - len(dnr), dnr)
        for k, row in enumerate(page, 2):
            for col, text in row:
                put(k, col, text)
        number = footer.format(n=n, m=len(pages))
        put(per_page + 3, (width - len(number)) // 2 if "-" in footer else width - len(number), number)


def build_printouts(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` reportlab PDFs (with .truth.json) into out_dir."""
    shapes = {"rl_pitched": _draw_pitched}
    return boxforms.build_in_turn(out_dir, count, seed, ("printouts", "po"), boxforms.BASES, shapes)


if __name__ == "__main__":
    from layout_scoring import corpus_command

    corpus_command(build_printouts, 41, 28, "name the files that missed")

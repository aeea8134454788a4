"""Tuning set of issue #12's twenty-fourth round (h29/f-captions): two hand-placed prints drawn with
reportlab's canvas (not libharu, not Qt).

- `rl_caption`: each answer typed on ruled writing lines across the page, its label a small grey caption
  under the last rule (as under a signature line); an empty answer is one or two bare rules over its caption;
  an application's first short fields two or three such cells a row, a follow-up's one or two;
- `rl_sidebar`: a tinted letterhead band down the left or right edge of page 1 ("Stockholms stad", the
  office, post and visiting address, the switchboard's number, "stockholm.se", sometimes a logo box), the
  form beside it: an application's short fields a grid of bold label | value | label | value, every other
  section a bold label in a column beside its answer with a rule under the answer; later pages keep the
  form's column or take the whole measure.

The bases are the boxes' set's; content and truth are fixturegen's.
Seed 29 is the tuning part; seed 2901 is kept aside and scored in aggregate only:

    PYTHONPATH=tests .venv/bin/python -m fixturegen.captionforms [--seed 29] [--count 28] [--misses] [--keep DIR]
    PYTHONPATH=tests .venv/bin/python -m fixturegen.captionforms --corners [--seed 29] [--count 14] (the guard set:
    `rl_corner`, a ruled grid of small captions in each cell's top left corner over the answer)
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from . import boxforms
from .boxforms import PAGE_H, PAGE_W, _Pager, _short, _wrap
from .spec import FIELD, MARKER, ReportSpec, Row, normalise

SHAPES = ("rl_caption", "rl_sidebar")
STREETS = ("Storgatan", "Kyrkvägen", "Torgvägen", "Parkgatan", "Skolvägen", "Bruksgatan", "Ängsvägen")
POST_TOWNS = ("Stockholm", "Spånga", "Bromma", "Hägersten", "Farsta", "Skärholmen", "Bandhagen")


def _running_header(spec: ReportSpec) -> Callable[[_Pager, float, float], None]:
    """Every page's running header over the form, from x0 to x1: "Bilaga N" (or the office) and a Dnr."""
    rng = random.Random(f"{spec.name}-header")
    left = f"Bilaga {spec.appendix}" if spec.appendix else "Trafikkontoret"
    dnr = f"Dnr {rng.choice(('1.5.1', '2.1.2', '3.2'))}-{rng.randint(100, 999)}/{spec.year or 2020}"

    def draw(pager: _Pager, x0: float, x1: float) -> None:
        y = PAGE_H - pager.style.margin + 16
        pager.text(x0, y, left, pager.style.font, 8.0)
        pager.c.setFont(pager.style.font, 8.0)
        pager.c.drawRightString(x1, y, dnr)

    return draw


def _marker(pager: _Pager, x: float, row: Row) -> None:
    s = pager.style
    pager.y -= s.size * 1.6
    if pager.y < pager.bottom:
        pager.new_page()
        pager.y -= s.size * 1.6
    pager.text(x, pager.y, normalise(row.text), s.bold, s.size)
    pager.y -= 4


def _draw_captions(pager: _Pager, spec: ReportSpec, rng: random.Random, wrap_cells: bool = False) -> None:
    s = pager.style
    pitch = s.size * rng.choice((1.6, 1.8, 2.0))  # writing lines are set wider than a paragraph's
    drop = rng.choice((0.5, 2.5, 3.0, 3.5, 4.5))  # the rule under the typed baseline (0.5: through descenders)
    below = s.label_size + rng.choice((1.0, 2.0, 3.0, 4.0, 6.0))  # the caption's baseline under the last rule
    gap = s.size * rng.choice((1.0, 1.4))
    width = PAGE_W - 2 * s.margin
    header = _running_header(spec)
    pager.on_new_page = lambda p: header(p, s.margin, PAGE_W - s.margin)
    header(pager, s.margin, PAGE_W - s.margin)
    rows = list(spec.rows)
    application = "application" in spec.name
    per_row = rng.choice((2, 3)) if application else rng.choice((1, 2))
    head: list[Row] = []
    # Cells that wrap take longer fields too (a place written out, a long project name).
    short = _cell_field if wrap_cells else _short
    look = _Look(rng) if wrap_cells else _Look(None)
    if look.empty_first and rows and rows[0].key not in ("projektnamn", "insats", "plats"):
        rows[0].text = ""  # (the project's name and place are never left empty: the truth's header needs them)
    while rows and short(rows[0]) and len(head) < 6:
        head.append(rows.pop(0))

    def rule(x: float, y: float, w: float) -> None:
        pager.c.setLineWidth(0.5)
        pager.c.line(x, y - drop, x + w, y - drop)

    cell_gap = 14.0
    if wrap_cells:
        _wrapped_cell_rows(pager, head, rng, (pitch, drop, below, gap), rule, look)
        head = []
    while head:
        n = min(per_row, len(head))
        # A row takes as many cells as fit their answers on one line; one cell alone is a full-width field.
        while n > 1 and any(
            len(_wrap(normalise(r.text), s.font, s.size, (width - cell_gap * (n - 1)) / n - 4)) > 1 for r in head[:n]
        ):
            n -= 1
        if n == 1:
            rows[0:0] = head
            break
        group, head = head[:n], head[n:]
        cell = (width - cell_gap * (n - 1)) / n
        boxforms.empty_one(group, rng)
        pager.y -= pitch
        for k, row in enumerate(group):
            x = s.margin + k * (cell + cell_gap)
            if row.text:
                pager.text(x + 2, pager.y, normalise(row.text), s.font, s.size)
            rule(x, pager.y, cell)
            pager.text(x, pager.y - drop - below, normalise(row.label), s.font, s.label_size, s.grey)
        pager.y -= drop + below + gap
    for row in rows:
        if row.style == MARKER:
            _marker(pager, s.margin, row)
            continue
        lines = _wrap(row.text, s.font, s.size, width - 4) or [""] * rng.choice((1, 2))
        if pager.y - min(len(lines), 2) * pitch - below < pager.bottom:
            pager.new_page()
        bare = look.bare and any(lines) and rng.random() < 0.6  # typed free, no writing lines under it
        for line in lines:
            if pager.y - pitch - below - drop < pager.bottom:
                pager.new_page()
            pager.y -= pitch
            if line:
                pager.text(s.margin + 2, pager.y, line, s.font, s.size)
            if not bare:
                rule(s.margin, pager.y, width)
        pager.y -= look.caption(pager, s.margin, pager.y - drop - below, normalise(row.label), width)
        pager.y -= drop + below + gap


def _cell_field(row: Row) -> bool:
    return row.style == FIELD and len(normalise(row.text)) <= 90 and "\n" not in row.text and row.key is not None


class _Look:
    """The wrapped-cells shape's other choices (h30/f-textforms), none without an rng (the first shapes'
    drawing stays as it was): captions set in a narrow measure and wrapping onto a second line, the form's
    very first field left empty, long answers typed free with no writing lines under them."""

    def __init__(self, rng: random.Random | None) -> None:
        self.measure = rng.choice((1.0, 1.0, 0.45, 0.6)) if rng else 1.0
        self.empty_first = bool(rng) and rng.random() < 0.25  # type: ignore[union-attr]
        self.bare = bool(rng) and rng.random() < 0.35  # type: ignore[union-attr]

    def caption(self, pager: _Pager, x: float, y: float, text: str, width: float) -> float:
        """Draw the caption from baseline `y`, wrapped at this look's share of `width`; how far its later
        lines reach below the first."""
        s = pager.style
        lines = _wrap(text, s.font, s.label_size, width * self.measure) or [text]
        for k, line in enumerate(lines):
            pager.text(x, y - k * s.label_size * 1.2, line, s.font, s.label_size, s.grey)
        return (len(lines) - 1) * s.label_size * 1.2


def _wrapped_cell_rows(
    pager: _Pager,
    head: list[Row],
    rng: random.Random,
    spacing: tuple[float, float, float, float],
    rule: Callable[[float, float, float], None],
    look: _Look,
) -> None:
    """Short fields two or three cells a row whatever their answers' length: an answer wraps inside its cell
    onto as many ruled lines as it needs, each cell's caption under its own last rule (so a shorter cell's
    caption stands level with a longer one's next line); an empty cell one bare rule or two over its caption."""
    s = pager.style
    pitch, drop, below, gap = spacing
    width = PAGE_W - 2 * s.margin
    cell_gap = rng.choice((10.0, 14.0, 20.0))
    first = True
    while head:
        n = min(rng.choice((2, 3, 3)), len(head))
        group, head = head[:n], head[n:]
        if not first or not look.empty_first:
            boxforms.empty_one(group, rng)
        first = False
        cell = (width - cell_gap * (n - 1)) / n
        cells = [_wrap(normalise(r.text), s.font, s.size, cell - 4) or [""] * rng.choice((1, 2)) for r in group]
        if pager.y - max(len(c) for c in cells) * pitch - below - drop < pager.bottom:
            pager.new_page()
        top = pager.y
        deepest = 0.0
        for k, (row, lines) in enumerate(zip(group, cells)):
            x = s.margin + k * (cell + cell_gap)
            y = top
            for line in lines:
                y -= pitch
                if line:
                    pager.text(x + 2, y, line, s.font, s.size)
                rule(x, y, cell)
            deepest = max(deepest, top - y + look.caption(pager, x, y - drop - below, normalise(row.label), cell))
        pager.y = top - deepest - drop - below - gap


def _draw_wrapped_captions(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
    _draw_captions(pager, spec, rng, wrap_cells=True)


def _draw_centred_sidebar(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
    _draw_sidebar(pager, spec, rng, centred_title=True)


def _letterhead(pager: _Pager, spec: ReportSpec, rng: random.Random, band: float, left: bool) -> None:
    """The first page's tinted band with the office's address lines."""
    c = pager.c
    x0 = 0.0 if left else PAGE_W - band
    c.setFillGray(rng.choice((0.88, 0.92, 0.95)))
    c.rect(x0, 0, band, PAGE_H, stroke=0, fill=1)
    if random.Random(f"{spec.name}-edge").random() < 0.5:  # the band's inner edge drawn as a rule
        c.setLineWidth(0.75)
        c.line(band if left else x0, 0, band if left else x0, PAGE_H)
    c.setFillGray(0)
    x = x0 + 16
    # The band's text starts under the running header's row, or beside it at the paper's top.
    y = PAGE_H - random.Random(f"{spec.name}-band").choice((pager.style.margin + 6, 24.0))
    if rng.random() < 0.5:  # a logo's box over the name
        c.rect(x, y - 30, 30, 30, stroke=1, fill=0)
        y -= 44
    size = rng.choice((7.5, 8.0, 8.5))
    font, bold = pager.style.font, pager.style.bold
    office = "Trafikkontoret" if "traffic" in spec.name else f"{spec.district} stadsdelsförvaltning"
    lines: list[tuple[str, str]] = [("Stockholms stad", bold), ("", font)]
    lines += [(t, font) for t in _wrap(office, font, size, band - 28)]
    street = f"{rng.choice(STREETS)} {rng.randint(1, 40)}"
    town = rng.choice(POST_TOWNS)
    number = f"{rng.randint(100, 199)} {rng.randint(10, 99)}"
    lines += [("", font), ("Postadress", bold), (f"Box {rng.randint(1000, 9999)}", font), (f"{number} {town}", font)]
    if rng.random() < 0.6:
        lines += [("", font), ("Besöksadress", bold), (street, font)]
    lines += [("", font), (f"Telefon växel 08-508 {rng.randint(10, 99)} 000", font), ("stockholm.se", font)]
    for text, face in lines:
        y -= size * 1.45
        if text:
            pager.text(x, y, text, face, size + (2 if text == "Stockholms stad" else 0))


def _draw_sidebar(pager: _Pager, spec: ReportSpec, rng: random.Random, centred_title: bool = False) -> None:
    s = pager.style
    band = rng.choice((140.0, 150.0, 165.0))
    left = rng.random() < 0.75
    form_x = band + 24 if left else s.margin
    form_w = PAGE_W - band - 24 - s.margin
    keep_column = rng.random() < 0.5
    _letterhead(pager, spec, rng, band, left)
    header = _running_header(spec)
    if random.Random(f"{spec.name}-across").random() < 0.5:  # the header over the whole sheet, band and all
        header(pager, 16.0 if left else s.margin, PAGE_W - s.margin if left else PAGE_W - 16)
    else:
        header(pager, form_x, form_x + form_w)

    def later_page(p: _Pager) -> None:
        nonlocal form_x, form_w
        if not keep_column:
            form_x, form_w = s.margin, PAGE_W - 2 * s.margin
        header(p, form_x, form_x + form_w)

    pager.on_new_page = later_page
    from reportlab.pdfbase.pdfmetrics import stringWidth

    # The title left at the form's edge, or centred over it and wrapped shorter (h30/f-textforms's shape).
    measure = form_w * rng.choice((0.4, 0.5, 0.6)) if centred_title else form_w
    for line in _wrap(normalise(spec.title), s.bold, s.size + 3, measure):
        pager.y -= (s.size + 3) * 1.25
        inset = (form_w - stringWidth(line, s.bold, s.size + 3)) / 2 if centred_title else 0.0
        pager.text(form_x + inset, pager.y, line, s.bold, s.size + 3)
    pager.y -= s.size
    lead = s.size * 1.3
    rows = list(spec.rows)
    if "application" in spec.name:
        head: list[Row] = []
        while rows and _short(rows[0]) and len(head) < 6:
            head.append(rows.pop(0))
        half = form_w / 2
        label_w = max(stringWidth(normalise(r.label), s.bold, s.size) for r in head) + 8 if head else 0.0
        pairs: list[list[Row]] = []
        alone = False  # a long value takes a row alone
        for row in head:
            long = stringWidth(normalise(row.text), s.font, s.size) > half - label_w - 10
            if pairs and len(pairs[-1]) == 1 and not long and not alone:
                pairs[-1].append(row)
            else:
                pairs.append([row])
            alone = long
        for pair in pairs:
            pager.y -= lead
            for k, row in enumerate(pair):
                x = form_x + k * half
                pager.text(x, pager.y, normalise(row.label), s.bold, s.size)
                pager.text(x + label_w, pager.y, normalise(row.text), s.font, s.size)
        pager.y -= lead * 0.8
        pager.c.setLineWidth(0.5)
        pager.c.line(form_x, pager.y, form_x + form_w, pager.y)
    label_col = rng.choice((110.0, 125.0, 140.0))
    for row in rows:
        if row.style == MARKER:
            _marker(pager, form_x, row)
            continue
        label = _wrap(normalise(row.label), s.bold, s.size, label_col - 10)
        answer = _wrap(row.text, s.font, s.size, form_w - label_col) or [""]
        if pager.y - max(len(label), min(len(answer), 2)) * lead - 8 < pager.bottom:
            pager.new_page()
        top = pager.y - 6
        for k, line in enumerate(label):
            pager.text(form_x, top - (k + 1) * lead, line, s.bold, s.size)
        y = pager.lines_down(form_x + label_col, top, answer, s.font, s.size, lead)
        pager.y = min(y, top - len(label) * lead) - 5
        pager.c.setLineWidth(0.5)
        pager.c.line(form_x, pager.y, form_x + form_w, pager.y)


def _draw_corners(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
    """The guard shape: an authority's ruled grid, each cell's small caption in its top left corner right
    under the cell's top edge, the typed answer under it, a cell a row (labels over answers, not under)."""
    s = pager.style
    lead = s.size * 1.25
    pad = rng.choice((1.5, 2.0, 3.0))
    width = PAGE_W - 2 * s.margin
    pager.c.setLineWidth(0.5)
    for row in spec.rows:
        if row.style == MARKER:
            _marker(pager, s.margin, row)
            continue
        lines = _wrap(row.text, s.font, s.size, width - 8) or [""]
        height = pad + s.label_size + 2 + len(lines) * lead + 3
        if pager.y - height < pager.bottom:
            pager.new_page()
        top = pager.y
        pager.text(s.margin + 3, top - pad - s.label_size * 0.8, normalise(row.label), s.font, s.label_size, s.grey)
        y = top - pad - s.label_size - 2
        for line in lines:
            y -= lead
            if line:
                pager.text(s.margin + 3, y + s.size * 0.25, line, s.font, s.size)
        bottom = top - height
        pager.c.rect(s.margin, bottom, width, height)
        pager.y = bottom


def build_corner_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """The guard set: `count` ruled grids of corner captions over their answers (must stay read as they are)."""
    shapes = {"rl_corner": boxforms.titled(_draw_corners)}
    return boxforms.build_in_turn(out_dir, count, seed, ("cornerforms", "cc"), boxforms.BASES, shapes)


def build_wrapped_caption_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """`count` forms of h30/f-textforms's tuning set in turn: caption forms whose short fields' cells wrap
    (`rl_wrapcells`), and the letterhead band's form under a title centred over its columns (`rl_centred`)."""
    shapes = {"rl_wrapcells": boxforms.titled(_draw_wrapped_captions), "rl_centred": _draw_centred_sidebar}
    return boxforms.build_in_turn(out_dir, count, seed, ("wrapcaptionforms", "wc"), boxforms.BASES, shapes)


def _draw_ruled_pairs(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
    """h30/f-textforms's second shape: the short fields a ruled table of two label | value pairs a row, each cell
    padded by a few points only, so a value (or a label) that fills its cell stands a little more than two word
    spaces from the next cell's words; a cell's text wraps inside it; each row's rule drawn cell by cell or
    across; the other sections a bold label on a line of its own over its answer."""
    s = pager.style
    width = PAGE_W - 2 * s.margin
    lead = s.size * 1.2
    pad = rng.choice((2.5, 3.0, 3.5))
    label_w = rng.choice((80.0, 90.0, 100.0))
    value_w = (width - 2 * label_w) / 2
    edges = [s.margin, s.margin + label_w, s.margin + label_w + value_w, s.margin + 2 * label_w + value_w]
    widths = [label_w, value_w, label_w, value_w]
    by_cell = rng.random() < 0.5
    header = _running_header(spec)
    pager.on_new_page = lambda p: header(p, s.margin, PAGE_W - s.margin)
    header(pager, s.margin, PAGE_W - s.margin)
    rows = list(spec.rows)
    head: list[Row] = []
    while rows and _cell_field(rows[0]) and len(head) < 8:
        head.append(rows.pop(0))
    pager.c.setLineWidth(0.5)
    for start in range(0, len(head), 2):
        group = head[start : start + 2]
        boxforms.empty_one(group, rng)
        texts = [t for r in group for t in (normalise(r.label), normalise(r.text))]
        cells = [_wrap(text, s.font, s.size, w - 2 * pad) or [""] for text, w in zip(texts, widths)]
        top = pager.y
        for x, lines in zip(edges, cells):
            for k, line in enumerate(lines):
                if line:
                    pager.text(x + pad, top - pad - s.size - k * lead, line, s.font, s.size)
        pager.y = top - 2 * pad - s.size - (max(len(c) for c in cells) - 1) * lead - s.size * 0.3
        if by_cell:
            for x, w in zip(edges, widths):
                pager.c.line(x, pager.y, x + w, pager.y)
        else:
            pager.c.line(s.margin, pager.y, s.margin + width, pager.y)
    pager.y -= s.size
    for row in rows:
        if row.style == MARKER:
            _marker(pager, s.margin, row)
            continue
        if pager.y - 3 * lead < pager.bottom:
            pager.new_page()
        pager.y -= lead * 1.4
        pager.text(s.margin, pager.y, normalise(row.label), s.bold, s.size)
        for line in _wrap(row.text, s.font, s.size, width):
            if pager.y - lead < pager.bottom:
                pager.new_page()
            pager.y -= lead
            if line:
                pager.text(s.margin, pager.y, line, s.font, s.size)


def build_ruled_pair_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """`count` forms whose short fields are a ruled table of pairs, cells filled to their padding
    (`rl_ruledpairs`; h30/f-textforms's second tuning set)."""
    shapes = {"rl_ruledpairs": boxforms.titled(_draw_ruled_pairs)}
    return boxforms.build_in_turn(out_dir, count, seed, ("ruledpairforms", "rp"), boxforms.BASES, shapes)


def build_caption_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` reportlab PDFs (with .truth.json) into out_dir, the two shapes in turn."""
    shapes = {"rl_caption": boxforms.titled(_draw_captions), "rl_sidebar": _draw_sidebar}
    return boxforms.build_in_turn(out_dir, count, seed, ("captionforms", "cp"), boxforms.BASES, shapes)


if __name__ == "__main__":
    import sys

    from layout_scoring import corpus_command

    if "--ruled-pairs" in sys.argv:  # the twenty-fifth round's ruled table of pairs
        sys.argv.remove("--ruled-pairs")
        corpus_command(build_ruled_pair_forms, 33, 21, "name the files that missed")
    elif "--wrapped" in sys.argv:  # the twenty-fifth round's cells that wrap
        sys.argv.remove("--wrapped")
        corpus_command(build_wrapped_caption_forms, 31, 21, "name the files that missed")
    elif "--corners" in sys.argv:  # the guard set
        sys.argv.remove("--corners")
        corpus_command(build_corner_forms, 29, 14, "name the files that missed")
    else:
        corpus_command(build_caption_forms, 29, 28, "name the files that missed")

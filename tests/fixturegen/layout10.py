"""Tuning families of issue #12's tenth round: text-layer layouts no earlier generator drew, each by
its own small drawing code (not the held-out generators', nor `layout.py`'s):

- `newspaper`: the page in two text columns (the title across both), each field a label line above
  its answer, the fields flowing down the left column, then the right;
- `margin_labels`: labels in the left margin in a smaller type, wrapping there, the answer in the
  main column level with the label's first line; a long answer may run on under the label at the
  full width once the label has ended;
- `merged_rows`: a ruled table whose label cell is merged over several rows: each paragraph of the
  answer in a row of its own (rules in the value column only), the label top-aligned or centred;
- `whitespace_grid`: the header as a grid of label/value pairs, two or three a row, apart by
  whitespace only (no rules), then the body as labels beside their answers;
- `shaded_boxes`: every answer in a shaded box (a filled rectangle), the label above the box or
  beside it;
- `numbered_questions`: numbered labels ("1. Projektnamn", "2.3 Plats") above or beside their
  answers, some extra fields as questions ("Har ... ?");
- `toc_first`: a contents page (the title, "Innehåll", one line a field with a dot leader and a
  page number) before the form, which starts on page 2.

`layout10_spec(index, seed)` makes the content; `build_layout10_corpus()` draws the PDFs with truth.
Runs without LibreOffice or Chromium (reportlab and fpdf2 only).
"""

from __future__ import annotations

import random
from pathlib import Path

from . import fonts
from .cells7 import _Pages, plain_spec, titled_pages, write_drawn
from .content import LONG_LABELS
from .layout import Shade, wrap
from .spec import FIELD, HEADING, MARKER, PLACEHOLDER, ReportSpec, Row, slug

LAYOUT10_VARIANTS = (
    "newspaper",
    "margin_labels",
    "merged_rows",
    "whitespace_grid",
    "shaded_boxes",
    "numbered_questions",
    "toc_first",
)
QUESTIONS = (
    ("Har projektet uppmärksammats i lokala medier?", ("Ja, i lokaltidningen.", "Nej.")),
    ("Finns det en plan för drift och underhåll?", ("Ja, parkenheten ansvarar för driften.", "Ja.")),
    ("Har åtgärden följts upp med en trygghetsvandring?", ("Ja, i oktober.", "Nej, det planeras till våren.")),
    ("Kommer projektet att fortsätta?", ("Nej, projektet är avslutat.", "Ja, i mindre skala.")),
)
HEADER_KEYS = ("projektnamn", "insats", "plats", "sokt_belopp", "sokande_namnd", "kontaktperson", "telefon", "epost")


def _answer(row: Row) -> str:
    return "" if row.text == PLACEHOLDER else row.text


def _widest_word(rows: list[Row], font: str, size: float) -> float:
    """Like a word processor's autofit: a label column is never narrower than its longest word."""
    return max((fonts.width(w, font, size) + 2.0 for r in rows for w in r.label.split()), default=0.0)


class _Drawn:
    """The rows in the order drawn and the page each keyed row's label is on (the truth follows them)."""

    def __init__(self) -> None:
        self.rows: list[Row] = []
        self.pages: list[int] = []

    def add(self, row: Row, page: int) -> None:
        self.rows.append(row)
        if row.key is not None:
            self.pages.append(page)


def _label_above(
    pg: _Pages,
    drawn: _Drawn,
    row: Row,
    x: float,
    width: float,
    label: tuple[str, float],
    body: tuple[str, float, float],
    on_break=None,
) -> None:
    """A label line (or lines) above its answer lines, starting a new page (or column) when the
    label and a first answer line do not fit."""
    label_font, label_size = label
    font, size, lead = body
    labels = wrap(row.label, width, label_font, label_size)
    values = wrap(_answer(row), width, font, size) if _answer(row) else []

    def brk() -> float:
        if on_break is None:
            pg.new_page()
            return x
        return on_break()

    if not pg.room(lead * (len(labels) + 2)):
        x = brk()
    pg.y += lead * 0.6
    drawn.add(row, pg.page)
    for line in labels:
        pg.y += label_size * 1.3
        pg.text(x, pg.y, line, label_font, label_size)
    for line in values:
        if not pg.room(lead):
            x = brk()
        pg.y += lead
        if line:
            pg.text(x, pg.y, line, font, size)


def _draw_newspaper(spec: ReportSpec, rng: random.Random, pg: _Pages, left: float, width: float) -> _Drawn:
    fam = fonts.family(spec.layout.font)
    size = spec.layout.size
    lead = size * rng.uniform(1.2, 1.35)
    gutter = rng.uniform(18.0, 30.0)
    col_w = (width - gutter) / 2
    label = (fam.bold, size) if rng.random() < 0.6 else (fam.bold, size + 1)
    drawn = _Drawn()
    top = pg.y
    column = [0]
    # Balanced columns (as multicols sets them): the column's foot where half the text has been set.
    total = sum(
        lead * 0.6
        + label[1] * 1.3 * len(wrap(r.label, col_w, *label))
        + lead * len(wrap(_answer(r), col_w, fam.regular, size) if _answer(r) else [])
        for r in spec.rows
    )
    bottom = pg.bottom
    if top + total / 2 + lead < bottom:
        pg.bottom = top + total / 2 + lead * rng.uniform(0.5, 2.5)

    def next_column() -> float:
        if column[0] == 0:
            column[0] = 1
            pg.y = top
            pg.bottom = bottom
        else:
            column[0] = 0
            pg.bottom = bottom
            pg.new_page()
        return left + column[0] * (col_w + gutter)

    for row in spec.rows:
        x = left + column[0] * (col_w + gutter)
        if row.style == MARKER:
            pg.y += lead
            pg.text(x, pg.y, row.text, fam.bold, size)
            drawn.add(row, pg.page)
            continue

        # An answer running past the column's foot goes on at the top of the next column.
        _label_above(pg, drawn, row, x, col_w, label, (fam.regular, size, lead), next_column)
    return drawn


def _draw_margin_labels(spec: ReportSpec, rng: random.Random, pg: _Pages, left: float, width: float) -> _Drawn:
    fam = fonts.family(spec.layout.font)
    size = spec.layout.size
    lead = size * rng.uniform(1.2, 1.35)
    label_size = size - rng.choice((1.5, 2.0, 2.5))
    label_font = fam.bold if rng.random() < 0.5 else fam.regular
    label_lead = label_size * rng.uniform(1.15, 1.3)
    margin_w = max(rng.uniform(70.0, 105.0), _widest_word(spec.rows, label_font, label_size))
    value_x = left + margin_w + rng.uniform(10.0, 18.0)
    value_w = left + width - value_x
    run_under = rng.random() < 0.5
    drawn = _Drawn()
    for row in spec.rows:
        text = _answer(row)
        if row.style == MARKER:
            pg.y += lead
            pg.text(value_x, pg.y, row.text, fam.regular, size)
            drawn.add(row, pg.page)
            continue
        labels = wrap(row.label, margin_w, label_font, label_size)
        if not pg.room(max(len(labels) * label_lead, lead * 2) + lead):
            pg.new_page()
        pg.y += lead * 0.7
        y0 = pg.y
        drawn.add(row, pg.page)
        for i, line in enumerate(labels):
            pg.text(left, y0 + size + i * label_lead, line, label_font, label_size)
        label_end = y0 + size + (len(labels) - 1) * label_lead
        paragraphs = [p for p in text.split("\n\n")] if text else []
        y = y0 + size - lead
        for p_index, paragraph in enumerate(paragraphs):
            if p_index:
                y += lead * 0.5
            # Beside the label, then (run_under) at the full width once the label has ended.
            words = paragraph.split()
            while words:
                full = run_under and y + lead > label_end + label_lead
                x, w = (left, width) if full else (value_x, value_w)
                line = wrap(" ".join(words), w, fam.regular, size)[0]
                if y + lead > pg.bottom:
                    pg.new_page()
                    y, label_end = pg.y, -1.0
                y += lead
                pg.text(x, y, line, fam.regular, size)
                words = words[len(line.split()) :]
        pg.y = max(y, label_end) + size * 0.4
    return drawn


def _draw_merged_rows(spec: ReportSpec, rng: random.Random, pg: _Pages, left: float, width: float) -> _Drawn:
    fam = fonts.family(spec.layout.font)
    size = spec.layout.size
    lead = size * rng.uniform(1.2, 1.3)
    label_font = fam.bold if rng.random() < 0.6 else fam.regular
    pad = 4.0
    label_w = max(rng.uniform(110.0, 160.0), _widest_word(spec.rows, label_font, size) + 2 * pad)
    value_x = left + label_w
    value_w = width - label_w
    centred = rng.random() < 0.5
    drawn = _Drawn()
    pg.rule(left, pg.y, left + width, pg.y)
    for row in spec.rows:
        text = _answer(row)
        if row.style == MARKER:
            pg.rule(left, pg.y, left, pg.y + lead + 2 * pad)
            pg.rule(left + width, pg.y, left + width, pg.y + lead + 2 * pad)
            pg.text(value_x + pad, pg.y + pad + size, row.text, fam.regular, size)
            pg.y += lead + 2 * pad
            pg.rule(left, pg.y, left + width, pg.y)
            drawn.add(row, pg.page)
            continue
        labels = wrap(row.label, label_w - 2 * pad, label_font, size)
        parts = [wrap(p, value_w - 2 * pad, fam.regular, size) for p in text.split("\n\n")] if text else [[]]
        heights = [max(len(p), 1) * lead + 2 * pad for p in parts]
        total = max(sum(heights), len(labels) * lead + 2 * pad)
        heights[-1] += total - sum(heights)
        if not pg.room(total):
            pg.new_page()
            pg.rule(left, pg.y, left + width, pg.y)
        top = pg.y
        drawn.add(row, pg.page)
        label_top = top + pad + ((total - 2 * pad - len(labels) * lead) / 2 if centred else 0.0)
        for i, line in enumerate(labels):
            pg.text(left + pad, label_top + size + i * lead, line, label_font, size)
        y = top
        for k, (part, h) in enumerate(zip(parts, heights)):
            for i, line in enumerate(part):
                pg.text(value_x + pad, y + pad + size + i * lead, line, fam.regular, size)
            y += h
            if k < len(parts) - 1:
                pg.rule(value_x, y, left + width, y)  # between the answer's rows; the label cell is merged
        for x in (left, value_x, left + width):
            pg.rule(x, top, x, y)
        pg.rule(left, y, left + width, y)
        pg.y = y
    return drawn


def _draw_whitespace_grid(spec: ReportSpec, rng: random.Random, pg: _Pages, left: float, width: float) -> _Drawn:
    fam = fonts.family(spec.layout.font)
    size = spec.layout.size
    lead = size * rng.uniform(1.2, 1.35)
    label_font = fam.bold if rng.random() < 0.6 else fam.regular
    colon = rng.random() < 0.5
    per_row = rng.choice((2, 2, 3))
    heads = [r for r in spec.rows if r.key in HEADER_KEYS and r.style == FIELD][: per_row * rng.choice((1, 2))]
    rest = [r for r in spec.rows if r not in heads]
    drawn = _Drawn()
    widest = max(fonts.width(r.label + (":" if colon else ""), label_font, size) for r in heads) + 8.0
    if width / per_row - min(widest, width / per_row * 0.5) < 110.0:
        per_row = 2
    pair_w = width / per_row
    head_label_w = min(widest, pair_w * 0.5)
    for start in range(0, len(heads), per_row):
        pg.y += lead * 0.4
        bottoms = []
        for k, row in enumerate(heads[start : start + per_row]):
            x = left + k * pair_w
            drawn.add(row, pg.page)
            labels = wrap(row.label + (":" if colon else ""), head_label_w - 6.0, label_font, size)
            values = wrap(_answer(row), pair_w - head_label_w - 10.0, fam.regular, size) if _answer(row) else []
            for i, line in enumerate(labels):
                pg.text(x, pg.y + lead * (i + 1), line, label_font, size)
            for i, line in enumerate(values):
                pg.text(x + head_label_w, pg.y + lead * (i + 1), line, fam.regular, size)
            bottoms.append(pg.y + lead * max(len(labels), len(values), 1))
        pg.y = max(bottoms)
    pg.y += lead
    return _beside_rows(rest, drawn, rng, pg, left, width, (label_font, fam.regular, size, lead), colon)


def _draw_shaded(spec: ReportSpec, rng: random.Random, pg: _Pages, left: float, width: float) -> _Drawn:
    fam = fonts.family(spec.layout.font)
    size = spec.layout.size
    lead = size * rng.uniform(1.2, 1.35)
    label_font = fam.bold if rng.random() < 0.7 else fam.regular
    grey = rng.uniform(0.82, 0.94)
    beside = rng.random() < 0.4
    label_w = max(rng.uniform(110.0, 150.0), _widest_word(spec.rows, label_font, size)) if beside else width
    box_x = left + label_w + 10.0 if beside else left
    box_w = left + width - box_x
    pad = 5.0
    drawn = _Drawn()
    for row in spec.rows:
        text = _answer(row)
        if row.style == MARKER:
            pg.y += lead
            pg.text(box_x + pad, pg.y, row.text, fam.bold, size)
            drawn.add(row, pg.page)
            continue
        labels = wrap(row.label, label_w, label_font, size)
        values = wrap(text, box_w - 2 * pad, fam.regular, size) if text else []
        chunk: list[str] = []
        if not pg.room(lead * (len(labels) + 3)):
            pg.new_page()
        pg.y += lead * 0.8
        drawn.add(row, pg.page)
        y0 = pg.y
        for i, line in enumerate(labels):
            pg.text(left, y0 + size + i * lead, line, label_font, size)
        box_top = y0 if beside else y0 + len(labels) * lead + 2.0

        def box(top: float, lines: list[str]) -> float:
            height = max(len(lines), 1) * lead + 2 * pad
            pg.doc.pages[-1].insert(0, Shade(box_x, top, box_w, height, grey))
            for i, line in enumerate(lines):
                if line:
                    pg.text(box_x + pad, top + pad + size + i * lead, line, fam.regular, size)
            return top + height

        y = box_top
        for line in values:
            if y + pad + (len(chunk) + 1) * lead + pad > pg.bottom:
                box(y, chunk)
                chunk = []
                pg.new_page()
                y = pg.y
            chunk.append(line)
        end = box(y, chunk)
        pg.y = max(end, y0 + len(labels) * lead) + 2.0
    return drawn


def _number_labels(spec: ReportSpec, rng: random.Random) -> None:
    style = rng.choice(("flat", "nested"))
    n = 0
    for k, row in enumerate(r for r in spec.rows if r.style == FIELD):
        if row.label[:1].isdigit():
            continue  # numbered by its template already ("1.1 Behovsanalys")
        n += 1
        number = f"{n}." if style == "flat" else f"{1 + k // 3}.{1 + k % 3}"
        row.label = f"{number} {row.label}"


def _add_questions(spec: ReportSpec, rng: random.Random) -> None:
    at = len(spec.rows) - rng.randint(0, 2)
    for question, answers in rng.sample(QUESTIONS, rng.choice((1, 2))):
        spec.rows.insert(max(at, 1), Row(question, rng.choice(answers), _short_slug(question)))


def _short_slug(label: str) -> str:
    """An unknown label's key: its slug cut at a word to at most 40 characters (issue #12)."""
    key = ""
    for word in slug(label).split("_"):
        if len(f"{key}_{word}") > 40:
            break
        key = f"{key}_{word}" if key else word
    return key


def _draw_numbered(spec: ReportSpec, rng: random.Random, pg: _Pages, left: float, width: float) -> _Drawn:
    fam = fonts.family(spec.layout.font)
    size = spec.layout.size
    lead = size * rng.uniform(1.2, 1.35)
    if rng.random() < 0.5:
        drawn = _Drawn()
        for row in spec.rows:
            if row.style == MARKER:
                pg.y += lead
                pg.text(left, pg.y, row.text, fam.regular, size)
                drawn.add(row, pg.page)
                continue
            _label_above(pg, drawn, row, left, width, (fam.bold, size), (fam.regular, size, lead))
        return drawn
    return _draw_beside(spec, rng, pg, left, width)


def _draw_beside(spec: ReportSpec, rng: random.Random, pg: _Pages, left: float, width: float) -> _Drawn:
    """Labels beside their answers, no rules (the plain form the contents page leads into)."""
    fam = fonts.family(spec.layout.font)
    size = spec.layout.size
    label_font = fam.bold if rng.random() < 0.6 else fam.regular
    lead = size * rng.uniform(1.2, 1.35)
    return _beside_rows(spec.rows, _Drawn(), rng, pg, left, width, (label_font, fam.regular, size, lead))


def _beside_rows(
    rows: list[Row],
    drawn: _Drawn,
    rng: random.Random,
    pg: _Pages,
    left: float,
    width: float,
    label: tuple[str, str, float, float],
    colon: bool = False,
) -> _Drawn:
    """Rows of a label beside its answer (wrapping in its column), no rules."""
    label_font, regular, size, lead = label
    label_w = max(rng.uniform(110.0, 160.0), _widest_word(rows, label_font, size))
    value_x = left + label_w + 12.0
    for row in rows:
        if row.style == MARKER:
            pg.y += lead
            pg.text(value_x, pg.y, row.text, regular, size)
            drawn.add(row, pg.page)
            continue
        labels = wrap(row.label + (":" if colon else ""), label_w, label_font, size)
        values = wrap(_answer(row), left + width - value_x, regular, size) if _answer(row) else []
        if not pg.room(lead * (len(labels) + 1)):
            pg.new_page()
        pg.y += lead * 0.6
        drawn.add(row, pg.page)
        y0, page = pg.y, pg.page
        for i, line in enumerate(labels):
            pg.text(left, y0 + lead * (i + 1), line, label_font, size)
        for line in values:
            if not pg.room(lead):
                pg.new_page()
            pg.y += lead
            if line:
                pg.text(value_x, pg.y, line, regular, size)
        if pg.page == page:
            pg.y = max(pg.y, y0 + lead * len(labels))
    return drawn


def _draw_toc(spec: ReportSpec, rng: random.Random, pg: _Pages, left: float, width: float) -> _Drawn:
    """The contents page (after the title), then the form from page 2."""
    fam = fonts.family(spec.layout.font)
    size = spec.layout.size
    lead = size * 1.5
    pg.y += lead
    pg.text(left, pg.y, rng.choice(("Innehåll", "Innehållsförteckning")), fam.bold, size + 2)
    pg.y += lead * 0.5
    numbered = rng.random() < 0.5
    fields = [r for r in spec.rows if r.style == FIELD]
    for k, row in enumerate(fields):
        label = " ".join(row.label.split())
        entry = f"{k + 1}. {label}" if numbered else label
        page = str(2 + k * len(fields) // max(len(fields), 1) // 4)
        pg.y += lead
        entry = wrap(entry, width - 60.0, fam.regular, size)[0]
        pg.text(left, pg.y, entry, fam.regular, size)
        dots_x = left + fonts.width(entry, fam.regular, size) + 6.0
        end_x = left + width - fonts.width(page, fam.regular, size)
        dot = fonts.width(".", fam.regular, size) * 2
        if end_x - dots_x > dot * 2:
            pg.text(dots_x, pg.y, " ".join("." * int((end_x - dots_x - 6) / dot) * 1), fam.regular, size)
        pg.text(end_x, pg.y, page, fam.regular, size)
    pg.new_page()
    return _draw_beside(spec, rng, pg, left, width)


DRAW = {
    "newspaper": _draw_newspaper,
    "margin_labels": _draw_margin_labels,
    "merged_rows": _draw_merged_rows,
    "whitespace_grid": _draw_whitespace_grid,
    "shaded_boxes": _draw_shaded,
    "numbered_questions": _draw_numbered,
    "toc_first": _draw_toc,
}


def layout10_spec(index: int, seed: int) -> ReportSpec:
    variant = LAYOUT10_VARIANTS[index % len(LAYOUT10_VARIANTS)]
    rng = random.Random(f"layout10-{seed}-{index}")
    base = rng.choice(("application", "followup_borderless", "climate_followup", "climate_application"))
    spec = plain_spec(rng, base, variant)
    for row in spec.rows:
        if row.style == HEADING:
            row.style = FIELD  # headings are drawn as each family draws its labels
        if variant in ("margin_labels", "merged_rows") and row.key in LONG_LABELS and rng.random() < 0.5:
            row.label = LONG_LABELS[row.key]
    if variant == "numbered_questions":
        _number_labels(spec, rng)
        _add_questions(spec, rng)
    spec.name = f"{index:05d}-{variant}-{spec.year}-{spec.producer}"
    return spec


def draw_layout10(spec: ReportSpec):
    """The spec drawn by its variant's code; spec.rows reordered as drawn (the truth follows them)."""
    rng = random.Random(spec.name)
    pg, left, content = titled_pages(spec, rng)
    drawn = DRAW[spec.variant](spec, rng, pg, left, content)
    spec.rows = drawn.rows
    pg.doc.section_pages = drawn.pages
    return pg.doc


def render_layout10(spec: ReportSpec, path: str | Path) -> dict:
    return write_drawn(draw_layout10(spec), spec, Path(path))


def build_layout10_corpus(out_dir: str | Path, count: int, seed: int, families: tuple[str, ...] = ()) -> list[Path]:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        spec = layout10_spec(index, seed)
        if families and spec.variant not in families:
            continue
        path = out / f"{spec.name}.pdf"
        render_layout10(spec, path)
        paths.append(path)
    return paths

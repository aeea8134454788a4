"""Tuning families of issue #12's seventh round, drawn by their own small layout code (not the
held-out generators' drawing code, nor `layout.py`'s):

- `cells_receipt`: an e-service receipt: a group heading (bold, framed or not, the frame's top
  rule broken round it like a fieldset legend), a grid of 2-4 cells a row, each a label above its
  value (labels bold, small capitals or plain; unknown case fields such as "Diarienummer" among
  them), a second group heading, then the rest as a definition list with each label beside
  (wrapping in its column) or above its answer;
- `caps_centred_table`: a header table of label/value pairs, the labels in small (bold) capitals
  wrapping in a narrow cell and centred on their values or top-aligned, ruled as boxes, between
  rows only or not at all; the body's labels in small capitals wrapping at their own pitch, the
  answer centred on the label or beside its first line;
- `continued_header`: a two-column table under a column-header row in body type ("Fält |
  Innehåll"), repeated atop the next page, where a long answer goes on in its row.

`cells7_spec(index, seed)` makes the content; `build_cells7_corpus()` draws the PDFs with truth.
Runs without LibreOffice or Chromium (reportlab and fpdf2 only).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from . import fonts
from .content import LONG_LABELS, random_spec
from .layout import PAGE_SIZES, Document, Rule, Text, wrap
from .render import _draw_fpdf2, _draw_reportlab, truth_path
from .spec import FIELD, HEADING, MARKER, PLACEHOLDER, ReportSpec, Row, slug, truth

CELLS7_VARIANTS = ("cells_receipt", "caps_centred_table", "continued_header")
FONTS = ("helvetica", "times", "courier", "dejavu-sans", "dejavu-serif")
# Group headings (not fields: never a section) and case fields (fields under their own slugs).
GROUPS_FIRST = ("Om ärendet", "Ärendeuppgifter", "Sammanfattning", "Inlämnat ärende")
GROUPS_SECOND = ("Uppgifter i formuläret", "Dina svar", "Formulärets frågor", "Svar")
CAPTIONS = (("Fält", "Innehåll"), ("Fråga", "Svar"), ("Uppgift", "Beskrivning"), ("Punkt", "Text"))
HEADER_KEYS = ("projektnamn", "insats", "plats", "sokt_belopp", "sokande_namnd", "kontaktperson", "telefon", "epost")


def _case_rows(rng: random.Random, spec: ReportSpec) -> list[Row]:
    year = spec.year or 2024
    facts = [
        ("Diarienummer", f"{rng.choice(('DN', 'SDN', 'F'))}-{year}/{rng.randint(100, 9999)}"),
        ("Registrerad", f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"),
        ("Handläggare", rng.choice(("Eva Strand", "Omar Aziz", "Karin Lund", "Jonas Wik"))),
        ("Ärendetyp", rng.choice(("Investeringsmedel", "Uppföljning", "Trygghetsinvestering"))),
    ]
    return [Row(label, text, slug(label)) for label, text in rng.sample(facts, rng.choice((1, 2, 2, 3)))]


class _Pages:
    """Text and rules page by page, a cursor running down the page."""

    def __init__(self, width: float, height: float, top: float, bottom: float):
        self.doc = Document(width, height)
        self.top, self.bottom = top, bottom
        self.y = top
        self.on_new_page = None  # called after a page break (a repeated header row)
        self.split_rows: list[Row] = []  # rows whose answer a page break split
        self.doc.pages.append([])

    @property
    def page(self) -> int:
        return len(self.doc.pages)

    def text(self, x: float, baseline: float, text: str, font: str, size: float) -> None:
        if text.strip():
            self.doc.pages[-1].append(Text(x, baseline, text, font, size))

    def rule(self, x0: float, y0: float, x1: float, y1: float, width: float = 0.6) -> None:
        self.doc.pages[-1].append(Rule(x0, y0, x1, y1, width))

    def room(self, height: float) -> bool:
        return self.y + height <= self.bottom

    def new_page(self) -> None:
        self.doc.pages.append([])
        self.y = self.top
        if self.on_new_page is not None:
            self.on_new_page(self)


def _label_text(label: str, caps: bool) -> str:
    return label.upper() if caps else label


def _draw_receipt(spec: ReportSpec, rng: random.Random, pg: _Pages, left: float, width: float) -> None:
    fam = fonts.family(spec.layout.font)
    size = spec.layout.size
    style = rng.choice(("bold", "caps", "plain", "bold-small"))
    caps = style == "caps"
    label_font = fam.bold if style.startswith("bold") else fam.regular
    label_size = size - rng.choice((1.0, 1.5, 2.0)) if style in ("caps", "bold-small") else size
    lead = size * rng.uniform(1.2, 1.4)
    label_lead = label_size * rng.uniform(1.15, 1.4)
    framed = rng.random() < 0.6
    n_cells = rng.choice((2, 3, 3, 4))
    gap = rng.uniform(8.0, 18.0)
    cells = _case_rows(rng, spec)
    header = [r for r in spec.rows if r.key in HEADER_KEYS and r.style == FIELD][: rng.choice((1, 2, 3, 4))]
    cells += header
    rest = [r for r in spec.rows if r not in header]
    spec.rows = cells + rest

    def legend(text: str) -> float:
        """The group heading; its frame's top rule broken round it. Returns the frame's top."""
        pg.y += size * 0.6
        base = pg.y + size
        x = left + (10.0 if framed else 0.0)
        pg.text(x, base, text, fam.bold, size)
        mid = base - size * 0.35
        if framed:
            pg.rule(left, mid, x - 3, mid)
            pg.rule(x + fonts.width(text, fam.bold, size) + 3, mid, left + width, mid)
        pg.y = base + size * 0.9
        return mid

    def frame_close(top: float) -> None:
        if framed:
            bottom = pg.y + 4
            pg.rule(left, top, left, bottom)
            pg.rule(left + width, top, left + width, bottom)
            pg.rule(left, bottom, left + width, bottom)
            pg.y = bottom + size

    pad = 10.0 if framed else 0.0
    inner_left, inner_width = left + pad, width - 2 * pad
    top = legend(rng.choice(GROUPS_FIRST))
    cell_w = (inner_width - gap * (n_cells - 1)) / n_cells
    for start in range(0, len(cells), n_cells):
        row = cells[start : start + n_cells]
        pg.y += label_size * 0.4
        bottoms = []
        for k, cell in enumerate(row):
            x = inner_left + k * (cell_w + gap)
            y = pg.y
            for line in wrap(_label_text(cell.label, caps), cell_w, label_font, label_size):
                y += label_lead
                pg.text(x, y, line, label_font, label_size)
            y += size * 0.25
            text = "" if cell.text == PLACEHOLDER else cell.text
            for line in wrap(text, cell_w, fam.regular, size) if text else []:
                y += lead
                pg.text(x, y, line, fam.regular, size)
            bottoms.append(y)
        pg.y = max(bottoms) + size * 0.5
    frame_close(top)
    top = legend(rng.choice(GROUPS_SECOND))
    beside = rng.random() < 0.6
    label_w = inner_width * rng.uniform(0.26, 0.38)
    value_x = inner_left + label_w + rng.uniform(8.0, 14.0)
    value_w = inner_left + inner_width - value_x
    for row in rest:
        text = "" if row.text == PLACEHOLDER else row.text
        if row.style == MARKER:
            pg.y += lead * 0.5
            pg.y += lead
            pg.text(value_x if beside else inner_left, pg.y, row.text, fam.bold, size)
            continue
        label_lines = wrap(_label_text(row.label, caps), label_w if beside else inner_width, label_font, label_size)
        value_lines = wrap(text, value_w if beside else inner_width, fam.regular, size) if text else []
        pg.y += size * 0.6
        y0 = pg.y
        if beside:
            for i, line in enumerate(label_lines):
                pg.text(inner_left, y0 + lead + i * label_lead, line, label_font, label_size)
            for i, line in enumerate(value_lines):
                if line:
                    pg.text(value_x, y0 + lead + i * lead, line, fam.regular, size)
            pg.y = y0 + max(lead + (len(label_lines) - 1) * label_lead, len(value_lines) * lead)
        else:
            for i, line in enumerate(label_lines):
                pg.text(inner_left, y0 + label_lead * (i + 1), line, label_font, label_size)
            y = y0 + label_lead * len(label_lines) + size * 0.3
            for line in value_lines:
                y += lead
                pg.text(inner_left, y, line, fam.regular, size)
            pg.y = y + size * 0.3
            if rng.random() < 0.5:
                pg.rule(inner_left, pg.y + 2, inner_left + inner_width, pg.y + 2, 0.4)
                pg.y += 4
    frame_close(top)


def _draw_caps_table(spec: ReportSpec, rng: random.Random, pg: _Pages, left: float, width: float) -> None:
    fam = fonts.family(spec.layout.font)
    size = spec.layout.size
    label_font = fam.bold if rng.random() < 0.6 else fam.regular
    label_size = size - rng.choice((1.5, 2.0, 2.5, 3.0))
    label_pitch = label_size * rng.uniform(1.2, 1.65)
    lead = size * rng.uniform(1.2, 1.35)
    rules = rng.choice(("box", "rows", "none"))
    centred = rng.random() < 0.6
    # The header table: pairs of (label, value), 2 a row.
    heads = [r for r in spec.rows if r.key in HEADER_KEYS and r.style == FIELD][: rng.choice((2, 2, 4))]
    rest = [r for r in spec.rows if r not in heads]
    spec.rows = heads + rest
    head_label_w = rng.uniform(55.0, 95.0)
    pair_w = width / 2
    pad = 3.0

    def cell_block(x: float, y: float, label: str, text: str, label_w: float, value_w: float) -> float:
        """Draw one label/value cell pair from `y` (top); returns its height."""
        labels = wrap(label.upper(), label_w - 2 * pad, label_font, label_size)
        values = wrap(text, value_w - 2 * pad, fam.regular, size) if text else []
        label_h = len(labels) * label_pitch
        value_h = max(len(values), 1) * lead
        height = max(label_h, value_h) + 2 * pad
        label_top = y + pad + ((height - 2 * pad - label_h) / 2 if centred else 0.0)
        for i, line in enumerate(labels):
            pg.text(x + pad, label_top + label_size + i * label_pitch, line, label_font, label_size)
        for i, line in enumerate(values):
            pg.text(x + label_w + pad, y + pad + size + i * lead, line, fam.regular, size)
        return height

    for start in range(0, len(heads), 2):
        pair = heads[start : start + 2]
        y = pg.y
        heights = [
            cell_block(
                left + k * pair_w,
                y,
                r.label,
                "" if r.text == PLACEHOLDER else r.text,
                head_label_w,
                pair_w - head_label_w,
            )
            for k, r in enumerate(pair)
        ]
        bottom = y + max(heights)
        if rules != "none":
            pg.rule(left, y, left + width, y)
            pg.rule(left, bottom, left + width, bottom)
        if rules == "box":
            for x in (left, left + head_label_w, left + pair_w, left + pair_w + head_label_w, left + width):
                pg.rule(x, y, x, bottom)
        pg.y = bottom
    pg.y += size * 2
    label_w = rng.uniform(75.0, 110.0)
    value_x = left + label_w + rng.uniform(6.0, 14.0)
    value_w = left + width - value_x
    for row in rest:
        text = "" if row.text == PLACEHOLDER else row.text
        if row.style == MARKER:
            pg.y += lead
            pg.text(value_x, pg.y, row.text, fam.regular, size)
            pg.y += lead * 0.5
            continue
        labels = wrap(row.label.upper(), label_w, label_font, label_size)
        values = wrap(text, value_w, fam.regular, size) if text else []
        label_h = len(labels) * label_pitch
        value_h = max(len(values), 1) * lead
        height = max(label_h, value_h)
        if not pg.room(height + size):
            pg.new_page()
        y = pg.y + size * 0.6
        label_top = y + ((height - label_h) / 2 if centred else 0.0)
        value_top = y + ((height - value_h) / 2 if centred else 0.0)
        for i, line in enumerate(labels):
            pg.text(left, label_top + label_size + i * label_pitch, line, label_font, label_size)
        for i, line in enumerate(values):
            if line:
                pg.text(value_x, value_top + size + i * lead, line, fam.regular, size)
        pg.y = y + height + size * 0.6
        if rules == "rows":
            pg.rule(left, pg.y, left + width, pg.y, 0.4)


def _draw_continued(spec: ReportSpec, rng: random.Random, pg: _Pages, left: float, width: float) -> None:
    fam = fonts.family(spec.layout.font)
    size = spec.layout.size
    lead = size * rng.uniform(1.2, 1.35)
    caption_font = fam.bold if rng.random() < 0.3 else fam.regular
    captions = rng.choice(CAPTIONS)
    label_w = rng.uniform(110.0, 160.0)
    value_x = left + label_w + 12.0
    value_w = left + width - value_x
    ruled = rng.random() < 0.5

    def header_row(p: _Pages) -> None:
        p.y += lead
        p.text(left, p.y, captions[0], caption_font, size)
        p.text(value_x, p.y, captions[1], caption_font, size)
        p.y += size * 0.8
        if ruled:
            p.rule(left, p.y, left + width, p.y)

    header_row(pg)
    pg.on_new_page = header_row
    for row in spec.rows:
        text = "" if row.text == PLACEHOLDER else row.text
        if row.style == HEADING:
            if not pg.room(lead * 4.5):
                pg.new_page()
            pg.y += lead * 1.5
            pg.text(left, pg.y, row.label, fam.bold, size)
            for line in wrap(text, width, fam.regular, size) if text else []:
                pg.y += lead
                if not pg.room(lead):
                    pg.new_page()
                pg.text(left, pg.y, line, fam.regular, size)
            continue
        if row.style == MARKER:
            pg.y += lead
            pg.text(value_x, pg.y, row.text, fam.regular, size)
            continue
        labels = wrap(row.label, label_w, fam.bold, size)
        values = wrap(text, value_w, fam.regular, size) if text else []
        pg.y += size * 0.5
        if not pg.room(lead * 2):
            pg.new_page()
        y = pg.y
        for i, line in enumerate(labels):
            pg.text(left, y + lead * (i + 1), line, fam.bold, size)
        for line in values:
            if not pg.room(lead):
                pg.new_page()
                pg.split_rows.append(row)
                y = pg.y - lead * (len(labels))  # the label is not repeated
            pg.y += lead
            if line:
                pg.text(value_x, pg.y, line, fam.regular, size)
        pg.y = max(pg.y, y + lead * len(labels)) + size * 0.4
        if ruled:
            pg.rule(left, pg.y, left + width, pg.y, 0.4)


def plain_spec(rng: random.Random, base: str, variant: str) -> ReportSpec:
    """A random report of `base` for a family's own drawing code: a font, a size, no running lines."""
    spec = random_spec(rng, base, rng.choice(("reportlab", "fpdf2")))
    spec.variant = variant
    spec.layout.font = rng.choice(FONTS)
    spec.layout.size = rng.choice((9.5, 10.0, 10.5, 11.0))
    spec.layout.header = []
    spec.layout.footer = None
    return spec


def cells7_spec(index: int, seed: int) -> ReportSpec:
    variant = CELLS7_VARIANTS[index % len(CELLS7_VARIANTS)]
    rng = random.Random(f"cells7-{seed}-{index}")
    base = rng.choice(("application", "followup_borderless", "climate_followup"))
    spec = plain_spec(rng, base, variant)
    if variant == "caps_centred_table":
        for row in spec.rows:
            if row.style == FIELD and row.key in LONG_LABELS and rng.random() < 0.7:
                row.label = LONG_LABELS[row.key]
    spec.name = f"{index:05d}-{variant}-{spec.year}-{spec.producer}"
    return spec


def titled_pages(spec: ReportSpec, rng: random.Random) -> tuple[_Pages, float, float]:
    """Pages with random margins and the title drawn in bold at the top; (pages, left, content width)."""
    width, height = PAGE_SIZES[spec.layout.page]
    left, top = rng.uniform(45.0, 75.0), rng.uniform(45.0, 70.0)
    content = width - left - rng.uniform(45.0, 70.0)
    pg = _Pages(width, height, top, height - 60.0)
    fam = fonts.family(spec.layout.font)
    title_size = rng.choice((14.0, 15.0, 16.0))
    for line in wrap(spec.title, content, fam.bold, title_size):
        pg.y += title_size * 1.25
        pg.text(left, pg.y, line, fam.bold, title_size)
    pg.y += spec.layout.size
    return pg, left, content


def draw_cells7(spec: ReportSpec) -> Document:
    """The spec drawn by its variant's code (spec.rows reordered as drawn: truth follows them)."""
    rng = random.Random(spec.name)
    pg, left, content = titled_pages(spec, rng)
    draw = {"cells_receipt": _draw_receipt, "caps_centred_table": _draw_caps_table}.get(spec.variant, _draw_continued)
    draw(spec, rng, pg, left, content)
    doc = pg.doc
    longest = max((r for r in spec.rows if r.style == FIELD), key=lambda r: len(r.text))
    if spec.variant == "continued_header" and longest not in pg.split_rows and len(longest.text) < 20_000:
        # The longest answer grows until a page break splits it (drawn again from the start).
        longest.text += "\n\n" + longest.text
        return draw_cells7(spec)
    doc.section_pages = _section_pages(doc, spec)
    return doc


def _section_pages(doc: Document, spec: ReportSpec) -> list[int]:
    """Where each keyed row's label is first drawn (its first word, in order)."""
    pages = []
    page, at = 0, 0
    flat = [(p + 1, op.text) for p, ops in enumerate(doc.pages) for op in ops if isinstance(op, Text)]
    for row in spec.rows:
        if row.key is None:
            continue
        first = row.label.split()[0] if row.label.split() else ""
        for i in range(at, len(flat)):
            if first and first.lower() in flat[i][1].lower():
                page, at = flat[i][0], i + 1
                break
        pages.append(page or 1)
    return pages


def render_cells7(spec: ReportSpec, path: str | Path) -> dict:
    return write_drawn(draw_cells7(spec), spec, Path(path))


def write_drawn(doc: Document, spec: ReportSpec, path: Path) -> dict:
    """Draw `doc` with the spec's producer at `path` and write its truth beside it."""
    (_draw_fpdf2 if spec.producer == "fpdf2" else _draw_reportlab)(doc, spec, path)
    result = truth(spec, doc.section_pages, len(doc.pages))
    truth_path(path).write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return result


def build_cells7_corpus(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        spec = cells7_spec(index, seed)
        path = out / f"{spec.name}.pdf"
        render_cells7(spec, path)
        paths.append(path)
    return paths


def build_cells7_scans(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """The same families rasterised into image-only PDFs (skewed, specked, JPEG or one-bit noise;
    `scans.degraded_scan`) for the OCR path; the truth is the text-layer form's."""
    from .scans import NOISES, degraded_scan

    out = Path(out_dir)
    paths = []
    for path in build_cells7_corpus(out / "text", count, seed):
        rng = random.Random(f"cells7-scan-{seed}-{path.stem}")
        paths.append(degraded_scan(path, out / f"{path.stem}-scan.pdf", rng, noise=rng.choice(NOISES)))
    return paths

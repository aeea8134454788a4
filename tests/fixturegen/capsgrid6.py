"""Tuning families of issue #12's sixth round (not the held-out generators' drawing code):

- `followup_caps_leading`: a narrow label column (its width the longest label word's, give or
  take a few points, so a label word may touch its answer) whose labels are set in capitals,
  bold, and/or a size of their own (1-2 pt smaller or larger), wrapped lines following at the
  answers' leading, rows parted by a padding or a rule; any of the fixture fonts;
- `followup_header_table` / `application_header_table`: the first fields as a table of its own
  above the body (1-4 label/value pairs a table row, pairs of equal width, label cells 28-45 %
  of a pair, a lone pair's label cell 85-150 pt), labels and answers wrapping in their cells,
  drawn with no rules, vertical rules between cells only, or boxed; the body's columns are the
  form's own.

`caps6_spec(index, seed)` draws them in turn; `build_caps6_corpus()` writes PDFs with truth.
"""

from __future__ import annotations

import random
from pathlib import Path

from bilagor.extractor.labels import section_key

from . import fonts
from .capslabels import OTHER_WORDINGS
from .content import LONG_LABELS, random_spec
from .render import render_corpus
from .spec import FIELD, ReportSpec, Row

CAPS6_VARIANTS = ("followup_caps_leading", "followup_header_table", "application_header_table")
FONTS = ("helvetica", "times", "courier", "dejavu-sans", "dejavu-serif")


def _caps_leading(rng: random.Random, spec: ReportSpec) -> None:
    lay = spec.layout
    styles = rng.choice(
        (("caps", "bold"), ("caps",), ("caps", "small"), ("bold", "small"), ("caps", "large"), ("bold",))
    )
    lay.label_caps = "caps" in styles
    lay.label_bold = "bold" in styles
    lay.label_size = (
        lay.size - rng.choice((1.0, 1.5, 2.0))
        if "small" in styles
        else lay.size + rng.choice((0.5, 1.0))
        if "large" in styles
        else None
    )
    lay.label_at_body_leading = True
    lay.label_centred = False
    lay.narrow_labels = True  # the label column keeps the width given here
    for row in spec.rows:
        if row.style != FIELD:
            continue
        if row.key in OTHER_WORDINGS and rng.random() < 0.3:
            row.label = rng.choice(OTHER_WORDINGS[row.key])
            row.key = section_key(row.label, "uppfoljning")
        elif row.key in LONG_LABELS and rng.random() < 0.8:
            row.label = LONG_LABELS[row.key]
        if lay.label_caps:
            row.label = row.label.upper()
        row.value_offset = 0
    font = fonts.family(lay.font)
    label_font = font.bold if lay.label_bold else font.regular
    longest = max(
        fonts.width(w, label_font, lay.label_size or lay.size)
        for r in spec.rows
        if r.style == FIELD
        for w in r.label.split()
    )
    lay.label_width = longest + rng.uniform(0.0, 5.0)
    lay.column_gap = rng.uniform(1.0, 8.0)


def _header_table(rng: random.Random, spec: ReportSpec) -> None:
    lay = spec.layout
    person = f"{rng.choice(('Anna', 'Lars', 'Maria', 'Erik', 'Sara'))} {rng.choice(('Berg', 'Lind', 'Holm', 'Ek', 'Nyström'))}"
    if spec.form_kind == "ansokan":
        per_row = rng.choice(((2, 2, 2, 2), (4, 4), (3, 3, 2), (2, 3, 3), (1, 1, 2, 2, 2), (4, 2, 2)))
    else:
        project = next(r for r in spec.rows if r.key == "projektnamn")
        place = next(r for r in spec.rows if r.key == "plats")
        dnr = f"{rng.choice(('1.5.3', '2.1', '3.1.2'))}-{rng.randint(100, 999)}-{spec.year}"
        date = f"{spec.year}-{rng.randint(10, 12)}-{rng.randint(10, 28):02d}"
        head = [Row(project.label, project.text, "projektnamn"), Row("Diarienr", dnr, "diarienr")]
        if rng.random() < 0.5:
            head.append(Row("Datum", date, "datum"))
        head.append(Row(place.label, place.text, "plats"))
        if rng.random() < 0.5:
            phone = f"08-508 {rng.randint(10, 99)} {rng.randint(100, 999)}"
            head += [Row("Kontaktperson", person, "kontaktperson"), Row("Telefon", phone, "telefon")]
        first = 3 if any(r.key == "datum" for r in head) else 2
        contacts = (2,) if len(head) > first + 1 else ()
        per_row = rng.choice(((first, 1, *contacts), (1,) * len(head), (first + 1, *contacts)))
        spec.rows = head + [r for r in spec.rows if r is not project and r is not place]
    lay.header_table = tuple(per_row)
    lay.header_label_share = rng.uniform(0.28, 0.45)
    lay.header_single_label = rng.uniform(85.0, 150.0)
    lay.header_rules = rng.choice(("none", "vertical", "box"))
    lay.label_bold = rng.random() < 0.6
    lay.size = min(lay.size, 10.5)
    lay.grid = False


def caps6_family_spec(rng: random.Random, variant: str) -> ReportSpec:
    base = (
        "application" if variant.startswith("application") else rng.choice(("followup_borderless", "followup_bordered"))
    )
    spec = random_spec(rng, base, "reportlab")
    spec.variant = variant
    lay = spec.layout
    lay.font = rng.choice(FONTS)
    lay.one_column = False
    lay.heading_larger = False
    lay.hyphenate = False
    lay.inline = False
    lay.borders = rng.random() < 0.5
    if variant == "followup_caps_leading":
        _caps_leading(rng, spec)
    else:
        _header_table(rng, spec)
    spec.name = f"{variant}-{spec.year}-reportlab"
    return spec


def caps6_spec(index: int, seed: int) -> ReportSpec:
    variant = CAPS6_VARIANTS[index % len(CAPS6_VARIANTS)]
    spec = caps6_family_spec(random.Random(f"caps6-{seed}-{index}"), variant)
    spec.name = f"{index:05d}-{spec.name}"
    return spec


def build_caps6_corpus(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    return render_corpus(out_dir, count, lambda index: caps6_spec(index, seed))

"""Layout families the project's own corpus does not draw: the held-out kind of forms.

The same three templates (follow-up, application, climate) drawn as other
tools draw them:

- `application_grid`: the application's header fields as a grid of
  label | value | label | value (Namn på insats beside Sökt belopp,
  Kontaktperson beside Telefon), with or without cell borders, label cells
  narrow enough to wrap;
- `followup_narrow_cells`: a fixed label column narrower than its words, so
  labels break mid-word without a hyphen ("Kontaktperso" / "n");
- `followup_captions`: pictures under Bilder före/efter with a caption or a
  file name right under them;
- `followup_inline`: every field as "Label: answer" on full-width lines;
- `followup_running_varies`: a running header whose last part changes after
  page 1 ("Bilaga 5" then "Bilaga 5, forts."), and a long answer so there is
  a page 2.

`layout_corpus_spec(index, seed)` draws them round-robin, producers
alternating; `build_layout_corpus()` writes PDFs with truth sidecars.
"""

from __future__ import annotations

import random
from pathlib import Path

from . import content
from .content import PRODUCERS, random_spec
from .render import render_corpus
from .spec import FIELD, ReportSpec

LAYOUT_VARIANTS = (
    "application_grid",
    "followup_narrow_cells",
    "followup_captions",
    "followup_inline",
    "followup_running_varies",
)

# Our own caption and file-name lines, as written under photos.
CAPTIONS = (
    "Bild 1. {place} före åtgärden.",
    "Foto: stadsdelsförvaltningen",
    "IMG_{n4}.JPG",
    "{place_file}_fore.jpg",
    "Vy från norr, {month} {year}",
)
AFTER_CAPTIONS = (
    "Bild 2. {place} efter åtgärden.",
    "Foto: stadsdelsförvaltningen",
    "IMG_{n4}.JPG",
    "{place_file}_efter.jpg",
)
MONTHS = ("mars", "april", "maj", "september", "oktober")
CONTINUED = ("{marker}, forts.", "{marker} (forts.)", "Forts. {marker}", "{marker} - fortsättning")


def _caption(rng: random.Random, pool: tuple[str, ...], place: str, year: int | None) -> str:
    place_file = place.lower().replace(" ", "_").replace("å", "a").replace("ä", "a").replace("ö", "o")
    return rng.choice(pool).format(
        place=place, n4=rng.randint(1000, 9999), place_file=place_file, month=rng.choice(MONTHS), year=year or 2020
    )


def layout_family_spec(rng: random.Random, variant: str, producer: str) -> ReportSpec:
    """A random report of one of LAYOUT_VARIANTS."""
    base = {
        "application_grid": "application",
        "followup_narrow_cells": "followup_borderless",
        "followup_captions": "followup_bordered",
        "followup_inline": "followup_short_labels",
        "followup_running_varies": "followup_pagebreak",
    }[variant]
    spec = random_spec(rng, base, producer)
    spec.variant = variant
    lay = spec.layout
    lay.one_column = False
    lay.heading_larger = False
    if variant == "application_grid":
        lay.grid = True
        lay.borders = rng.random() < 0.5
        lay.size = min(lay.size, 10.0)
        lay.margins = (rng.uniform(40, 60), lay.margins[1], rng.uniform(35, 55), lay.margins[3])
        lay.label_width = rng.uniform(70, 95)
        lay.column_gap = rng.uniform(5, 10)
        lay.narrow_labels = rng.random() < 0.4
    elif variant == "followup_narrow_cells":
        lay.narrow_labels = True
        lay.label_width = rng.uniform(45, 60)
        lay.borders = rng.random() < 0.5
        lay.hyphenate = False
    elif variant == "followup_captions":
        lay.pictures = True
        lay.borders = rng.random() < 0.5
        place = next((r.text for r in spec.rows if r.key == "plats"), "Platsen")
        place = place.split(",")[0]
        for row in spec.rows:
            if row.key == "bilder_fore":
                row.caption = _caption(rng, CAPTIONS, place, spec.year)
            elif row.key == "bilder_efter" and rng.random() < 0.6:
                row.caption = _caption(rng, AFTER_CAPTIONS, place, spec.year)
    elif variant == "followup_inline":
        lay.inline = True
        lay.borders = False
        for row in spec.rows:
            if row.style == FIELD:
                row.value_offset = 0
    elif variant == "followup_running_varies":
        marker = f"Bilaga {spec.appendix}"
        dnr = f"Dnr {rng.choice(('1.5.3', '2.1', '3.1.1'))}-{rng.randint(100, 999)}-{spec.year}"
        lay.header = rng.choice(([dnr, marker], [marker]))
        lay.header_continued = rng.choice(CONTINUED).format(marker=marker)
        lay.margins = (lay.margins[0], max(lay.margins[1], 60), lay.margins[2], max(lay.margins[3], 60))
        lay.footer = rng.choice(("sida", "number", None))
        lay.header_size = lay.size if rng.random() < 0.5 else None  # set like the body: no small print to go by
    spec.name = f"{variant}-{spec.year}-{producer}"
    return spec


def layout_corpus_spec(index: int, seed: int) -> ReportSpec:
    """Spec of layout-corpus file `index`: variants round-robin, producers alternating per round."""
    variant = LAYOUT_VARIANTS[index % len(LAYOUT_VARIANTS)]
    producer = PRODUCERS[(index // len(LAYOUT_VARIANTS)) % len(PRODUCERS)]
    spec = layout_family_spec(random.Random(f"layout-families-{seed}-{index}"), variant, producer)
    spec.name = f"{index:05d}-{spec.name}"
    return spec


def build_layout_corpus(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` PDFs of the layout families with truth sidecars; deterministic per seed."""
    return render_corpus(out_dir, count, lambda index: layout_corpus_spec(index, seed))


__all__ = ["LAYOUT_VARIANTS", "build_layout_corpus", "content", "layout_corpus_spec", "layout_family_spec"]

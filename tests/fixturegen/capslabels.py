"""Tuning family (issue #12): narrow label columns whose labels wrap over several lines,
and a header grid of 2-3 label/value pairs per row above a two-column body.

- `followup_caps_labels`: a label column 60-100 pt wide, labels in capitals, bold
  and/or a smaller size, long template labels wrapping over 2-6 lines; the
  answer beside the label's first line or centred on the label; with or
  without rules;
- `followup_header_grid`: Projektnamn | ... | Diarienr | ... | Datum | ... and
  Kontaktperson | ... | Telefon | ... | E-post | ... drawn as a grid (2 or 3
  pairs a row) above the usual two-column body.

Both drawn on a reportlab canvas. `caps_corpus_spec(index, seed)` draws them
in turn; `build_caps_corpus()` writes PDFs with truth sidecars.
"""

from __future__ import annotations

import random
from pathlib import Path

from bilagor.extractor.labels import section_key

from .content import LONG_LABELS, random_spec
from .render import render_corpus
from .spec import FIELD, ReportSpec, Row

CAPS_VARIANTS = ("followup_caps_labels", "followup_header_grid")

# Other long wordings of the template labels, as other districts' templates write them. Their
# truth key is what the extractor's vocabulary makes of the wording (a slug where it knows none):
# this family scores where the layout cuts labels and answers, not the vocabulary.
OTHER_WORDINGS = {
    "plats": ("Plats där investeringen har genomförts, adress eller område",),
    "mal_och_syfte": ("Investeringens övergripande mål och syfte enligt ansökan",),
    "slutresultat": (
        "Redovisning av projektets resultat i förhållande till projektmålen",
        "Beskrivning av uppnått resultat i förhållande till investeringens syfte och mål",
    ),
    "avvikelser": ("Eventuella avvikelser från ursprunglig plan och tidplan samt orsaker till dessa",),
    "ekonomiskt_utfall": (
        "Beskrivning av ekonomiskt utfall i förhållande till budget",
        "Redovisning av faktiska kostnader jämfört med beviljade medel och budget",
    ),
}


def caps_family_spec(rng: random.Random, variant: str) -> ReportSpec:
    base = "followup_borderless" if rng.random() < 0.5 else "followup_bordered"
    spec = random_spec(rng, base, "reportlab")
    spec.variant = variant
    lay = spec.layout
    lay.one_column = False
    lay.heading_larger = False
    lay.hyphenate = False
    lay.borders = rng.random() < 0.5
    if variant == "followup_caps_labels":
        styles = rng.choice(
            (("caps",), ("caps", "bold"), ("bold", "small"), ("caps", "small"), ("caps", "bold", "small"))
        )
        lay.label_caps = "caps" in styles
        lay.label_bold = "bold" in styles
        lay.label_size = lay.size - rng.choice((1.0, 1.5, 2.0, 2.5)) if "small" in styles else None
        lay.label_width = rng.uniform(60, 100)
        lay.label_centred = rng.random() < 0.4
        for row in spec.rows:
            if row.style == FIELD and row.key in OTHER_WORDINGS and rng.random() < 0.5:
                row.label = rng.choice(OTHER_WORDINGS[row.key])
                row.key = section_key(row.label, "uppfoljning")
            elif row.style == FIELD and row.key in LONG_LABELS and rng.random() < 0.8:
                row.label = LONG_LABELS[row.key]
            if lay.label_caps and row.style == FIELD:
                row.label = row.label.upper()
            row.value_offset = 0
    else:
        person = f"{rng.choice(('Anna', 'Lars', 'Maria', 'Erik'))} {rng.choice(('Berg', 'Lind', 'Holm', 'Ek'))}"
        phone = f"08-508 {rng.randint(10, 99)} {rng.randint(100, 999)}"
        email = person.lower().replace(" ", ".") + "@stockholm.se"
        dnr = f"{rng.choice(('1.5.3', '2.1', '3.1.1'))}-{rng.randint(100, 999)}/{spec.year}"
        date = f"{spec.year}-{rng.randint(10, 12)}-{rng.randint(10, 28)}"
        project_row = next(r for r in spec.rows if r.key == "projektnamn")
        body = [r for r in spec.rows if r is not project_row]
        grid = [
            Row(project_row.label, project_row.text, "projektnamn"),
            Row("Diarienr", dnr, "diarienr"),
            Row("Datum", date, "datum"),
            Row("Kontaktperson", person, "kontaktperson"),
            Row("Telefon", phone, "telefon"),
            Row("E-post", email, "epost"),
        ]
        per_row = rng.choice((2, 3))
        if per_row == 2:
            grid = [grid[0], grid[1], grid[3], grid[4], grid[5], grid[2]]
        lay.header_grid = tuple([per_row] * (len(grid) // per_row))
        lay.label_bold = rng.random() < 0.5
        lay.size = min(lay.size, 10.0)
        spec.rows = grid + body
    spec.name = f"{variant}-{spec.year}-reportlab"
    return spec


def caps_corpus_spec(index: int, seed: int) -> ReportSpec:
    variant = CAPS_VARIANTS[index % len(CAPS_VARIANTS)]
    spec = caps_family_spec(random.Random(f"caps-labels-{seed}-{index}"), variant)
    spec.name = f"{index:05d}-{spec.name}"
    return spec


def build_caps_corpus(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    return render_corpus(out_dir, count, lambda index: caps_corpus_spec(index, seed))

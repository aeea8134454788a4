"""The committed demo reports in examples/: the seed plus one report per main
kind, each from a fixed seed, in different districts and years."""

from __future__ import annotations

import random
from pathlib import Path

from .content import random_spec
from .render import render
from .seed import seed_spec
from .spec import ReportSpec, slug

# (variant, producer, font): one demo report each.
EXAMPLES = (
    ("followup_borderless", "reportlab", "dejavu-serif"),
    ("followup_bordered", "fpdf2", "helvetica"),
    ("followup_headers", "fpdf2", "dejavu-sans"),
    ("application", "reportlab", "times"),
    ("climate_followup", "fpdf2", "helvetica"),
    ("climate_application", "reportlab", "helvetica"),
    ("traffic_final_report", "reportlab", "dejavu-sans"),
)


def example_name(spec: ReportSpec) -> str:
    kind = {"uppfoljning": "uppfoljning", "ansokan": "ansokan"}.get(spec.form_kind, "beslut")
    prefix = f"bilaga{spec.appendix}" if spec.appendix else "trafikkontoret"
    project = spec.project or next(r.text for r in spec.rows if r.key in ("projektnamn", "insats"))
    return f"{prefix}-{kind}-{slug(project).replace('_', '-')}-{spec.year}"


def example_specs() -> list[ReportSpec]:
    specs = [seed_spec()]
    used = {"Norrmalm"}
    for variant, producer, font in EXAMPLES:
        for attempt in range(200):
            spec = random_spec(random.Random(f"example-{variant}-{attempt}"), variant, producer)
            if spec.district not in used and spec.layout.page == "A4":
                break
        used.add(spec.district)
        spec.layout.font = font
        spec.name = example_name(spec)
        specs.append(spec)
    return specs


def write_examples(out_dir: str | Path) -> list[Path]:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for spec in example_specs():
        path = out / f"{spec.name}.pdf"
        render(spec, path)
        paths.append(path)
    return paths

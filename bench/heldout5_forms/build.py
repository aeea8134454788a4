"""Build the fifth held-out form set: PDFs and their truth sidecars.

    .venv/bin/python bench/heldout5_forms/build.py --out DIR --seed N --count K [--text-only]

Families (one after another): label column beside the answer with vertical rules only, with
horizontal rules only, with none; label above its answer in a box; "Label: answer" inline; a
header grid of 2-3 pairs per row; labels in capitals/bold/their own size in a narrow column; a
two-page form with running header and footer; a web form printed by headless Chromium (needs
`chromium`). About 15 % of the forms are rasterised (image-only
PDF) for the OCR path. Writes <name>.pdf and <name>.truth.json.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout5_forms import draw_columns, draw_grid, draw_inline, draw_stacked  # noqa: E402
from heldout5_forms.content import Form, lengthen, make_form  # noqa: E402
from heldout5_forms.draw_common import random_style, render_twice  # noqa: E402

FAMILIES = (
    "vertical_rules",
    "horizontal_rules",
    "no_rules",
    "boxed_stacked",
    "inline",
    "header_grid",
    "caps_narrow",
    "running_header",
    "html_print",
)
SCANNED_SHARE = 0.15


def _drawer(family: str, rng: random.Random):
    if family in ("vertical_rules", "horizontal_rules", "no_rules", "running_header", "caps_narrow"):
        rules = {"vertical_rules": "vertical", "horizontal_rules": "horizontal", "no_rules": "none"}.get(
            family, rng.choice(("none", "vertical", "horizontal"))
        )
        look = draw_columns.random_look(rng, rules, narrow=family == "caps_narrow")
        if family == "caps_narrow" and not look.label_caps:
            look.label_bold = look.label_bold or rng.random() < 0.5
            look.label_size_delta = look.label_size_delta or rng.choice((-1.5, 1.0))
        return lambda pen, r: draw_columns.draw_form(pen, r, look)
    if family == "html_print":
        return None
    return {
        "boxed_stacked": draw_stacked.draw_form,
        "inline": draw_inline.draw_form,
        "header_grid": draw_grid.draw_form,
    }[family]


def truth(form: Form, family: str, pages: int, section_pages: dict[int, int], layer: str, extra: dict) -> dict:
    """The record fields the project's layout scoring compares (tests/layout_scoring.py), plus provenance."""
    from bilagor.extractor import districts

    sections = [
        {"key": r.key, "label": " ".join(r.label.split()), "text": r.text, "page": section_pages[i]}
        for i, r in enumerate(form.rows)
        if r.key is not None
    ]
    return {
        "title": " ".join(form.title.split()),
        "form_kind": form.form_kind,
        "appendix": form.appendix,
        "year": form.year,
        "district": form.district,
        "district_today": districts.today(form.district),
        "project": form.project,
        "location": form.location,
        "stage": form.stage,
        "sections": sections,
        "amounts": [],  # entities are not annotated in this set (layout only)
        "organisations": [],
        "pages": pages,
        "variant": family,
        "producer": "chromium" if family == "html_print" else "reportlab-canvas",
        "layer": layer,
        "layout": extra,
    }


def build(out: Path, seed: int, count: int, text_only: bool = False) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for i in range(count):
        family = FAMILIES[i % len(FAMILIES)]
        long = family == "running_header" or rng.random() < 0.15
        form = make_form(rng, rng.randrange(10_000), long=long)
        header = family == "running_header" or rng.random() < 0.2
        style = random_style(rng, header)
        style.header_left = form.committee
        style.header_right = rng.choice((form.date, f"Dnr {form.dnr}", f"Bilaga {form.appendix}"))
        draw = _drawer(family, rng)
        scanned = not text_only and rng.random() < SCANNED_SHARE
        name = f"h5-{i:03d}-{family}{'-scan' if scanned else ''}"
        path = out / f"{name}.pdf"
        state = rng.getstate()
        if family == "html_print":
            from heldout5_forms import draw_html

            pages, section_pages, printed = draw_html.print_pdf(form, path, rng)
            style.header = False
        else:
            pages, section_pages = render_twice(draw, path, style, form, state)
        for _ in range(12):  # the two-page family: grow the long answer until it runs onto page 2
            if family != "running_header" or pages >= 2:
                break
            lengthen(rng, form)
            state = rng.getstate()
            pages, section_pages = render_twice(draw, path, style, form, state)
        rng.random()  # move on from the state the passes used
        extra = {"font": style.regular, "size": style.size, "header": style.header, "long": long}
        if family == "html_print":
            extra = {"long": long, **printed}
        if scanned:
            from heldout5_forms.raster import rasterise

            text_pdf = path.with_suffix(".text.pdf")
            path.rename(text_pdf)
            extra |= rasterise(text_pdf, path, rng)
            text_pdf.unlink()
        record = truth(form, family, pages, section_pages, "scanned" if scanned else "text", extra)
        path.with_name(f"{name}.truth.json").write_text(
            json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8"
        )
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--count", type=int, default=80)
    parser.add_argument("--text-only", action="store_true", help="no rasterised copies")
    args = parser.parse_args()
    paths = build(args.out, args.seed, args.count, args.text_only)
    print(f"{len(paths)} PDFs in {args.out}")


if __name__ == "__main__":
    main()

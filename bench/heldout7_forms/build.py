"""Build the seventh held-out form set (a third independent generator): PDFs and their truth sidecars.

    .venv/bin/python bench/heldout7_forms/build.py --out DIR --seed N --count K [--families a,b]

Families, by producer: `acro_filled` / `acro_needapp` (reportlab AcroForm text fields, answers only in
the fields, with or without appearance streams); `calc_sheet` (openpyxl spreadsheet through LibreOffice
Calc); `writer_tabs` (python-docx tab-stop document through LibreOffice Writer); `mail_print` (a
monospaced e-mail print); `twoup` (two pages to a landscape sheet, half with /Rotate 90); `scan_ocr`
(Pillow page images made a PDF with a text layer by tesseract); `scan_image` (image only, about 15 %).
A family whose producer is missing is skipped with a note. Writes <name>.pdf and <name>.truth.json.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout7_forms.common import label_pages  # noqa: E402
from heldout7_forms.content import Form, answer, lengthen, make_form, normalise  # noqa: E402

FAMILIES = (
    "acro_filled",
    "acro_needapp",
    "calc_sheet",
    "writer_tabs",
    "mail_print",
    "twoup",
    "scan_ocr",
    "scan_image",
)
PRODUCERS = {
    "acro_filled": "reportlab-acroform",
    "acro_needapp": "reportlab-acroform",
    "calc_sheet": "libreoffice-calc",
    "writer_tabs": "libreoffice-writer",
    "mail_print": "reportlab-canvas",
    "twoup": "reportlab-canvas",
    "scan_ocr": "tesseract",
    "scan_image": "pillow",
}
LAYERS = {"acro_filled": "formfield", "acro_needapp": "formfield", "scan_ocr": "ocr-layer", "scan_image": "image"}
IMAGE_SLOTS = (6, 13, 19)  # of every 20 forms: about 15 % image-only scans
LONG_SHARE = 0.2


def available(family: str) -> bool:
    if family in ("calc_sheet", "writer_tabs"):
        from heldout7_forms import draw_office

        return draw_office.available(family)
    if family.startswith("scan"):
        from heldout7_forms import draw_scan

        return draw_scan.available(family)
    return True


def _draw(family: str, form: Form, path: Path, rng: random.Random) -> dict:
    if family.startswith("acro"):
        from heldout7_forms import draw_acroform as module
    elif family in ("mail_print", "twoup"):
        from heldout7_forms import draw_print as module
    elif family.startswith("scan"):
        from heldout7_forms import draw_scan as module
    else:
        from heldout7_forms import draw_office as module
    return module.draw(form, path, rng, family)


def truth(form: Form, family: str, pages: int, where: dict[int, int], extra: dict) -> dict:
    """The record fields tests/layout_scoring.py compares, plus provenance."""
    from bilagor.extractor import districts

    sections = [
        {"key": r.key, "label": normalise(r.label), "text": answer(r), "page": where.get(i, 1)}
        for i, r in enumerate(form.rows)
        if r.key is not None
    ]
    return {
        "title": normalise(form.title),
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
        "producer": PRODUCERS[family],
        "layer": LAYERS.get(family, "text"),
        "layout": extra,
    }


def schedule(count: int, usable: tuple[str, ...]) -> list[str]:
    """Which family each form gets: image-only scans in fixed slots, the rest in turn."""
    others = [f for f in usable if f != "scan_image"]
    out, k = [], 0
    for i in range(count):
        if "scan_image" in usable and (i % 20 in IMAGE_SLOTS or not others):
            out.append("scan_image")
        else:
            out.append(others[k % len(others)])
            k += 1
    return out


def build(out: Path, seed: int, count: int, families: tuple[str, ...] = FAMILIES) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    usable = tuple(f for f in families if available(f))
    for family in sorted(set(families) - set(usable)):
        print(f"note: family {family} skipped (its producer is not installed)", file=sys.stderr)
    if not usable:
        return []
    rng = random.Random(seed)
    paths = []
    for i, family in enumerate(schedule(count, usable)):
        long = rng.random() < LONG_SHARE
        form = make_form(rng, rng.randrange(10_000), long=long)
        name = f"h7-{i:03d}-{family}"
        path = out / f"{name}.pdf"
        extra = _draw(family, form, path, random.Random(f"{seed}-{i}"))
        # A two-up sheet is drawn with at least two pages on it.
        for _attempt in range(8):
            if family != "twoup" or extra["layout"]["halves"] >= 2:
                break
            lengthen(rng, form)
            extra = _draw(family, form, path, random.Random(f"{seed}-{i}"))
        if "pages" in extra:
            pages, where = extra.pop("pages"), extra.pop("where")
        else:
            pages, where = label_pages(path, form)
        layout = extra.get("layout", {}) | {"long": long}
        record = truth(form, family, pages, where, layout)
        path.with_name(f"{name}.truth.json").write_text(json.dumps(record, ensure_ascii=False, indent=1), "utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--count", type=int, default=90)
    parser.add_argument("--families", help="comma-separated subset of: " + ", ".join(FAMILIES))
    args = parser.parse_args()
    families = tuple(args.families.split(",")) if args.families else FAMILIES
    unknown = set(families) - set(FAMILIES)
    if unknown:
        parser.error(f"unknown families: {', '.join(sorted(unknown))}")
    paths = build(args.out, args.seed, args.count, families)
    print(f"{len(paths)} PDFs in {args.out}")


if __name__ == "__main__":
    main()

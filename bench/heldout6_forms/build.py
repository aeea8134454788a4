"""Build the sixth held-out form set: PDFs made by other producers, and their truth sidecars.

    .venv/bin/python bench/heldout6_forms/build.py --out DIR --seed N --count K [--text-only] [--families a,b]

Families (one after another), by producer: Word documents written by python-docx and converted by
LibreOffice (`word_table`, `word_runin`; skipped with a note when `soffice` is missing); fpdf2 with
system TrueType fonts (`fpdf_stacked`, `fpdf_caps_table`); headless Chromium printing an e-service
receipt (`receipt_grid`, `receipt_stacked`); reportlab platypus (`platypus_ruled`,
`platypus_continued`). About 15 % of the forms are rasterised into image-only PDFs (OCR path).
Writes <name>.pdf and <name>.truth.json.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout6_forms.common import section_pages  # noqa: E402
from heldout6_forms.content import Form, answer, lengthen, make_form  # noqa: E402

FAMILIES = (
    "word_table",
    "word_runin",
    "fpdf_stacked",
    "fpdf_caps_table",
    "receipt_grid",
    "receipt_stacked",
    "platypus_ruled",
    "platypus_continued",
    "word_header_block",
)
TWO_PAGE = ("platypus_continued", "word_header_block")  # grown until the long answer runs onto page 2
SCANNED_SHARE = 0.15
PRODUCERS = {
    "word": "libreoffice-writer",
    "fpdf": "fpdf2",
    "receipt": "chromium",
    "platypus": "reportlab-platypus",
}


def available(family: str) -> bool:
    if family.startswith("word"):
        return shutil.which("soffice") is not None
    if family.startswith("receipt"):
        return shutil.which("chromium") is not None or shutil.which("chromium-browser") is not None
    return True


def _draw(family: str, form: Form, path: Path, rng: random.Random) -> dict:
    if family.startswith("platypus"):
        from heldout6_forms import draw_platypus

        return draw_platypus.draw(form, path, rng, family)
    if family.startswith("fpdf"):
        from heldout6_forms import draw_fpdf

        return draw_fpdf.draw(form, path, rng, family)
    if family.startswith("receipt"):
        from heldout6_forms import draw_receipt

        return draw_receipt.draw(form, path, rng, family)
    from heldout6_forms import draw_word

    return draw_word.draw(form, path, rng, family)


def truth(form: Form, family: str, pages: int, where: dict[int, int], layer: str, extra: dict) -> dict:
    """The record fields tests/layout_scoring.py compares, plus provenance."""
    from bilagor.extractor import districts

    sections = [
        {"key": r.key, "label": " ".join(r.label.split()), "text": answer(r), "page": where.get(i, 1)}
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
        "producer": PRODUCERS[family.split("_")[0]],
        "layer": layer,
        "layout": extra,
    }


def build(
    out: Path, seed: int, count: int, text_only: bool = False, families: tuple[str, ...] = FAMILIES
) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    usable = tuple(f for f in families if available(f))
    for family in sorted(set(families) - set(usable)):
        print(f"note: family {family} skipped (its producer is not installed)", file=sys.stderr)
    if not usable:
        return []
    rng = random.Random(seed)
    paths = []
    for i in range(count):
        family = usable[i % len(usable)]
        long = family in TWO_PAGE or rng.random() < 0.12
        form = make_form(rng, rng.randrange(10_000), long=long)
        scanned = not text_only and rng.random() < SCANNED_SHARE
        name = f"h6-{i:03d}-{family}{'-scan' if scanned else ''}"
        path = out / f"{name}.pdf"
        state = rng.getstate()
        extra = _draw(family, form, path, random.Random(f"{seed}-{i}"))
        pages, where = section_pages(path, form)
        for _attempt in range(10):
            if family not in TWO_PAGE or pages >= 2:
                break
            lengthen(rng, form)
            extra = _draw(family, form, path, random.Random(f"{seed}-{i}"))
            pages, where = section_pages(path, form)
        rng.setstate(state)
        rng.random()
        extra["long"] = long
        if scanned:
            from heldout6_forms.raster import rasterise

            text_pdf = path.with_suffix(".text.pdf")
            path.rename(text_pdf)
            extra |= rasterise(text_pdf, path, rng)
            text_pdf.unlink()
        record = truth(form, family, pages, where, "scanned" if scanned else "text", extra)
        path.with_name(f"{name}.truth.json").write_text(json.dumps(record, ensure_ascii=False, indent=1), "utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--count", type=int, default=90)
    parser.add_argument("--text-only", action="store_true", help="no rasterised copies")
    parser.add_argument("--families", help="comma-separated subset of: " + ", ".join(FAMILIES))
    args = parser.parse_args()
    families = tuple(args.families.split(",")) if args.families else FAMILIES
    unknown = set(families) - set(FAMILIES)
    if unknown:
        parser.error(f"unknown families: {', '.join(sorted(unknown))}")
    paths = build(args.out, args.seed, args.count, args.text_only, families)
    print(f"{len(paths)} PDFs in {args.out}")


if __name__ == "__main__":
    main()

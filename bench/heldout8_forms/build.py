"""Build the eighth held-out form set (a fourth independent generator): PDFs and their truth sidecars.

    .venv/bin/python bench/heldout8_forms/build.py --out DIR --seed N --count K [--families a,b]

Families, by producer (none used by the fifth to seventh generators): `raw_right` (a PDF written by hand,
object by object, base-14 Helvetica placed absolutely, labels right-aligned against the answers, answers
continued over page breaks, footer "Sida x av y"); `raw_cards` (the same hand-written PDF, landscape, a logo
image, header fields as a grid of boxed cards with small-capital labels above the answers, sections split over
page breaks); `groff_tbl` (groff ms + tbl boxed table through PostScript and ps2pdf, hyphenated lines);
`groff_runin` (groff ms run-in bold "Label:" paragraphs); `fax` (bilevel 200 dpi CCITT G4 image-only PDF,
Pillow); `photo` (a phone photo of the page on coloured paper, perspective, uneven light, rotation, a stamp and
a tick; JPEG image-only PDF, Pillow). A family whose producer is missing is skipped with a note.
Writes <name>.pdf and <name>.truth.json.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import draw_groff  # noqa: E402
import draw_raw  # noqa: E402
import draw_scan  # noqa: E402
from content import Form, make_form, truth  # noqa: E402
from layout import cards, columns  # noqa: E402

# family -> (producer, layer)
FAMILIES = {
    "raw_right": ("handwritten-pdf", "text"),
    "raw_cards": ("handwritten-pdf", "text"),
    "groff_tbl": ("groff", "text"),
    "groff_runin": ("groff", "text"),
    "fax": ("pillow-fax", "image"),
    "photo": ("pillow-photo", "image"),
}


def draw(family: str, form: Form, path: Path, rng: random.Random) -> int | None:
    """Writes the PDF; returns its page count when the producer lets us know it."""
    if family == "raw_right":
        pages = columns(form, draw_raw.width, right_labels=True, rules=False)
        draw_raw.write(pages, path, form.title)
    elif family == "raw_cards":
        pages = cards(form, draw_raw.width)
        draw_raw.write(pages, path, form.title)
    elif family == "groff_tbl":
        draw_groff.write(draw_groff.tbl_source(form), path)
        return None
    elif family == "groff_runin":
        draw_groff.write(draw_groff.runin_source(form), path)
        return None
    elif family == "fax":
        pages = columns(form, draw_scan.width, right_labels=False, rules=True)
        draw_scan.fax(pages, path, rng)
    else:
        pages = columns(form, draw_scan.width, right_labels=rng.random() < 0.5, rules=False)
        draw_scan.photo(pages, path, rng, form.year)
    return len(pages)


def build(out: Path, seed: int, count: int, families: list[str]) -> list[Path]:
    usable = [f for f in families if not f.startswith("groff") or draw_groff.available()]
    for skipped in sorted(set(families) - set(usable)):
        print(f"skipped {skipped}: groff or ps2pdf missing", file=sys.stderr)
    if not usable:
        return []
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for i in range(count):
        family = usable[i % len(usable)]
        form = make_form(rng, i)
        path = out / f"{form.name}-{family}.pdf"
        pages = draw(family, form, path, rng)
        producer, layer = FAMILIES[family]
        record = truth(form, family, producer, layer, pages)
        path.with_name(path.stem + ".truth.json").write_text(
            json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8"
        )
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--families", help=f"comma-separated, of {', '.join(FAMILIES)}")
    args = parser.parse_args()
    families = args.families.split(",") if args.families else list(FAMILIES)
    unknown = [f for f in families if f not in FAMILIES]
    if unknown:
        parser.error(f"unknown families: {', '.join(unknown)}")
    paths = build(args.out, args.seed, args.count, families)
    print(f"{len(paths)} PDFs in {args.out}")


if __name__ == "__main__":
    main()

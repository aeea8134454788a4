"""Build the eleventh held-out form set (a sixth independent generator): PDFs and their truth sidecars.

    .venv/bin/python bench/heldout11_forms/build.py --out DIR --seed N --count K [--families a,b]

Families, by producer (none used by the fifth to tenth generators): `tex_table` (pdfTeX: a longtable of label |
answer rows, ruled or not, an application's header two pairs a row, Swedish hyphenation, fancyhdr header and
footer); `tex_headings` (pdfTeX: one column, labels as headings above their answers, description lists or
"Label: answer" run-ins, landscape now and then); `mupdf_story` (PyMuPDF's HTML Story: tables or labels above
answers, an application's header as a grid); `mupdf_cards` (PyMuPDF, each line placed by hand in an embedded
TrueType font: boxed cards with small labels above the answers, header fields in a grid, landscape now and then);
`type3_soup` (a hand-written PDF whose only font is a Type 3 font without ToUnicode: the text layer reads as
"(cid:N)" or letter soup while the page looks right); `mixed_pages` (a text-layer form with one page scanned, or
followed by a photo-only or signed page); `book_scan` (two pages to a 150 dpi colour JPEG landscape sheet,
heavy compression, gutter shadow) and `pen_scan` (200 dpi, handwritten ticks, underlines and margin notes, a
different skew on each page) — both image-only, from the text-layer families' pages.
The families come in turn (h11-000 the first, h11-007 the eighth); a file is in the keep half when its number
// 8 is even (score.py). A family whose producer is missing is skipped with a note. The generator's own tools
(pdflatex from texlive, pymupdf, fonttools) are not project dependencies.
Writes <name>.pdf and <name>.truth.json.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import h11_content as content  # noqa: E402
import h11_mupdf as mupdf  # noqa: E402
import h11_scans as scans  # noqa: E402
import h11_tex as tex  # noqa: E402
import h11_type3 as type3  # noqa: E402

FAMILIES = [
    "tex_table",
    "tex_headings",
    "mupdf_story",
    "mupdf_cards",
    "type3_soup",
    "mixed_pages",
    "book_scan",
    "pen_scan",
]
LAYER = {"type3_soup": "broken_font", "mixed_pages": "mixed", "book_scan": "image", "pen_scan": "image"}
NEEDS = {
    "tex_table": tex.available,
    "tex_headings": tex.available,
    "mupdf_story": mupdf.available,
    "mupdf_cards": mupdf.available,
    "type3_soup": type3.available,
    "mixed_pages": mupdf.available,
    "book_scan": mupdf.available,
    "pen_scan": mupdf.available,
}


def make_logo(folder: Path) -> Path:
    """A city-style mark: a blue shield with three crowns drawn as shapes (no letters)."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (300, 100), "white")
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([5, 5, 85, 95], 12, fill=(0, 70, 150))
    for x, y in [(25, 25), (55, 25), (40, 58)]:
        d.polygon(
            [
                (x - 12, y + 10),
                (x - 12, y - 6),
                (x - 6, y + 2),
                (x, y - 10),
                (x + 6, y + 2),
                (x + 12, y - 6),
                (x + 12, y + 10),
            ],
            fill=(250, 200, 40),
        )
    for k in range(3):
        d.rectangle([105, 25 + 22 * k, 290 - 40 * k, 37 + 22 * k], fill=(0, 70, 150))
    path = folder / "logo.png"
    img.save(path)
    return path


def text_source(form: content.Form, rng: random.Random, out: Path, logo: Path) -> tuple[int, str]:
    """A text-layer PDF of the form for the scan families, from one of the text-layer producers."""
    choices = ["mupdf_cards", "mupdf_story"] + (["tex_table", "tex_headings"] if tex.available() else [])
    family = rng.choice(choices)
    return render(family, form, rng, out, logo), family


def render(family: str, form: content.Form, rng: random.Random, out: Path, logo: Path) -> int:
    if family in ("tex_table", "tex_headings"):
        return tex.render(form, rng, out, family, logo)
    if family == "mupdf_story":
        return mupdf.render_story(form, rng, out, logo)
    if family == "mupdf_cards":
        return mupdf.render_cards(form, rng, out, logo)
    if family == "type3_soup":
        return type3.render(form, rng, out)
    raise ValueError(family)


PRODUCER = {"tex_table": "pdflatex", "tex_headings": "pdflatex", "mupdf_story": "pymupdf-story",
            "mupdf_cards": "pymupdf", "type3_soup": "handwritten-type3"}  # fmt: skip


def build(out: Path, seed: int, count: int, families: list[str]) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    missing = {f for f in FAMILIES if not NEEDS[f]()}
    for f in sorted(missing & set(families)):
        print(f"note: skipping {f}: its producer is not installed", file=sys.stderr)
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        logo = make_logo(Path(tmp))
        for i in range(count):
            family = FAMILIES[i % len(FAMILIES)]
            if family not in families or family in missing:
                continue
            rng = random.Random(f"{seed}-{i}")
            form = content.make_form(rng)
            pdf = out / f"h11-{i:03d}-{family}.pdf"
            extra = {}
            if family in PRODUCER:
                pages = render(family, form, rng, pdf, logo)
                producer = PRODUCER[family]
            else:
                src = Path(tmp) / "source.pdf"
                _, source = text_source(form, rng, src, logo)
                producer = f"{PRODUCER[source]}+pillow"
                extra["source"] = source
                if family == "mixed_pages":
                    pages, extra["mixed"] = scans.mixed_pages(src, pdf, rng)
                elif family == "book_scan":
                    pages = scans.book_scan(src, pdf, rng)
                else:
                    pages = scans.pen_scan(src, pdf, rng)
            truth = content.truth(form, family, producer, LAYER.get(family, "text"), pages) | extra
            pdf.with_name(pdf.stem + ".truth.json").write_text(
                json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8"
            )
            written.append(pdf)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--families", help="comma-separated subset of: " + ", ".join(FAMILIES))
    args = parser.parse_args()
    families = args.families.split(",") if args.families else FAMILIES
    unknown = sorted(set(families) - set(FAMILIES))
    if unknown:
        parser.error(f"unknown families: {', '.join(unknown)}")
    start = time.perf_counter()
    paths = build(args.out, args.seed, args.count, families)
    print(f"{len(paths)} PDFs in {args.out} ({time.perf_counter() - start:.0f} s)")


if __name__ == "__main__":
    main()

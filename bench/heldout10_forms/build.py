"""Build the tenth held-out form set (a fifth independent generator): PDFs and their truth sidecars.

    .venv/bin/python bench/heldout10_forms/build.py --out DIR --seed N --count K [--families a,b]

Families, by producer (none used by the fifth to eighth generators): `weasy_cards` (WeasyPrint: a definition
list with small-capital labels above the answers, an application's header fields as a CSS grid of cards,
running Dnr header, footer "Sida x (y)" and a logo from @page); `weasy_flex` (WeasyPrint flexbox rows, label
beside its answer right- or left-aligned, some pages landscape, some forms in two newspaper columns);
`xhtml_inline` (xhtml2pdf, "Label: answer" paragraphs, an application's header as a table of two pairs a row);
`cairo_abs` (cairo through cairocffi: absolutely placed words, each its own glyph run, justified lines,
labels right-aligned against the answers or letter-spaced, "Rubrik"/"Uppgift" turned 90°, a drawn logo, the
header pairs of an application in a grid, answers over page breaks, landscape pages); and from the same cairo
pages rendered at 300 dpi greyscale: `copy_scan` (a photocopy of a photocopy: toner noise, dark margins,
a different skew up to 1.5° on each page), `turned_scan` (two or three pages, one upside down or turned 90°),
`stain_scan` (faded low-contrast print, a coffee ring, hole-punch marks) — all three image-only — and
`ocrmypdf_scan` (a photocopy scan given a text layer by ocrmypdf: invisible glyphless text over the image).
A family whose producer is missing is skipped with a note. Writes <name>.pdf and <name>.truth.json.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from content import Form, make_form, truth  # noqa: E402

FAMILIES = (
    "weasy_cards",
    "weasy_flex",
    "xhtml_inline",
    "cairo_abs",
    "copy_scan",
    "turned_scan",
    "stain_scan",
    "ocrmypdf_scan",
)
PRODUCERS = {
    "weasy_cards": "weasyprint",
    "weasy_flex": "weasyprint",
    "xhtml_inline": "xhtml2pdf",
    "cairo_abs": "cairo",
    "copy_scan": "cairo+pillow",
    "turned_scan": "cairo+pillow",
    "stain_scan": "cairo+pillow",
    "ocrmypdf_scan": "ocrmypdf",
}
LAYERS = {"ocrmypdf_scan": "ocr", "copy_scan": "image", "turned_scan": "image", "stain_scan": "image"}


def missing(family: str) -> str | None:
    """Why the family's producer cannot run here, or None."""
    module = {"weasyprint": "weasyprint", "xhtml2pdf": "xhtml2pdf", "ocrmypdf": "ocrmypdf"}.get(PRODUCERS[family])
    for name in [module, "cairocffi" if "cairo" in PRODUCERS[family] or family == "ocrmypdf_scan" else None]:
        if name and importlib.util.find_spec(name) is None:
            return f"python package {name} not installed"
    if family in ("copy_scan", "turned_scan", "stain_scan", "ocrmypdf_scan"):
        for name in ("numpy", "PIL"):
            if importlib.util.find_spec(name) is None:
                return f"python package {name} not installed"
    if family == "ocrmypdf_scan" and not shutil.which("tesseract"):
        return "tesseract not installed"
    return None


def page_count(pdf: bytes) -> int:
    import pdfplumber  # the page count only; text is never read here
    import io

    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return len(doc.pages)


def render(family: str, form: Form, rng: random.Random) -> bytes:
    if family in ("weasy_cards", "weasy_flex"):
        import weasyprint

        import markup

        source = markup.cards(form, rng) if family == "weasy_cards" else markup.flex(form, rng)
        return weasyprint.HTML(string=source).write_pdf()
    if family == "xhtml_inline":
        import io

        from xhtml2pdf import pisa

        import markup

        out = io.BytesIO()
        status = pisa.CreatePDF(markup.inline(form, rng), dest=out, encoding="utf-8")
        if status.err:
            raise RuntimeError(f"xhtml2pdf failed on {form.name}")
        return out.getvalue()

    import canvas

    style = canvas.random_style(rng)
    if family != "cairo_abs":
        style.landscape = False  # the scans are of portrait paper
    pages = canvas.layout(form, style, rng)
    while family == "turned_scan" and len(pages) < 2:  # one of two pages or more is turned: lengthen the result
        result = next(f for f in form.fields if f.key == "slutresultat")
        result.blocks.append("Uppföljningen fortsätter under hela nästa säsong tillsammans med de boende.")
        pages = canvas.layout(form, style, random.Random(form.name))
    if family == "cairo_abs":
        return canvas.to_pdf(pages, style.font)

    import scans

    images = canvas.to_images(pages, style.font, 300)
    if family == "copy_scan":
        images = [scans.photocopy(img, rng) for img in images]
    elif family == "turned_scan":
        images = scans.turn_one([scans.photocopy(img, rng) if rng.random() < 0.5 else img for img in images], rng)
    elif family == "stain_scan":
        images = [scans.stain_and_holes(scans.faded(img, rng), rng) for img in images]
    else:
        images = [scans.photocopy(img, rng) for img in images]
    pdf = scans.image_pdf(images, 300)
    if family == "ocrmypdf_scan":
        return _ocrmypdf(pdf)
    return pdf


def _ocrmypdf(pdf: bytes) -> bytes:
    """A text layer from ocrmypdf (its own renderer: glyphless text under the image)."""
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp, "in.pdf"), Path(tmp, "out.pdf")
        src.write_bytes(pdf)
        cmd = [sys.executable, "-m", "ocrmypdf", "-q", "-l", "swe", "--jobs", "1", "--output-type", "pdf"]
        cmd += ["--optimize", "0", "--rotate-pages", "--deskew", str(src), str(dst)]
        subprocess.run(cmd, check=True, capture_output=True)
        return dst.read_bytes()


def build(out: Path, seed: int, count: int, families: tuple[str, ...] = FAMILIES) -> list[Path]:
    """Write `count` forms, the families in turn (file i is of family i % len(families)); return the PDFs."""
    out.mkdir(parents=True, exist_ok=True)
    skipped = {f: why for f in families if (why := missing(f))}
    for family, why in skipped.items():
        print(f"note: family {family} skipped ({why})", file=sys.stderr)
    written = []
    for i in range(count):
        family = families[i % len(families)]
        if family in skipped:
            continue
        rng = random.Random(f"heldout10-{seed}-{i}")
        name = f"h10-{i:03d}-{family}"
        kind = None
        if family == "turned_scan" or (family in ("weasy_flex", "cairo_abs") and rng.random() < 0.3):
            kind = "uppfoljning"  # long enough to take two pages or more
        form = make_form(rng, name, kind)
        pdf = render(family, form, rng)
        path = out / f"{name}.pdf"
        path.write_bytes(pdf)
        record = truth(form, page_count(pdf), family, PRODUCERS[family], LAYERS.get(family, "text"))
        path.with_name(f"{name}.truth.json").write_text(
            json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8"
        )
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--families", help="comma-separated subset of: " + ",".join(FAMILIES))
    args = parser.parse_args()
    families = tuple(args.families.split(",")) if args.families else FAMILIES
    unknown = [f for f in families if f not in FAMILIES]
    if unknown:
        parser.error(f"unknown families: {', '.join(unknown)}")
    start = time.perf_counter()
    paths = build(args.out, args.seed, args.count, families)
    print(f"{len(paths)} PDFs in {args.out} ({time.perf_counter() - start:.0f} s)")


if __name__ == "__main__":
    main()

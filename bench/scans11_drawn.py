"""Build (and score) worn scans drawn a second way, for the eleventh scan round (issue #12; test-only tooling).

    .venv/bin/python bench/scans11_drawn.py --out DIR --seed N --count K      # build
    PYTHONPATH=tests .venv/bin/python bench/scans11_drawn.py --score DIR      # score, aggregates only

The forms come from the burned eighth generator's text-layer producers (bench/heldout8_forms: raw_right,
raw_cards, groff_runin), rendered at 300 dpi grey by pdfium and made into scans here, with code and parameters
of their own (not the tenth generator's `scans.py`):
- `worn`: faded print over an unevenly lit paper (a light gradient across the sheet), blotchy tea stains and
  part of a cup ring, two or three punched holes in the top or left margin (dark behind, a light rim), a
  small skew, JPEG;
- `tess_layer`: a grainy photocopy scan (skewed, specks) given an invisible glyphless text layer by
  Tesseract's own PDF renderer (`tesseract IMAGE BASE -l swe pdf`), as other OCR tools deliver scans.

Scored once before the round's fixes and once after, in aggregate only (per family and all).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FORM_FAMILIES = ["raw_right", "raw_cards", "groff_runin"]
SCAN_FAMILIES = ("worn", "worn", "tess_layer")  # in turn
DPI = 300


def worn(img, rng: random.Random):
    """Faded print on unevenly lit paper, stains, punched holes, a little skew (PIL "L" in and out)."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter

    img = img.rotate(rng.uniform(0.2, 1.2) * rng.choice((-1, 1)), resample=Image.BICUBIC, fillcolor=255)
    arr = np.asarray(img, dtype=np.float32) / 255.0
    h, w = arr.shape
    ink = rng.uniform(100, 145)
    # paper light falls off from one side to the other (a lid not closed, a curled sheet)
    lo, hi = rng.uniform(200, 222), rng.uniform(236, 248)
    ramp = np.linspace(lo, hi, w if rng.random() < 0.5 else h, dtype=np.float32)
    ramp = ramp[::-1] if rng.random() < 0.5 else ramp
    paper = ramp[None, :] if ramp.shape[0] == w else ramp[:, None]
    arr = ink + arr * (paper - ink)
    stain = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(stain)
    cx, cy = rng.uniform(0.2, 0.85) * w, rng.uniform(0.15, 0.85) * h
    for _ in range(rng.randint(3, 5)):  # a blot made of a few blurred overlapping blobs
        rx, ry = rng.uniform(0.03, 0.09) * w, rng.uniform(0.03, 0.08) * w
        ox, oy = rng.uniform(-0.06, 0.06) * w, rng.uniform(-0.06, 0.06) * w
        draw.ellipse((cx + ox - rx, cy + oy - ry, cx + ox + rx, cy + oy + ry), fill=rng.randint(18, 38))
    r = rng.uniform(0.06, 0.11) * w
    rcx, rcy = rng.uniform(0.25, 0.8) * w, rng.uniform(0.2, 0.8) * h
    start = rng.uniform(0, 360)
    draw.arc(
        (rcx - r, rcy - r, rcx + r, rcy + r), start, start + rng.uniform(160, 300), fill=55, width=rng.randint(5, 9)
    )
    stain = stain.filter(ImageFilter.GaussianBlur(rng.uniform(3, 7)))
    arr -= np.asarray(stain, dtype=np.float32)
    gen = np.random.default_rng(rng.randrange(1 << 30))
    arr += gen.normal(0, 6, arr.shape)
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L").filter(ImageFilter.GaussianBlur(0.6))
    draw = ImageDraw.Draw(out)
    holes, radius = rng.choice((2, 3)), rng.uniform(0.014, 0.02) * w
    top, span = rng.random() < 0.5, rng.uniform(0.3, 0.6)  # span: from the first hole to the last, of the edge
    for k in range(holes):
        t = 0.5 + (k / (holes - 1) - 0.5) * span
        x, y = (t * w, 0.04 * h) if top else (0.045 * w, t * h)
        draw.ellipse((x - radius - 3, y - radius - 3, x + radius + 3, y + radius + 3), fill=250)
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=rng.randint(0, 40))
    return out


def photocopy(img, rng: random.Random):
    """A grainy, specked, skewed copy (PIL "L")."""
    import numpy as np
    from PIL import Image, ImageFilter

    img = img.filter(ImageFilter.GaussianBlur(0.7))
    img = img.rotate(rng.uniform(0.3, 1.5) * rng.choice((-1, 1)), resample=Image.BICUBIC, fillcolor=255)
    arr = np.asarray(img, dtype=np.float32)
    gen = np.random.default_rng(rng.randrange(1 << 30))
    arr += gen.normal(0, 9, arr.shape)
    specks = gen.random(arr.shape) < 0.0004
    arr[specks] = gen.uniform(10, 110, int(specks.sum()))
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")


def page_images(pdf: Path) -> list:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        return [page.render(scale=DPI / 72, grayscale=True).to_pil().convert("L") for page in document]
    finally:
        document.close()


def image_pdf(images: list, out: Path, quality: int) -> None:
    images[0].save(out, "PDF", resolution=DPI, save_all=True, append_images=images[1:], quality=quality)


def tesseract_pdf(images: list, out: Path) -> None:
    """The pages through Tesseract's PDF renderer: each page image with invisible text over it."""
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp, "pages.txt")
        names = []
        for n, img in enumerate(images):
            name = Path(tmp, f"p{n}.png")
            img.save(name, dpi=(DPI, DPI))
            names.append(str(name))
        listing.write_text("\n".join(names) + "\n")
        base = Path(tmp, "out")
        subprocess.run(["tesseract", str(listing), str(base), "-l", "swe", "pdf"], check=True, capture_output=True)
        out.write_bytes(base.with_suffix(".pdf").read_bytes())


def build(out: Path, seed: int, count: int) -> list[Path]:
    sys.path.insert(0, str(HERE / "heldout8_forms"))
    from build import build as build_forms  # the eighth generator's build.py

    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(f"scans11-{seed}")
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        for i, source in enumerate(build_forms(Path(tmp), seed, count, FORM_FAMILIES)):
            family = SCAN_FAMILIES[i % len(SCAN_FAMILIES)]
            images = page_images(source)
            name = out / f"s11-{i:03d}-{family}.pdf"
            if family == "worn":
                image_pdf([worn(img, rng) for img in images], name, rng.randint(55, 80))
            else:
                tesseract_pdf([photocopy(img, rng) for img in images], name)
            truth = json.loads(source.with_name(source.stem + ".truth.json").read_text(encoding="utf-8"))
            truth.update(
                variant=family,
                producer=f"{truth['producer']}+{family}",
                layer="ocr" if family == "tess_layer" else "image",
            )
            name.with_name(name.stem + ".truth.json").write_text(
                json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8"
            )
            written.append(name)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path)
    parser.add_argument("--seed", type=int)
    parser.add_argument("--count", type=int, default=24)
    parser.add_argument("--score", type=Path, help="score the PDFs built in this folder (aggregates only)")
    args = parser.parse_args()
    if args.score:
        from layout_scoring import score_files, table

        paths = sorted(args.score.glob("s11-*.pdf"))
        total, per_family = score_files(paths)
        print(f"{total.documents} PDFs in {args.score}")
        print(table(total, per_family))
        return
    if args.out is None or args.seed is None:
        parser.error("--out and --seed to build, or --score DIR")
    print(f"{len(build(args.out, args.seed, args.count))} PDFs in {args.out}")


if __name__ == "__main__":
    main()

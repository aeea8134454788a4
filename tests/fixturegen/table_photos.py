"""Phone photos of printed forms lying on a patterned ground, taken at an angle (issue #12).

    PYTHONPATH=tests .venv/bin/python -m fixturegen.table_photos --out DIR --seed N --count K

Each form (the fixture corpus's text-layer PDFs, `build_corpus`) is rendered in colour, printed on tinted
paper, turned 5-25 degrees and set in perspective (a quadrilateral) on a ground: a checked or striped cloth
(several colours and scales, the cloth itself turned), wood grain, a dark desk, or a newspaper page; then a
phone's light fall-off, blur, sensor noise and JPEG. The photo fills the page of an image-only PDF of the
form's page size. The truth sidecar is the form's, with `variant` "table_photo_<ground>" and `layer` "image".
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from .render import truth_path

GROUNDS = ("check", "stripe", "check", "wood", "newspaper", "desk")
DPI = 200  # the photo's pixels per inch over the form's page size
MIN_TURN, MAX_TURN = 5.0, 25.0  # degrees the sheet is turned in the frame
KEYSTONE = 0.07  # share of the sheet's size a corner moves at most for the perspective
CLOTHS = ((200, 40, 45), (40, 70, 160), (40, 130, 70), (60, 60, 60), (230, 150, 40))


def perspective_coefficients(to_points, from_points) -> tuple[float, ...]:
    """PIL's PERSPECTIVE coefficients taking each output point of `to_points` to its point of `from_points`."""
    rows, values = [], []
    for (x, y), (u, v) in zip(to_points, from_points, strict=True):
        rows += [[x, y, 1, 0, 0, 0, -u * x, -u * y], [0, 0, 0, x, y, 1, -v * x, -v * y]]
        values += [u, v]
    return tuple(float(c) for c in np.linalg.solve(np.array(rows, float), np.array(values, float)))


def sheet_corners(frame: tuple[int, int], page: tuple[int, int], rng: random.Random) -> list[tuple[float, float]]:
    """Where a page of `page` pixels lands in a frame of `frame` pixels (TL, TR, BR, BL): turned MIN_TURN to
    MAX_TURN degrees either way, scaled to fit with a margin of ground, then keystoned."""
    width, height = frame
    pw, ph = page
    angle = np.radians(rng.uniform(MIN_TURN, MAX_TURN) * rng.choice((-1, 1)))
    cos, sin = abs(np.cos(angle)), abs(np.sin(angle))
    fit = min(width / (pw * cos + ph * sin), height / (pw * sin + ph * cos)) * rng.uniform(0.86, 0.95)
    centre = (width / 2 + rng.uniform(-0.03, 0.03) * width, height / 2 + rng.uniform(-0.03, 0.03) * height)
    corners = []
    for x, y in ((-pw / 2, -ph / 2), (pw / 2, -ph / 2), (pw / 2, ph / 2), (-pw / 2, ph / 2)):
        x, y = x * fit, y * fit
        turned = (x * np.cos(angle) - y * np.sin(angle), x * np.sin(angle) + y * np.cos(angle))
        corners.append((centre[0] + turned[0], centre[1] + turned[1]))
    # Perspective: the far edge (top or bottom, or a side) shorter than the near one.
    side = rng.randrange(4)
    pull = rng.uniform(0.3, 1.0) * KEYSTONE
    a, b = side, (side + 1) % 4
    for index, other in ((a, b), (b, a)):
        x, y = corners[index]
        ox, oy = corners[other]
        corners[index] = (x + (ox - x) * pull, y + (oy - y) * pull)
    return corners


def ground(kind: str, size: tuple[int, int], rng: random.Random):
    """An H x W x 3 uint8 ground of `kind` (one of GROUNDS) for a frame of `size` (width, height) pixels."""
    width, height = size
    noise = np.random.default_rng(rng.randrange(2**32))
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    angle = np.radians(rng.uniform(-40, 40))
    u = xs * np.cos(angle) + ys * np.sin(angle)
    v = -xs * np.sin(angle) + ys * np.cos(angle)
    if kind in ("check", "stripe"):
        colour = np.array(rng.choice(CLOTHS), np.float32)
        period = rng.uniform(0.025, 0.09) * width
        across = (u % period) < period / 2
        down = (v % period) < period / 2 if kind == "check" else np.zeros_like(across)
        share = (across.astype(np.float32) + down.astype(np.float32)) / 2  # gingham: both bands darkest
        cloth = 245 - share[..., None] * (245 - colour)
        return np.clip(cloth + noise.normal(0, 6, cloth.shape), 0, 255).astype(np.uint8)
    if kind == "wood":
        grain = np.sin(u / rng.uniform(6, 14) + 3 * np.sin(v / rng.uniform(120, 300)))
        tone = 0.75 + 0.12 * grain + 0.05 * noise.normal(0, 1, grain.shape)
        wood = np.array((150, 100, 60), np.float32) * tone[..., None]
        return np.clip(wood, 0, 255).astype(np.uint8)
    if kind == "desk":
        level = rng.uniform(35, 80)
        desk = level + 15 * (ys / height) + noise.normal(0, 4, ys.shape)
        return np.repeat(np.clip(desk, 0, 255).astype(np.uint8)[..., None], 3, axis=2)
    if kind == "newspaper":
        return _newspaper(size, rng)
    raise ValueError(f"ground must be one of {sorted(set(GROUNDS))}")


def _newspaper(size: tuple[int, int], rng: random.Random):
    """A newsprint page under the sheet: greyish paper, a headline bar and columns of small word blocks."""
    width, height = size
    image = Image.new("RGB", size, (218, 214, 200))
    draw = ImageDraw.Draw(image)
    line = max(6, round(width * rng.uniform(0.008, 0.012)))
    draw.rectangle((0, 0, width, line * 5), fill=(40, 40, 40))
    columns = rng.randint(4, 6)
    column = width / columns
    for n in range(columns):
        y = line * 7
        while y < height:
            x = n * column + line
            while x < (n + 1) * column - 2 * line:
                length = rng.randint(line, line * 5)
                draw.rectangle((x, y, min(x + length, (n + 1) * column - line), y + line * 0.6), fill=(60, 60, 60))
                x += length + line * 0.6
            y += line * 1.4
    return np.asarray(image.rotate(rng.uniform(-30, 30), fillcolor=(218, 214, 200)))


def light_falloff(size: tuple[int, int], rng: random.Random):
    """A phone's light over a frame of `size`: brightest round a point, falling to 0.6-0.85 of it."""
    width, height = size
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    cx, cy = rng.uniform(0, width), rng.uniform(0, height)
    distance = np.hypot(xs - cx, ys - cy) / np.hypot(width, height)
    return 1.0 - (1.0 - rng.uniform(0.6, 0.85)) * np.clip(distance / 0.8, 0, 1) ** 1.5


def photographed(page, kind: str, rng: random.Random, frame: tuple[int, int]):
    """`page` (PIL RGB at the sheet's size in the photo) as a phone photo of `frame` pixels on a ground of
    `kind`: JPEG bytes."""
    corners = sheet_corners(frame, page.size, rng)
    pw, ph = page.size
    coefficients = perspective_coefficients(corners, ((0, 0), (pw, 0), (pw, ph), (0, ph)))
    tint = np.array([rng.uniform(236, 250), rng.uniform(232, 246), rng.uniform(222, 240)], np.float32) / 255
    paper = Image.fromarray((np.asarray(page, np.float32) * tint).astype(np.uint8))
    sheet = paper.transform(frame, Image.Transform.PERSPECTIVE, coefficients, Image.Resampling.BICUBIC)
    mask = Image.new("L", page.size, 255).transform(frame, Image.Transform.PERSPECTIVE, coefficients, fillcolor=0)
    placed = Image.composite(sheet, Image.fromarray(ground(kind, frame, rng)), mask)
    lit = np.asarray(placed, np.float32) * light_falloff(frame, rng)[..., None]
    blurred = Image.fromarray(np.clip(lit, 0, 255).astype(np.uint8)).filter(
        ImageFilter.GaussianBlur(rng.uniform(0.5, 1.3))
    )
    grain = np.random.default_rng(rng.randrange(2**32)).normal(0, 3, (frame[1], frame[0], 3))
    noisy = Image.fromarray(np.clip(np.asarray(blurred, np.float32) + grain, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    noisy.save(buffer, "JPEG", quality=rng.randint(60, 85))
    return buffer.getvalue()


def photo_pdf(pdf_in: Path, pdf_out: Path, kind: str, rng: random.Random) -> Path:
    """Every page of `pdf_in` photographed on a ground of `kind`, written as an image-only PDF, with its truth."""
    import pypdfium2
    from fpdf import FPDF

    document = pypdfium2.PdfDocument(str(pdf_in))
    pdf = FPDF(unit="pt")
    try:
        for page in document:
            width, height = page.get_size()
            frame = (round(width * DPI / 72), round(height * DPI / 72))
            image = page.render(scale=DPI / 72 * 0.8).to_pil().convert("RGB")  # about the sheet's size in the photo
            pdf.add_page(format=(width, height))
            pdf.image(io.BytesIO(photographed(image, kind, rng, frame)), x=0, y=0, w=width, h=height)
    finally:
        document.close()
    pdf.output(str(pdf_out))
    truth = json.loads(truth_path(pdf_in).read_text(encoding="utf-8"))
    truth.update(variant=f"table_photo_{kind}", layer="image")
    truth_path(pdf_out).write_text(json.dumps(truth, ensure_ascii=False, indent=2), encoding="utf-8")
    return pdf_out


def build(out: Path, count: int, seed: int) -> list[Path]:
    """`count` photographed forms in `out` (the grounds in turn), from the fixture corpus of `seed`."""
    import tempfile

    from . import build_corpus

    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    written = []
    with tempfile.TemporaryDirectory() as folder:
        for index, source in enumerate(build_corpus(folder, count, seed)):
            kind = GROUNDS[index % len(GROUNDS)]
            written.append(photo_pdf(Path(source), out / f"tp-{index:03d}-{kind}.pdf", kind, rng))
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=2501)
    parser.add_argument("--count", type=int, default=12)
    args = parser.parse_args(argv)
    paths = build(args.out, args.count, args.seed)
    print(f"wrote {len(paths)} photographed forms to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""An overexposed scan, a spirit-duplicator copy, foxed archive paper (tuning fixtures, issue #12).

- overexposed: the layout families' print scanned grey at 200 dpi, the scanner's optics blurring it a little,
  then exposed `gain` (1.45-1.9) times too bright with the highlights crushed (everything past white is white):
  pale strokes thin or broken, grey type and tints washed towards the paper, hairlines blown out; a brighter
  lamp band (a further 1.1-1.3) crosses the page at a slant; sensor noise, grey JPEG;
- ditto: a spirit-duplicator copy: the print's darkness spread by the alcohol into a soft halo round every
  stroke, in violet or purple-blue aniline ink, paler towards the foot and in blotches, a faint second image
  offset 2-6 px (the master slipped), on thin off-white paper; colour 200 dpi JPEG;
- foxed: an archive copy: the paper yellowed and browning towards its edges, clusters of rust-brown foxing
  spots and dark specks, a wavy tide line of a dried spill (its edge darker, the paper beyond it tinted), the ink
  faded to a warm brown-grey at 0.7-0.85 of black; colour 200 dpi JPEG.

    overexposed(grey, rng, gain)          a grey page (uint8) scanned too bright
    ditto(grey, rng)                      an RGB page (uint8) printed by a spirit duplicator
    foxed(grey, rng)                      an RGB page (uint8) of foxed, browned archive paper
    build_aged_copies_corpus(out_dir, count, seed)   the three kinds in turn, truth copied

The truth sidecar is the source's, its `variant` naming the kind and `scan` its parameters.
"""

from __future__ import annotations

import math
import random
from pathlib import Path

from .render import copy_truth
from .screen_dot_pen import _jpeg_page

KINDS = ("overexposed", "ditto", "foxed")
DPI = 200


def _blur(image, sigma: float):
    """A gaussian blur of a float array (separable, edges repeated)."""
    import numpy as np

    radius = max(1, math.ceil(3 * sigma))
    taps = np.exp(-(np.arange(-radius, radius + 1, dtype=np.float32) ** 2) / (2 * sigma**2))
    taps /= taps.sum()
    out = np.pad(image.astype(np.float32), radius, mode="edge")
    out = sum(t * out[i : i + out.shape[0] - 2 * radius] for i, t in enumerate(taps))
    return sum(t * out[:, i : i + out.shape[1] - 2 * radius] for i, t in enumerate(taps))


def _smooth_noise(shape: tuple[int, int], rng: random.Random, cells: int):
    """Smooth noise in 0..1 over `shape`: a random grid of `cells` a side enlarged bicubically."""
    import numpy as np
    from PIL import Image

    grid = np.array([[rng.random() for _ in range(cells)] for _ in range(cells)], np.float32)
    image = Image.fromarray(grid, "F").resize((shape[1], shape[0]), Image.Resampling.BICUBIC)
    return np.clip(np.asarray(image), 0, 1)


def overexposed(grey, rng: random.Random, gain: float):
    """`grey` (H x W uint8, the page as printed) scanned `gain` times too bright, a lamp band brighter still."""
    import numpy as np

    height, width = grey.shape
    printed = 255 - (255 - grey.astype(np.float32)) * rng.uniform(0.72, 0.88)  # light print to start with
    light = _blur(printed, rng.uniform(0.7, 1.0)) + rng.uniform(4, 14)  # the optics, the scanner's dark level
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    slope = math.tan(math.radians(rng.uniform(-25, 25)))
    centre = rng.uniform(0.2, 0.8) * height
    across = (ys - centre - slope * (xs - width / 2)) / (rng.uniform(0.06, 0.14) * height)
    lamp = 1 + rng.uniform(0.1, 0.3) * np.exp(-(across**2))
    out = light * gain * lamp
    out += np.random.default_rng(rng.randint(0, 2**31)).normal(0, 2.5, out.shape).astype(np.float32)
    return np.clip(out, 0, 255).astype(np.uint8)


def ditto(grey, rng: random.Random):
    """`grey` (H x W uint8) printed by a spirit duplicator: violet ink spread into halos, paler at the foot
    and in blotches, a faint offset second image, thin off-white paper (an RGB uint8 page)."""
    import numpy as np

    height, width = grey.shape
    dark = 1 - grey.astype(np.float32) / 255
    core = _blur(dark, rng.uniform(0.7, 1.2))
    halo = _blur(dark, rng.uniform(2.5, 4.5))
    ink = np.clip(core + rng.uniform(0.45, 0.8) * halo, 0, 1)
    dx, dy = rng.choice((-1, 1)) * rng.randint(2, 6), rng.choice((-1, 1)) * rng.randint(1, 4)
    ghost = np.roll(np.roll(core, dy, axis=0), dx, axis=1) * rng.uniform(0.18, 0.35)
    ink = np.maximum(ink, ghost)
    rows = np.linspace(0, 1, height, dtype=np.float32)[:, None]
    strength = rng.uniform(0.7, 0.9) - rng.uniform(0.25, 0.45) * rows  # paler towards the foot
    strength = strength - rng.uniform(0.15, 0.3) * _smooth_noise((height, width), rng, rng.randint(4, 8))
    ink = ink * np.clip(strength, 0.2, 1)
    violet = np.array(rng.choice(((92, 40, 150), (110, 50, 170), (70, 45, 160), (125, 40, 140))), np.float32)
    paper = np.array((rng.randint(238, 248), rng.randint(236, 245), rng.randint(225, 238)), np.float32)
    fibres = np.random.default_rng(rng.randint(0, 2**31)).normal(0, 3, (height, width, 1)).astype(np.float32)
    out = paper * (1 - ink[..., None]) + violet * ink[..., None] + fibres
    return np.clip(out, 0, 255).astype(np.uint8)


def foxed(grey, rng: random.Random):
    """`grey` (H x W uint8) on archive paper: yellowed, browning towards its edges, foxing spots and specks, a
    wavy tide line, the ink faded to a warm brown-grey (an RGB uint8 page)."""
    import numpy as np

    height, width = grey.shape
    gen = np.random.default_rng(rng.randint(0, 2**31))
    dark = 1 - _blur(grey.astype(np.float32), 0.6) / 255
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    edge = np.minimum(np.minimum(xs, width - 1 - xs), np.minimum(ys, height - 1 - ys)) / (0.12 * min(height, width))
    brown = np.exp(-edge) * rng.uniform(0.5, 0.9) + 0.25 * _smooth_noise((height, width), rng, 6)
    paper = np.array((rng.randint(236, 244), rng.randint(224, 234), rng.randint(188, 205)), np.float32)
    aged = np.array((196, 160, 110), np.float32)
    page = paper + (aged - paper) * np.clip(brown, 0, 1)[..., None]
    stain = np.zeros((height, width), np.float32)
    rust = np.array((150, 88, 48), np.float32)
    for _ in range(rng.randint(3, 7)):  # foxing: clusters of rust spots
        cx, cy = rng.uniform(0, width), rng.uniform(0, height)
        for _ in range(rng.randint(6, 25)):
            x, y = cx + rng.gauss(0, 40), cy + rng.gauss(0, 40)
            radius = rng.uniform(1.5, 9)
            box = (
                slice(max(0, int(y - 3 * radius)), int(y + 3 * radius) + 1),
                slice(max(0, int(x - 3 * radius)), int(x + 3 * radius) + 1),
            )
            spot = np.exp(-((((xs[box] - x) ** 2 + (ys[box] - y) ** 2) / radius**2) ** 1.5)) * rng.uniform(0.3, 0.85)
            stain[box] = np.maximum(stain[box], spot)
    for _ in range(rng.randint(40, 140)):  # specks
        x, y = rng.randrange(width), rng.randrange(height)
        r = rng.choice((1, 1, 2))
        stain[max(0, y - r) : y + r, max(0, x - r) : x + r] = np.maximum(
            stain[max(0, y - r) : y + r, max(0, x - r) : x + r], rng.uniform(0.5, 0.9)
        )
    page = page + (rust - page) * stain[..., None]
    # a tide line: a wavy curve across the page, the paper beyond it tinted and its edge darker
    base = rng.uniform(0.25, 0.75) * height
    amp, wave, phase = rng.uniform(20, 70), rng.uniform(0.3, 0.8) * width, rng.uniform(0, 6.3)
    line = base + amp * np.sin(xs / wave * 2 * math.pi + phase) + 0.3 * amp * np.sin(xs / (wave / 3.1) + phase)
    below = ys - line
    beyond = 1 / (1 + np.exp(np.clip(-below / 3, -50, 50)))
    rim = np.exp(-((below / rng.uniform(2, 4)) ** 2)) * rng.uniform(0.35, 0.6)
    tide = np.array((170, 125, 70), np.float32)
    page = page + (tide - page) * np.clip(beyond * rng.uniform(0.08, 0.2) + rim, 0, 1)[..., None]
    ink_dark = rng.uniform(0.7, 0.85)
    warm = np.array((88, 74, 62), np.float32)
    ink = np.clip(dark * ink_dark / 0.85, 0, 1)[..., None]
    out = page * (1 - ink) + warm * ink + gen.normal(0, 2.5, (height, width, 1)).astype(np.float32)
    return np.clip(out, 0, 255).astype(np.uint8)


def image_pages(pdf_in: Path, pdf_out: Path, quality: int, page_image, dpi: float = DPI) -> None:
    """Every page of pdf_in rendered grey at `dpi`, made an image by `page_image(grey)` (a PIL image, a JPEG page
    of `quality`; or (image, "PNG"), a lossless page), as a page of an image-only PDF at pdf_out."""
    import io

    import numpy as np
    import pypdfium2
    from fpdf import FPDF

    document = pypdfium2.PdfDocument(str(pdf_in))
    pdf = FPDF(unit="pt")
    try:
        for page in document:
            size = page.get_size()
            grey = np.asarray(page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L"))
            made = page_image(grey)
            if not isinstance(made, tuple):
                _jpeg_page(pdf, made, quality, size)
                continue
            image, kind = made
            buffer = io.BytesIO()
            image.save(buffer, kind)
            buffer.seek(0)
            pdf.add_page(format=size)
            pdf.image(buffer, x=0, y=0, w=size[0], h=size[1])
    finally:
        document.close()
    pdf.output(str(pdf_out))


def aged(pdf_in: str | Path, pdf_out: str | Path, rng: random.Random, kind: str) -> Path:
    """Every page of pdf_in scanned as `kind` (KINDS); an image-only PDF with pdf_in's truth."""
    from PIL import Image

    pdf_in, pdf_out = Path(pdf_in), Path(pdf_out)
    gain, quality, turn = rng.uniform(1.45, 1.9), rng.randint(72, 90), rng.uniform(-0.5, 0.5)

    def page_image(grey):
        if kind == "overexposed":
            image = Image.fromarray(overexposed(grey, rng, gain), "L")
            fill: int | tuple[int, int, int] = 255
        else:
            image = Image.fromarray(ditto(grey, rng) if kind == "ditto" else foxed(grey, rng), "RGB")
            fill = (240, 235, 220)
        return image.rotate(turn, resample=Image.Resampling.BICUBIC, fillcolor=fill)

    image_pages(pdf_in, pdf_out, quality, page_image)
    scan = {"overexposed": f"grey, gain {gain:.2f}", "ditto": "violet spirit copy", "foxed": "foxed archive paper"}
    copy_truth(pdf_in, pdf_out, variant=kind, scan=f"{DPI} dpi, {scan[kind]}, turned {turn:.2f}")
    return pdf_out


def kinds_corpus(
    out_dir: str | Path, count: int, seed: int, prefix: str, kinds: tuple[str, ...], degrade, sources=None
) -> list[Path]:
    """`count` forms of the layout families (or of `sources(dir, count, seed)`), degraded by
    `degrade(pdf_in, pdf_out, rng, kind)` as `kinds` in turn."""
    import tempfile

    from .families import build_layout_corpus

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        layouts = (sources or build_layout_corpus)(Path(tmp) / "layout", count, seed)
        paths = []
        for index in range(count):
            kind = kinds[index % len(kinds)]
            rng = random.Random(f"{prefix}-{seed}-{index}")
            paths.append(degrade(layouts[index], out / f"{prefix}-{index:03d}-{kind}.pdf", rng, kind))
        return paths


def plain_corpus(
    out_dir: str | Path, count: int, seed: int, prefix: str, kinds: tuple[str, ...], degrade
) -> list[Path]:
    """The same `count` sources as kinds_corpus with these arguments, each scanned clean: `degrade(pdf_in,
    pdf_out, rng, kind, plain=True)` (variant `plain_<kind>`)."""

    def clean(pdf_in, pdf_out, rng, kind):
        return degrade(pdf_in, pdf_out, rng, kind, plain=True)

    return kinds_corpus(out_dir, count, seed, prefix, kinds, clean)


def build_aged_copies_corpus(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """`count` forms of the layout families, in the three kinds in turn."""
    return kinds_corpus(out_dir, count, seed, "aged", KINDS, aged)

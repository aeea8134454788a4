"""The scanned families: h32_layout's pages drawn into Pillow images and worn with numpy, no text layer.

`highlighter_coffee` (a colour scan at 200 dpi of a read and handled print: three to seven translucent highlighter
strokes (yellow, green or pink, multiplied over the print, 1.1–1.5 lines high, slightly slanted, ragged ends) laid
over printed lines, labels or answers alike, and one or two coffee rings (a brown ring 55–85 mm across, 1–3 mm wide,
darker at its rim, often broken, with a faint stain inside) landing on the text; skew up to 0.5°, JPEG 80–90);
`dithered_150` (a 150 dpi BITONAL scan with error diffusion: the print rendered grey (ink 40–90 on paper 228–246,
greyish from the scanner's lamp, noise), levelled by the scanner's white point (paper just under white, ink 30), then reduced to black and white by Floyd–Steinberg dithering, so grey fills
become dot patterns and thin strokes break into dots; skew up to 0.4°; stored 1-bit); `small_jpeg` (scanned at 300
dpi, then saved small: downsampled to 100 dpi grey with a slight blur and noise and stored as a JPEG of quality 25–45,
so 9–10.5 pt text is 13–15 px high with block artefacts round every letter).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout23_forms"))
from h23_scan import _noise, _save, draw_page  # noqa: E402
from h32_layout import Page, text_width  # noqa: E402

MARKERS = ((255, 240, 60), (150, 240, 120), (255, 150, 200))


def _mm(dpi: int) -> float:
    return dpi / 25.4


def highlighted(page: Page, rng: random.Random, dpi: int = 200) -> Image.Image:
    """`page` in colour with highlighter strokes over printed lines and coffee rings."""
    grey = np.asarray(draw_page(page, dpi, ink=25, paper=246), dtype=float)
    h, w = grey.shape
    rgb = np.stack([grey, grey * 0.995, grey * 0.975], axis=2)
    scale = dpi / 72
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    lines = [t for t in page.texts if len(t.text) > 8 and 60 < t.y < page.height - 60]
    colour = np.array(rng.choice(MARKERS), dtype=float)
    for t in rng.sample(lines, min(len(lines), rng.randint(3, 7))):
        x0 = t.x * scale - rng.uniform(2, 8)
        x1 = (t.x + min(text_width(t.text, t.size, t.bold), rng.uniform(60, 420))) * scale + rng.uniform(0, 10)
        high = t.size * scale * rng.uniform(1.1, 1.5)
        mid = (t.y - t.size * 0.32) * scale
        slant = rng.uniform(-3, 3)
        draw.polygon([(x0, mid - high / 2), (x1, mid - high / 2 + slant), (x1 + 3, mid + high / 2 + slant),
                      (x0 + 2, mid + high / 2)], fill=rng.randint(200, 240))  # fmt: skip
    ink = np.asarray(mask.filter(ImageFilter.GaussianBlur(1.2)), dtype=float)[..., None] / 255
    rgb = rgb * (1 - ink + ink * colour / 255)
    for _ in range(rng.randint(1, 2)):
        cx, cy = rng.uniform(0.15, 0.85) * w, rng.uniform(0.15, 0.85) * h
        radius = rng.uniform(27, 42) * _mm(dpi)
        width = rng.uniform(1, 3) * _mm(dpi)
        # only the ring's square is worked on (the page is 1654 x 2339 pixels)
        reach = radius + 4 * width
        y0, y1 = max(0, int(cy - reach)), min(h, int(cy + reach) + 1)
        x0, x1 = max(0, int(cx - reach)), min(w, int(cx + reach) + 1)
        yy, xx = np.mgrid[y0:y1, x0:x1]
        dist = np.hypot(xx - cx, yy - cy)
        ring = np.exp(-(((dist - radius) / width) ** 2))
        angle = np.arctan2(yy - cy, xx - cx)
        gap = rng.uniform(-np.pi, np.pi)
        ring *= np.clip(1.3 - np.abs(np.angle(np.exp(1j * (angle - gap)))) * rng.uniform(0, 0.5), 0, 1)
        stain = (dist < radius).astype(float) * rng.uniform(0.04, 0.1)
        shade = np.clip(ring * rng.uniform(0.35, 0.6) + stain, 0, 0.8)[..., None]
        part = rgb[y0:y1, x0:x1]
        rgb[y0:y1, x0:x1] = part * (1 - shade) + shade * np.array([120.0, 80.0, 45.0]) * (part / 255)
    rgb = rgb + _noise(rng, (h, w, 1), 2.5)
    image = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB")
    return image.rotate(rng.uniform(-0.5, 0.5), resample=Image.BICUBIC, fillcolor=(250, 250, 250))


def highlighter_coffee(pages: list[Page], path: Path, rng: random.Random) -> int:
    return _save([highlighted(page, rng) for page in pages], path, 200, rng.randint(80, 90))


def dithered(page: Page, rng: random.Random, dpi: int = 150) -> Image.Image:
    """`page` scanned bitonal at `dpi` by error diffusion."""
    ink, paper = rng.randint(40, 90), rng.randint(228, 246)
    grey = np.asarray(draw_page(page, dpi, ink=ink, paper=paper), dtype=float)
    grey = grey + _noise(rng, grey.shape, 5)
    image = Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8), "L")
    image = image.rotate(rng.uniform(-0.4, 0.4), resample=Image.BICUBIC, fillcolor=paper)
    # the scanner's white point: the paper near white, a few dots left in it, grey fills dithered
    level = np.asarray(image, dtype=float)
    level = (level - ink) / (paper - ink) * (255 - 30) + 30 - rng.uniform(0, 2)
    image = Image.fromarray(np.clip(level, 0, 255).astype(np.uint8), "L")
    return image.convert("1", dither=Image.Dither.FLOYDSTEINBERG)


def dithered_150(pages: list[Page], path: Path, rng: random.Random) -> int:
    images = [dithered(page, rng) for page in pages]  # 1-bit: Pillow stores them CCITT G4, no JPEG quality
    images[0].save(path, "PDF", save_all=True, append_images=images[1:], resolution=150)
    return len(images)


def shrunk(page: Page, rng: random.Random) -> Image.Image:
    """`page` scanned at 300 dpi, then made a 100 dpi grey image."""
    grey = np.asarray(draw_page(page, 300, ink=rng.randint(15, 45), paper=rng.randint(236, 250)), dtype=float)
    grey = grey + _noise(rng, grey.shape, 4)
    image = Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8), "L")
    image = image.rotate(rng.uniform(-0.3, 0.3), resample=Image.BICUBIC, fillcolor=245)
    image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.9)))
    return image.resize((image.width // 3, image.height // 3), Image.LANCZOS)


def small_jpeg(pages: list[Page], path: Path, rng: random.Random) -> int:
    return _save([shrunk(page, rng) for page in pages], path, 100, rng.randint(25, 45))


__all__ = ["dithered", "dithered_150", "highlighted", "highlighter_coffee", "shrunk", "small_jpeg"]

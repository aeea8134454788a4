"""The image-only families: the laid-out pages (h16_layout) drawn straight into Pillow images with FreeType
(no SVG, no PDF renderer), degraded with numpy and saved by Pillow's own PDF writer, one JPEG image a page.
`show_through` (a grey 200 dpi scan of thin paper: the back page's print shows through mirrored, soft and faint,
on an off-white sheet with fibre noise); `trifold` (a colour scan of a letter folded in three: two fold lines
across the text with a shadow on one side and a lit ridge on the other, the thirds shifted and tilted a little
against each other); `mobile_app` (a phone scanner app's output: keystone corrected badly (a slight quad warp),
over-sharpened with halos, contrast pushed so the grey paper goes white, and the app's watermark strip at the
foot).
"""

from __future__ import annotations

import random
from functools import lru_cache
from pathlib import Path

import numpy as np
from h16_layout import FONTS, Page
from PIL import Image, ImageDraw, ImageFilter, ImageFont

DPI = 200
WATERMARK = ("Skannat med DocuSnap Free", "Skapad med ScanGo Lite", "Skannad med Pocket Scanner")


@lru_cache(maxsize=64)
def _font(bold: bool, pixels: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONTS[bold], pixels)


def draw_page(page: Page, dpi: int, ink: int = 20, paper: int = 255) -> Image.Image:
    """The page as a grey image at `dpi`: text at its baselines, rules as lines."""
    scale = dpi / 72
    image = Image.new("L", (round(page.width * scale), round(page.height * scale)), paper)
    draw = ImageDraw.Draw(image)
    for x0, y0, x1, y1 in page.rules:
        draw.line((x0 * scale, y0 * scale, x1 * scale, y1 * scale), fill=ink, width=max(1, round(0.5 * scale)))
    for run in page.runs:
        font = _font(run.bold, round(run.size * scale))
        draw.text((run.left * scale, run.y * scale), run.text.replace("\u00a0", " "), font=font, fill=ink, anchor="ls")
    return image


def _noise(rng: random.Random, shape: tuple[int, ...], scale: float) -> np.ndarray:
    return np.random.default_rng(rng.randrange(1 << 30)).normal(0, scale, shape)


def _save(images: list[Image.Image], path: Path, quality: int) -> int:
    images[0].save(path, "PDF", save_all=True, append_images=images[1:], resolution=DPI, quality=quality)
    return len(images)


def show_through(pages: list[Page], backs: list[Page], path: Path, rng: random.Random) -> int:
    """`backs`: the pages printed on the sheets' other sides (mirrored when seen through the paper)."""
    out = []
    strength = rng.uniform(0.14, 0.22)
    for n, page in enumerate(pages):
        front = np.asarray(draw_page(page, DPI), dtype=float)
        back_page = backs[n % len(backs)]
        back = draw_page(back_page, DPI).transpose(Image.FLIP_LEFT_RIGHT).filter(ImageFilter.GaussianBlur(1.6))
        back = back.resize((front.shape[1], front.shape[0]))
        seen = (255 - np.asarray(back, dtype=float)) * strength
        paper = 238 + _noise(rng, front.shape, 3.5)
        pixels = np.minimum(paper - seen, front * paper / 255)
        image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L")
        out.append(image.rotate(rng.uniform(-0.5, 0.5), resample=Image.BICUBIC, fillcolor=236))
    return _save(out, path, rng.randint(55, 75))


def trifold(pages: list[Page], path: Path, rng: random.Random) -> int:
    out = []
    for page in pages:
        grey = draw_page(page, DPI, ink=25)
        w, h = grey.size
        folds = [round(h * f + rng.uniform(-0.02, 0.02) * h) for f in (1 / 3, 2 / 3)]
        # the thirds lie a little askew against each other after unfolding
        sheet = Image.new("L", (w, h), 250)
        edges = [0, *folds, h]
        for k in range(3):
            part = grey.crop((0, edges[k], w, edges[k + 1]))
            part = part.rotate(rng.uniform(-0.35, 0.35), resample=Image.BICUBIC, fillcolor=250)
            sheet.paste(part, (rng.randint(-4, 4), edges[k] + rng.randint(-2, 2)))
        pixels = np.asarray(sheet, dtype=float)
        yy = np.arange(h, dtype=float)[:, None]
        light = np.ones((h, 1))
        for fold in folds:
            side = rng.choice((-1, 1))
            distance = (yy - fold) * side
            shadow = 0.28 * np.exp(-np.clip(distance, 0, None) / rng.uniform(25, 45)) * (distance >= 0)
            ridge = 0.06 * np.exp(-np.clip(-distance, 0, None) / 12) * (distance < 0)
            light = light - shadow + ridge
            light[max(0, fold - 1) : fold + 2] *= 0.7  # the crease itself
        tint = np.array([1.0, 0.985, 0.95])  # an old letter's warm paper
        rgb = pixels[..., None] * light[..., None] * tint + _noise(rng, (h, w, 1), 3)
        out.append(Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB"))
    return _save(out, path, rng.randint(60, 80))


def mobile_app(pages: list[Page], path: Path, rng: random.Random) -> int:
    out = []
    mark = rng.choice(WATERMARK)
    for page in pages:
        grey = draw_page(page, DPI, ink=40, paper=205)
        w, h = grey.size
        d = [rng.uniform(-0.012, 0.012) * w for _ in range(8)]  # a keystone corrected not quite square
        quad = (d[0], d[1], d[2], h + d[3], w + d[4], h + d[5], w + d[6], d[7])
        warped = grey.transform((w, h), Image.QUAD, quad, resample=Image.BICUBIC, fillcolor=205)
        pixels = np.asarray(warped, dtype=float) + _noise(rng, (h, w), 5)
        image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L")
        image = image.filter(
            ImageFilter.UnsharpMask(radius=rng.uniform(2, 3.5), percent=rng.randint(220, 320), threshold=2)
        )
        levels = np.asarray(image, dtype=float)
        levels = np.clip((levels - 70) * 255 / (190 - 70), 0, 255)  # contrast pushed: the grey paper goes white
        image = Image.fromarray(levels.astype(np.uint8), "L").convert("RGB")
        draw = ImageDraw.Draw(image)
        strip = round(0.028 * h)
        draw.rectangle((0, h - strip, w, h), fill=(28, 96, 160))
        draw.text(
            (w // 2, h - strip // 2), mark, font=_font(True, round(strip * 0.55)), fill=(255, 255, 255), anchor="mm"
        )
        out.append(image)
    return _save(out, path, rng.randint(70, 85))

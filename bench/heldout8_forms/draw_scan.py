"""Image-only PDFs of new kinds, drawn with Pillow and saved by Pillow's own PDF writer:

- `fax`: bilevel 200 dpi, thresholded with speckle and a slight skew, CCITT G4 inside the PDF;
- `photo`: a phone photo of the printed page on coloured paper: perspective, light falling off to one
  corner, a small rotation, a red "INKOM" stamp and a handwritten tick, JPEG inside the PDF.
"""

from __future__ import annotations

import random
from functools import lru_cache
from pathlib import Path

from layout import Page
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONTS = "/usr/share/fonts/truetype/dejavu/"


@lru_cache(maxsize=64)
def _font(bold: bool, size10: int) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(FONTS + name, size10 / 10)


def width(text: str, bold: bool, size: float) -> float:
    return float(_font(bold, round(size * 10)).getlength(text))


def render(page: Page, dpi: int) -> Image.Image:
    k = dpi / 72
    img = Image.new("L", (round(page.width * k), round(page.height * k)), 255)
    draw = ImageDraw.Draw(img)
    for x0, y0, x1, y1 in page.rules:
        draw.line([(x0 * k, y0 * k), (x1 * k, y1 * k)], fill=0, width=max(1, round(k * 0.6)))
    for x, y, w, h in page.boxes:
        draw.rectangle([x * k, y * k, (x + w) * k, (y + h) * k], outline=0, width=max(1, round(k * 0.6)))
    for t in page.texts:
        font = _font(t.bold, round(t.size * k * 10))
        draw.text((t.x * k, t.y * k), t.text, font=font, fill=90 if t.grey else 0, anchor="ls")
    return img


def fax(pages: list[Page], path: Path, rng: random.Random) -> None:
    images = []
    for page in pages:
        img = render(page, 200).rotate(rng.uniform(-0.8, 0.8), resample=Image.Resampling.BICUBIC, fillcolor=255)
        px = img.load()
        assert px is not None
        for _ in range(img.width * img.height // 4000):  # line noise of a fax
            px[rng.randrange(img.width), rng.randrange(img.height)] = 0
        images.append(img.point(lambda v: 255 if v > 150 else 0).convert("1"))
    images[0].save(path, "PDF", resolution=200, save_all=True, append_images=images[1:])


def _light(size: tuple[int, int], rng: random.Random) -> Image.Image:
    """A mask darkening towards one corner, as under a desk lamp."""
    small = Image.new("L", (16, 16))
    cx, cy = rng.choice([(0, 0), (15, 0), (0, 15), (15, 15)])
    small.putdata(
        [round(255 - 110 * (((x - cx) ** 2 + (y - cy) ** 2) ** 0.5) / 22) for y in range(16) for x in range(16)]
    )
    return small.resize(size, Image.Resampling.BILINEAR)


def photo(pages: list[Page], path: Path, rng: random.Random, year: int) -> None:
    images = []
    paper = rng.choice([(252, 246, 214), (226, 240, 250), (240, 228, 240), (236, 248, 228)])
    for n, page in enumerate(pages):
        grey = render(page, 150)
        ink = Image.new("RGB", grey.size, paper)
        ink.paste((25, 25, 35), mask=grey.point(lambda v: 255 - v))
        draw = ImageDraw.Draw(ink)
        if n == 0:  # a received-stamp low on the page and a handwritten tick beside the title
            stamp = Image.new("RGBA", (420, 110), (0, 0, 0, 0))
            sd = ImageDraw.Draw(stamp)
            sd.rectangle([2, 2, 417, 107], outline=(200, 30, 30, 200), width=5)
            sd.text(
                (20, 22),
                f"INKOM {year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                font=_font(True, 340),
                fill=(200, 30, 30, 200),
            )
            stamp = stamp.rotate(rng.uniform(-12, 12), expand=True)
            ink.paste(stamp, (ink.width - stamp.width - 60, ink.height - stamp.height - 140), stamp)
            x, y = 40, 150
            draw.line([(x, y), (x + 18, y + 22), (x + 55, y - 30)], fill=(20, 40, 160), width=6)
        w, h = ink.size
        big = Image.new("RGB", (w + 200, h + 200), (70, 60, 50))  # the table under the page
        big.paste(ink, (100, 100))
        d = [rng.uniform(-40, 40) for _ in range(8)]
        quad = (
            100 + d[0],
            100 + d[1],
            100 + d[2],
            h + 100 + d[3],
            w + 100 + d[4],
            h + 100 + d[5],
            w + 100 + d[6],
            100 + d[7],
        )
        shot = big.transform((w, h), Image.Transform.QUAD, quad, Image.Resampling.BICUBIC)
        shot = shot.rotate(rng.uniform(-2.5, 2.5), resample=Image.Resampling.BICUBIC, fillcolor=(70, 60, 50))
        shade = Image.new("RGB", shot.size, (0, 0, 0))
        shot = Image.composite(shot, shade, _light(shot.size, rng)).filter(ImageFilter.GaussianBlur(0.6))
        images.append(shot)
    images[0].save(path, "PDF", resolution=150, save_all=True, append_images=images[1:], quality=80)

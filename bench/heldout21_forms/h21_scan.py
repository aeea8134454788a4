"""The image-only families: the laid-out pages (h16_layout) drawn into Pillow images with FreeType (the seventeenth
generator's `draw_page`), degraded with numpy, no text layer.

`tablecloth_photo` (each page photographed at an angle lying on a red or blue checked tablecloth: the sheet a
trapezoid, turned a little, lit unevenly from one side, a phone's JPEG); `three_across` (the form printed three
pages side by side on one wide sheet, thin frames round the cells, scanned grey at 300 dpi; a form of one or two
pages leaves cells blank, one of four or more takes a second sheet); `fax_jitter` (a standard-resolution fax,
204 × 98 lines an inch, black and white, whose row feed slipped: runs of rows dropped and runs of rows repeated,
with the sending machine's header line of digits at the top; 1-bit pages with their own x and y resolutions).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout17_forms"))
from h16_layout import FONTS, Page  # noqa: E402
from h17_scan import _noise, draw_page  # noqa: E402
from PIL import ImageFont  # noqa: E402

__all__ = ["fax_jitter", "tablecloth_photo", "three_across"]


def _save(images: list[Image.Image], path: Path, dpi: tuple[float, float], quality: int | None = None) -> int:
    """Pillow's PDF: JPEG pages at `quality`, or (None) 1-bit pages as CCITT G4."""
    extra = {"quality": quality} if quality is not None else {}
    images[0].save(path, "PDF", save_all=True, append_images=images[1:], dpi=dpi, **extra)
    return len(images)


def _perspective_coefficients(out_corners: list[tuple[float, float]], in_corners: list[tuple[float, float]]):  # type: ignore[no-untyped-def]
    """Pillow's PERSPECTIVE coefficients taking each output corner to its input corner."""
    rows = []
    for (x, y), (u, v) in zip(out_corners, in_corners):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    target = np.array([c for corner in in_corners for c in corner], dtype=float)
    return np.linalg.solve(np.array(rows, dtype=float), target).tolist()


def _tablecloth(rng: random.Random, size: tuple[int, int]) -> Image.Image:
    """A woven check: stripes of one colour across and down, darker where they cross, a little weave noise."""
    w, h = size
    colour = np.array(rng.choice(((178, 38, 44), (40, 70, 150), (45, 120, 70))), dtype=float)
    square = rng.randint(34, 60)
    ys, xs = np.mgrid[0:h, 0:w]
    across = ((ys // square) % 2 == 0).astype(float)
    down = ((xs // square) % 2 == 0).astype(float)
    share = (across + down)[..., None] / 2  # 0 white, 0.5 one stripe, 1 both
    cloth = (1 - share) * np.array((236, 232, 222)) + share * colour
    cloth += _noise(rng, (h, w, 1), 9)
    return Image.fromarray(np.clip(cloth, 0, 255).astype(np.uint8), "RGB")


def tablecloth_photo(pages: list[Page], path: Path, rng: random.Random) -> int:
    out = []
    for page in pages:
        sheet = draw_page(page, 170, ink=28, paper=246).convert("RGB")
        sw, sh = sheet.size
        canvas_w, canvas_h = round(sw * 1.22), round(sh * 1.16)
        photo = _tablecloth(rng, (canvas_w, canvas_h))
        # where the sheet's corners land: the far (top) edge narrower, the whole turned and shifted a little
        inset = rng.uniform(0.05, 0.10) * sw
        cx, cy = canvas_w / 2 + rng.uniform(-20, 20), canvas_h / 2 + rng.uniform(-15, 15)
        angle = np.radians(rng.uniform(-4, 4))
        half_w, half_h = sw * 0.47, sh * 0.47
        corners = [(-half_w + inset, -half_h), (half_w - inset, -half_h), (half_w, half_h), (-half_w, half_h)]
        landed = [
            (cx + x * np.cos(angle) - y * np.sin(angle), cy + x * np.sin(angle) + y * np.cos(angle)) for x, y in corners
        ]
        coefficients = _perspective_coefficients(landed, [(0, 0), (sw, 0), (sw, sh), (0, sh)])
        warped = sheet.transform((canvas_w, canvas_h), Image.PERSPECTIVE, coefficients, Image.BICUBIC)
        mask = Image.new("L", sheet.size, 255).transform((canvas_w, canvas_h), Image.PERSPECTIVE, coefficients)
        shadow = mask.filter(ImageFilter.GaussianBlur(14)).point(lambda v: int(v * 0.45))
        photo = Image.composite(Image.new("RGB", photo.size, (30, 25, 25)), photo, shadow)
        photo.paste(warped, (0, 0), mask)
        # light from one side, a warm cast
        xs = np.linspace(0, 1, canvas_w)[None, :, None]
        side = xs if rng.random() < 0.5 else 1 - xs
        light = rng.uniform(0.72, 0.82) + rng.uniform(0.15, 0.25) * side
        pixels = np.asarray(photo, dtype=float) * light * np.array((1.0, 0.97, 0.9))
        pixels += _noise(rng, (canvas_h, canvas_w, 1), 4)
        image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(0.6))
        out.append(image)
    return _save(out, path, (150, 150), rng.randint(62, 80))


def three_across(pages: list[Page], path: Path, rng: random.Random) -> int:
    dpi = 300
    cell_dpi = 150  # each A4 page printed at half size
    out = []
    for first in range(0, len(pages), 3):
        cells = [draw_page(p, cell_dpi, ink=24, paper=250) for p in pages[first : first + 3]]
        cw, ch = round(595 * cell_dpi / 72), round(842 * cell_dpi / 72)
        gap = 40
        sheet = Image.new("L", (3 * cw + 4 * gap, ch + 2 * gap), 250)
        draw = ImageDraw.Draw(sheet)
        for k in range(3):
            x = gap + k * (cw + gap)
            if k < len(cells):
                cell = cells[k].rotate(rng.uniform(-0.3, 0.3), fillcolor=250, resample=Image.BICUBIC)
                sheet.paste(cell, (x, gap))
            draw.rectangle((x - 4, gap - 4, x + cw + 4, gap + ch + 4), outline=120, width=2)
        pixels = np.asarray(sheet, dtype=float) * rng.uniform(0.93, 0.99) + _noise(rng, (sheet.height, sheet.width), 4)
        out.append(Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L"))
    return _save(out, path, (dpi, dpi), rng.randint(70, 86))


def _fax_header(image: Image.Image, rng: random.Random, number: int, total: int, year: int) -> None:
    """The sending machine's line: date, time, its number and the page, digits only."""
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONTS[False], 17)
    text = (
        f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}"
        f"    08-508 {rng.randint(10, 99)} {rng.randint(100, 999)}    {number}/{total}"
    )
    draw.text((60, 12), text, font=font, fill=0)


def _jittered_rows(height: int, rng: random.Random) -> list[int]:
    """Which source row each fax row shows: mostly in order, with runs dropped (the feed slipped ahead) and runs
    repeated (the feed stuck)."""
    rows, y = [], 0
    while y < height:
        roll = rng.random()
        if roll < 0.012:
            y += rng.randint(1, 3)  # dropped rows
        elif roll < 0.024:
            rows += [y] * rng.randint(1, 3)  # repeated rows
        rows.append(min(y, height - 1))
        y += 1
    return rows


def fax_jitter(pages: list[Page], path: Path, rng: random.Random, year: int) -> int:
    xdpi, ydpi = 204, 98
    out = []
    for number, page in enumerate(pages, 1):
        grey = draw_page(page, xdpi, ink=0, paper=255)
        grey = grey.resize((grey.width, round(grey.height * ydpi / xdpi)), Image.LANCZOS)
        _fax_header(grey, rng, number, len(pages), year)
        pixels = np.asarray(grey, dtype=float)[_jittered_rows(grey.height, rng)]
        pixels = (
            pixels[: grey.height]
            if len(pixels) >= grey.height
            else np.vstack([pixels, np.full((grey.height - len(pixels), grey.width), 255.0)])
        )
        pixels += _noise(rng, pixels.shape, 14)
        ink = pixels < rng.uniform(135, 165)
        out.append(Image.fromarray(np.where(ink, 0, 255).astype(np.uint8), "L").convert("1"))
    return _save(out, path, (xdpi, ydpi))

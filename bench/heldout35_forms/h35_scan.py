"""The scanned families: h35_layout's pages drawn into Pillow images and worn with numpy, no text layer.

`clear_ruler` (grey 200 dpi: a CLEAR PLASTIC RULER lying across the page at 4–25° from the horizontal, 3 cm wide (about
240 px) through a point in the middle half of the page: under it the print is SHIFTED 2–4 px sideways and down (the
plastic's refraction) and 8–16 levels paler behind a faint tint, its two long edges dark lines 2–3 px, along one edge
TICK MARKS every millimetre (longer every 5 and 10) and the CENTIMETRE NUMBERS 0–30 printed on the ruler (text that is
not the form's); paper 232–246, ink 25–50, JPEG 85–90);
`rgb_misregister` (a COLOUR scan at 200 dpi from a scanner whose three colour channels are out of register: the red
channel shifted 2–4 px and the blue 2–4 px the other way (each in x and y), so every stroke has coloured fringes; a
slight warm paper tint (paper 236–248, red +4, blue −6), ink 20–45, JPEG 86–92);
`stapled_stack` (grey 200 dpi: the top sheet of a STAPLED STACK: the page turned 0.8–2.0° about the staple in its
top-left corner, two or three sheets BELOW IT PEEKING OUT 6–18 px past the right and bottom edges, each edge with a
soft shadow, the lowest sheet reaching the scan's right and bottom edges; a STAPLE 28–40 px long, 5 px wide, metallic grey with a
highlight, lying over the top-left corner at 30–60° (over the running header or the title when they reach it), its
two holes' dimples beside it; paper 230–244, JPEG 85–90).
"""

from __future__ import annotations

import math
import random
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout23_forms"))
from h23_scan import _noise, _save, draw_page  # noqa: E402
from h35_layout import Page, RoundBox  # noqa: E402

DPI = 200
SCALE = DPI / 72


def render(page: Page, ink: int, paper: int) -> Image.Image:
    """The page at DPI with its rounded boxes drawn rounded (draw_page knows only square ones)."""
    plain = Page(page.width, page.height, page.texts, [b for b in page.boxes if not isinstance(b, RoundBox)])
    image = draw_page(plain, DPI, ink=ink, paper=paper)
    rounds = [b for b in page.boxes if isinstance(b, RoundBox)]
    if not rounds:
        return image
    layer = Image.new("L", image.size, 255)
    draw = ImageDraw.Draw(layer)
    for b in rounds:
        fill = None if b.fill is None else round(ink + (paper - ink) * b.fill)
        draw.rounded_rectangle((b.x0 * SCALE, b.y0 * SCALE, b.x1 * SCALE, b.y1 * SCALE), b.radius * SCALE,
                               fill=fill, outline=ink if b.stroke else None, width=max(1, round(0.5 * SCALE)))  # fmt: skip
    return Image.fromarray(np.minimum(np.asarray(image), np.asarray(layer)), "L")


def _font(size: int) -> ImageFont.ImageFont:
    for name in (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    ):
        if Path(name).is_file():
            return ImageFont.truetype(name, size)
    return ImageFont.load_default()


# --- a clear ruler lying across the page ------------------------------------------------------------------------------


def ruled(page: Page, rng: random.Random) -> Image.Image:
    paper = rng.randint(232, 246)
    image = render(page, rng.randint(25, 50), paper)
    w, h = image.size
    grey = np.asarray(image, dtype=float)
    angle = math.radians(rng.uniform(4, 25) * rng.choice((-1, 1)))
    cx, cy = rng.uniform(0.25, 0.75) * w, rng.uniform(0.25, 0.75) * h
    width = 3 / 2.54 * DPI
    yy, xx = np.mgrid[0:h, 0:w].astype(float)
    # signed distance across the ruler
    across = -(xx - cx) * math.sin(angle) + (yy - cy) * math.cos(angle)
    under = (across >= 0) & (across <= width)
    dx, dy = rng.randint(2, 4), rng.randint(2, 4)
    shifted = np.roll(np.roll(grey, dy, axis=0), dx, axis=1)
    pale = rng.uniform(8, 16)
    out = np.where(under, shifted + pale * (255 - shifted) / 255 - 4, grey)
    image = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "L")
    draw = ImageDraw.Draw(image)
    edge = rng.randint(50, 90)
    ux, uy = math.cos(angle), math.sin(angle)  # along the ruler
    nx, ny = -math.sin(angle), math.cos(angle)  # across it
    length = 2 * (w + h)
    for off in (0.0, width):
        x0, y0 = cx + nx * off - ux * length, cy + ny * off - uy * length
        draw.line((x0, y0, x0 + 2 * ux * length, y0 + 2 * uy * length), fill=edge, width=rng.randint(2, 3))
    mm = DPI / 25.4
    font = _font(round(DPI * 0.09))
    start = -rng.uniform(0.2, 0.6) * w
    for k in range(0, 301):
        s = start + k * mm
        px, py = cx + ux * s, cy + uy * s
        tick = mm * (4.5 if k % 10 == 0 else 3 if k % 5 == 0 else 1.8)
        draw.line((px, py, px + nx * tick, py + ny * tick), fill=edge + 20, width=1)
        if k % 10 == 0:
            draw.text((px + nx * (tick + 4) - 6, py + ny * (tick + 4)), str(k // 10), fill=edge + 10, font=font)
    out = np.asarray(image, dtype=float) + _noise(rng, (h, w), 3)
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "L")


def clear_ruler(pages: list[Page], path: Path, rng: random.Random) -> int:
    return _save([ruled(page, rng) for page in pages], path, DPI, rng.randint(85, 90))


# --- colour channels out of register ----------------------------------------------------------------------------------


def misregistered(page: Page, rng: random.Random) -> Image.Image:
    paper = rng.randint(236, 248)
    grey = np.asarray(render(page, rng.randint(20, 45), paper), dtype=float)
    h, w = grey.shape

    def shifted(sign: int) -> np.ndarray:
        dx, dy = sign * rng.randint(2, 4), sign * rng.randint(2, 4) * rng.choice((0, 1))
        return np.roll(np.roll(grey, dy, axis=0), dx, axis=1)

    red, blue = shifted(1) + 4, shifted(-1) - 6
    rgb = np.stack([red, grey, blue], axis=2) + _noise(rng, (h, w, 1), 3)
    return Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB")


def rgb_misregister(pages: list[Page], path: Path, rng: random.Random) -> int:
    return _save([misregistered(page, rng) for page in pages], path, DPI, rng.randint(86, 92))


# --- the top sheet of a stapled stack ---------------------------------------------------------------------------------


def stapled(page: Page, rng: random.Random) -> Image.Image:
    paper = rng.randint(230, 244)
    sheet = render(page, rng.randint(25, 50), paper)
    w, h = sheet.size
    reach = [rng.randint(6, 18) for _ in range(rng.randint(2, 3))]
    ex, ey = w - sum(reach), h - sum(reach)  # the top sheet's right and bottom edges
    canvas = Image.new("L", (w, h), rng.randint(60, 90))  # under the lowest sheet, which fills the scan to its edges
    for k in range(len(reach), 0, -1):  # the sheets below, the lowest peeking out furthest
        off = sum(reach[:k])
        mask = Image.new("L", (w, h), 0)
        ImageDraw.Draw(mask).rectangle((0, 0, ex + off, ey + off), fill=255)
        shadow = np.asarray(mask.filter(ImageFilter.GaussianBlur(5)), dtype=float) / 255
        base = np.asarray(canvas, dtype=float)
        layer = np.where(np.asarray(mask) > 0, paper - 5 * k, base * (1 - 0.35 * shadow))
        canvas = Image.fromarray(np.clip(layer, 0, 255).astype(np.uint8), "L")
    top = sheet.resize((ex, ey), Image.BICUBIC)
    top = top.rotate(rng.uniform(0.8, 2.0) * rng.choice((-1, 1)), resample=Image.BICUBIC, center=(20, 20),
                     fillcolor=paper - 5)  # fmt: skip
    canvas.paste(top, (0, 0))
    draw = ImageDraw.Draw(canvas)
    draw.line((ex, 0, ex, ey), fill=paper - 60, width=2)
    draw.line((0, ey, ex, ey), fill=paper - 60, width=2)
    # the staple over the top-left corner, its two dimples at its ends
    sx, sy = rng.uniform(70, 140), rng.uniform(90, 150)
    a = math.radians(rng.uniform(30, 60))
    length = rng.uniform(28, 40) * 2.2
    x1, y1 = sx + math.cos(a) * length, sy - math.sin(a) * length
    draw.line((sx, sy, x1, y1), fill=95, width=6)
    draw.line((sx + 1, sy - 1, x1 + 1, y1 - 1), fill=190, width=2)
    for px, py in ((sx, sy), (x1, y1)):
        draw.ellipse((px - 4, py - 4, px + 4, py + 4), outline=120, width=2)
    out = np.asarray(canvas, dtype=float) + _noise(rng, (h, w), 3)
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "L")


def stapled_stack(pages: list[Page], path: Path, rng: random.Random) -> int:
    return _save([stapled(page, rng) for page in pages], path, DPI, rng.randint(85, 90))


__all__ = ["clear_ruler", "misregistered", "render", "rgb_misregister", "ruled", "stapled", "stapled_stack"]

"""The scanned families: h29_layout's pages drawn into Pillow images and worn with numpy, no text layer.

`feeder_slip` (a grey 200 dpi scan from a document feeder whose rollers slipped: the sheet moved past the sensor at
an uneven speed, so bands of the page are stretched (the print tall and thin) and others squeezed (flat and
crowded), each slip leaving a short smear; a slight skew; Pillow's PDF writer, JPEG); `keystone_phone` (a phone photo
of the sheet lying on a dark desk, taken from the side of the page's foot at a steep angle: strong keystone, the top
of the page much narrower than its foot and the head's lines smaller, a little turned, the light falling off towards
the far edge, the desk showing round the sheet; colour, JPEG); `toner_pencil` (a laser printout with the toner
running low, a pale vertical band down the page where the print is faint and broken, the rest a little mottled,
scanned grey at 200 dpi with a reader's pencil in it: soft grey underlines, a bracket and tick in the margin,
scribbled notes beside some answers; JPEG).
"""

from __future__ import annotations

import random
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout23_forms"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout26_forms"))
from h23_scan import _font, _noise, _save, draw_page  # noqa: E402
from h26_scan import _field, _turned  # noqa: E402
from h29_layout import Page, Turned, text_width  # noqa: E402

DPI = 200


def page_grey(page: Page, dpi: int = DPI) -> Image.Image:
    """The page as a grey image (ink 0, paper 255), its turned texts (tabs, watermarks) drawn at their angles."""
    flat = replace(page, texts=[t for t in page.texts if not isinstance(t, Turned)])
    image = draw_page(flat, dpi, ink=0, paper=255)
    scale = dpi / 72
    for t in page.texts:
        if not isinstance(t, Turned):
            continue
        reach = round((text_width(t.text, t.size, t.bold) + t.size) * scale)
        mask = Image.new("L", (2 * reach, 2 * reach), 0)
        ImageDraw.Draw(mask).text((reach, reach), t.text, font=_font(t.bold, round(t.size * scale)), fill=255,
                                  anchor="ls")  # fmt: skip
        mask = mask.rotate(t.angle, resample=Image.BICUBIC, center=(reach, reach))
        colour = Image.new("L", mask.size, round(255 * t.grey))
        under = Image.new("L", mask.size, 0)
        under.paste(image.crop((round(t.x * scale) - reach, round(t.y * scale) - reach,
                                round(t.x * scale) + reach, round(t.y * scale) + reach)))  # fmt: skip
        if t.grey > 0.5 and t.grey < 1.0:  # a pale mark under the print: it never lightens the ink
            colour = Image.fromarray(np.minimum(np.asarray(colour), np.asarray(under)))
        image.paste(colour, (round(t.x * scale) - reach, round(t.y * scale) - reach), mask)
    return image


def _ink(page: Page) -> np.ndarray:
    return 1 - np.asarray(page_grey(page), dtype=float) / 255


def slipped(ink: np.ndarray, rng: random.Random) -> np.ndarray:
    """`ink` as a slipping feeder reads it: bands stretched where the sheet ran slow, squeezed where it ran fast, a
    smear where it crept."""
    h, w = ink.shape
    speed = np.ones(h)
    for _ in range(rng.randint(3, 6)):
        at, length = rng.randrange(h), rng.randint(h // 30, h // 9)
        factor = rng.choice((rng.uniform(0.62, 0.8), rng.uniform(1.25, 1.5)))
        bump = np.exp(-(((np.arange(h) - at) / length) ** 2))
        speed *= 1 + (factor - 1) * bump
    src = np.cumsum(speed) - speed[0]
    worn = ink[np.clip(src.round().astype(int), 0, h - 1)]
    worn[src >= h] = 0
    slow = np.clip(1 - speed, 0, 1)[:, None]
    smear = np.asarray(Image.fromarray((worn * 255).astype(np.uint8)).filter(ImageFilter.BoxBlur(2)), float) / 255
    return worn * (1 - slow) + smear * slow


def feeder_slip(pages: list[Page], path: Path, rng: random.Random) -> int:
    out = []
    for page in pages:
        worn = slipped(_ink(page), rng)
        h, w = worn.shape
        grey = 242 + _noise(rng, (h, w), 3.0) - 190 * np.clip(worn, 0, 1)
        out.append(_turned(grey, rng, (235,), 0.7))
    return _save(out, path, DPI, rng.randint(76, 86))


def keystone_phone(pages: list[Page], path: Path, rng: random.Random) -> int:
    out = []
    for page in pages:
        sheet = page_grey(page, 170)
        w, h = sheet.size
        paper = np.asarray(sheet, float) / 255
        warm = np.stack([paper * 238 + 12, paper * 232 + 14, paper * 218 + 16], axis=2)
        sheet_rgb = Image.fromarray(np.clip(warm, 0, 255).astype(np.uint8), "RGB")
        W, H = round(w * 1.22), round(h * 1.08)
        inset = rng.uniform(0.13, 0.2) * w  # the far edge, the page's head, seen narrower
        lift = rng.uniform(0.02, 0.05) * H
        corners = [(W / 2 - w / 2 + inset, lift), (W / 2 + w / 2 - inset, lift + rng.uniform(-8, 8)),
                   (W / 2 + w / 2 + 0.06 * w, H - 0.03 * H), (W / 2 - w / 2 - 0.06 * w, H - 0.035 * H)]  # fmt: skip
        # The coefficients mapping the photo's corners back to the sheet's, for Image.transform.
        source = [(0, 0), (w, 0), (w, h), (0, h)]
        rows = []
        for (x, y), (u, v) in zip(corners, source):
            rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
            rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        coeffs = np.linalg.solve(np.array(rows), np.array([c for p in source for c in p], float))
        mask = Image.new("L", (w, h), 255).transform((W, H), Image.PERSPECTIVE, tuple(coeffs), Image.BICUBIC)
        photo = sheet_rgb.transform((W, H), Image.PERSPECTIVE, tuple(coeffs), Image.BICUBIC)
        desk = np.full((H, W, 3), (58.0, 52.0, 48.0)) + _noise(rng, (H, W, 1), 6)
        desk_img = Image.fromarray(np.clip(desk, 0, 255).astype(np.uint8), "RGB")
        desk_img.paste(photo, (0, 0), mask)
        rgb = np.asarray(desk_img, float)
        ys = np.linspace(0, 1, H)[:, None, None]
        light = 0.72 + 0.28 * ys + 0.06 * (_field(rng, H, W, 4)[..., None] - 0.5)  # dimmer at the far edge
        rgb = rgb * light + _noise(rng, (H, W, 3), 3)
        image = _turned(rgb, rng, (58, 52, 48), 2.5).filter(ImageFilter.GaussianBlur(0.6))
        out.append(image)
    return _save(out, path, 170, rng.randint(70, 80))


def _scribble(draw: ImageDraw.ImageDraw, rng: random.Random, x: float, y: float, length: float, size: float) -> None:
    """A pencil note: a cursive-like wavy line of loops, a word or two long."""
    points, t = [], 0.0
    while t < length:
        points.append((x + t + size * 0.25 * np.sin(t / size * 5.1), y - size * 0.5 * abs(np.sin(t / size * 2.3))))
        t += size / 6
    draw.line(points, fill=int(rng.uniform(95, 130)), width=2)


def toner_pencil(pages: list[Page], path: Path, rng: random.Random) -> int:
    out = []
    for page in pages:
        ink = _ink(page)
        h, w = ink.shape
        xs = np.arange(w)[None, :]
        centre, spread = rng.uniform(0.25, 0.75) * w, rng.uniform(0.05, 0.1) * w
        band = rng.uniform(0.55, 0.75) * np.exp(-(((xs - centre) / spread) ** 2))  # the starved strip
        mottle = 0.15 * _field(rng, h, w, 30)
        dropout = np.random.default_rng(rng.randrange(1 << 30)).random((h, w)) < band * 0.35
        strength = ink * (1 - band - mottle)
        strength[dropout] *= 0.3
        grey = 244 + _noise(rng, (h, w), 2.5) - 205 * np.clip(strength, 0, 1)
        image = Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8), "L")
        draw = ImageDraw.Draw(image)
        scale = DPI / 72
        texts = [t for t in page.texts if not isinstance(t, Turned) and len(t.text) > 12 and not t.bold]
        for t in rng.sample(texts, min(len(texts), rng.randint(2, 4))):  # soft underlines under some answers
            x0, y0 = t.x * scale, (t.y + 2.5) * scale
            x1 = x0 + min(text_width(t.text, t.size), 300) * scale * rng.uniform(0.4, 0.9)
            draw.line([(x0, y0 + rng.uniform(-2, 2)), (x1, y0 + rng.uniform(-3, 3))], fill=120, width=2)
        for t in rng.sample(texts, min(len(texts), rng.randint(1, 3))):  # notes in the right margin
            _scribble(draw, rng, w - 0.085 * w, t.y * scale, rng.uniform(0.04, 0.06) * w, 14)
        top = rng.uniform(0.3, 0.6) * h  # a bracket and a tick in the left margin
        draw.line([(40, top), (30, top), (30, top + 160), (40, top + 160)], fill=115, width=2)
        draw.line([(14, top + 60), (22, top + 72), (36, top + 44)], fill=110, width=2)
        out.append(_turned(np.asarray(image, float), rng, (240,), 0.5))
    return _save(out, path, DPI, rng.randint(76, 86))


__all__ = ["DPI", "feeder_slip", "keystone_phone", "page_grey", "slipped", "toner_pencil"]

"""Camera pictures placed at 1 px per pt as a PDF's only page, for the "does this page hold print?" probe
(print_probe, issue #12): a photo of an animal on grass with no print anywhere, and a phone's photo of a printed
form page (perspective, a desk round the sheet, uneven light). Both are drawn here, no one's photo is copied.

    picture_without_print(width, height, seed)   grey numpy image: dark ground, a pale furry shape, grass blades
    photographed_form(width, height, seed)       grey numpy image: a printed form page photographed on a desk
    image_pdf(image, path)                       a PDF of one page holding `image` at 1 px per pt (JPEG)
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from fixturegen.photos import on_desk, shaded

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIELDS = (
    ("Stadsdelsnämnd", "Skärholmen"),
    ("Projektets namn", "Sommarkollo i Bredäng"),
    ("Beviljat belopp", "120 000 kronor"),
    ("Utfall", "118 500 kronor"),
    ("Kontaktperson", "Anna Lindqvist"),
    ("Målgrupp", "Barn och unga 10-15 år"),
    ("Resultat", "Fyrtio deltagare varje vecka under sommaren"),
    ("Samverkan", "Föreningar och fritidsgården"),
)


def picture_without_print(width: int = 1800, height: int = 1200, seed: int = 0):
    """A camera's photo with no print in it: a dark blurred ground, grass of short blades lit and shaded, and a
    pale furry shape with dark eyes (grey, uint8)."""
    rng = np.random.default_rng(seed)
    ys, xs = np.mgrid[0:height, 0:width]
    pixels = 35 + 25 * (ys / height) + rng.normal(0, 4, (height, width))
    grass = Image.new("L", (width, height), 0)
    draw = ImageDraw.Draw(grass)
    for _ in range(width * height // 120):  # blades on the lower half, lighter and darker than the ground
        x, y = int(rng.integers(0, width)), int(rng.integers(height // 2, height))
        lean, length = rng.normal(0, 4), rng.integers(6, 30)
        draw.line((x, y, x + lean, y - length), fill=int(rng.integers(20, 150)), width=int(rng.integers(1, 3)))
    blades = np.asarray(grass, np.float32)
    pixels = np.where(blades > 0, blades + 20, pixels)
    body = ((xs - width * 0.6) / (width * 0.16)) ** 2 + ((ys - height * 0.5) / (height * 0.32)) ** 2 < 1
    fur = 200 + 30 * np.sin(xs / 3.0 + rng.random()) * np.cos(ys / 4.0) + rng.normal(0, 18, (height, width))
    pixels = np.where(body, fur, pixels)
    for dx in (-0.05, 0.05):  # two dark eyes and a nose
        eye = ((xs - width * (0.6 + dx)) ** 2 + (ys - height * 0.38) ** 2) < (height * 0.02) ** 2
        pixels = np.where(eye, 25, pixels)
    nose = ((xs - width * 0.6) ** 2 + (ys - height * 0.46) ** 2) < (height * 0.025) ** 2
    pixels = np.where(nose, 20, pixels)
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L")
    return np.asarray(image.filter(ImageFilter.GaussianBlur(1.0)))


def printed_form(width: int, height: int):
    """A form page as printed: a title, then label and answer pairs on rules (grey, uint8)."""
    page = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(page)
    size = max(12, width // 45)
    regular, bold = ImageFont.truetype(FONT, size), ImageFont.truetype(BOLD, round(size * 1.4))
    margin = width // 12
    draw.text((margin, height // 14), "Uppföljning av bidrag 2024", font=bold, fill=20)
    top = height // 6
    for label, answer in FIELDS:
        draw.text((margin, top), f"{label}:", font=regular, fill=30)
        draw.text((margin + width * 0.36, top), answer, font=regular, fill=30)
        rule = top + round(size * 1.5)
        draw.line((margin + width * 0.35, rule, width - margin, rule), fill=90, width=2)
        top += round(size * 3.2)
    return np.asarray(page)


def photographed_form(width: int = 1500, height: int = 2000, seed: int = 0):
    """`printed_form` photographed with a phone: the sheet in perspective on a desk, lit unevenly, the camera's
    noise and softness (grey, uint8; the frame `width` x `height`)."""
    rng = np.random.default_rng(seed)
    page = printed_form(width, height)
    sheet = (
        (width * 0.06, height * 0.04),
        (width * 0.95, height * 0.06),
        (width * 0.97, height * 0.97),
        (width * 0.03, height * 0.95),
    )
    photo = shaded(on_desk(page, sheet), paper=228, darkest=0.62).astype(np.float32)
    photo += rng.normal(0, 5, photo.shape)
    image = Image.fromarray(np.clip(photo, 0, 255).astype(np.uint8), "L")
    return np.asarray(image.filter(ImageFilter.GaussianBlur(0.8)))


def image_pdf(image, path: str | Path) -> Path:
    """A PDF whose one page holds `image` (grey numpy) at 1 px per pt, as a camera's JPEG placed by a converter."""
    path = Path(path)
    Image.fromarray(image).convert("RGB").save(path, "PDF", resolution=72.0, quality=88)
    return path

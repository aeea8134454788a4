"""Wear on a scanned sheet (tuning fixtures): a fold's crease and a coffee cup's ring.

- the crease: the sheet folded in half across its long side (near its middle) or along it, opened and scanned: a
  thin dark line where the paper broke, a light one beside it, and a soft shadow either side;
- the ring: a cup set down on the sheet: a brownish ring a few points wide, its inside tinted a little.
"""

from __future__ import annotations

import random


def worn(canvas, rng: random.Random, crease: bool, stain: bool, dark_ring: bool = False):
    """`canvas` (a grey or RGB PIL image, 72 pt = its dpi unknown: sizes are shares of its short side) with a
    crease and/or a coffee ring (`dark_ring`: a dried ring, its rim a dark grey line a few points wide as sharp
    as print, its inside untinted)."""
    from PIL import Image, ImageDraw, ImageFilter

    width, height = canvas.size
    short = min(width, height)
    if crease:
        across = rng.random() < 0.7  # a sheet is folded in half across its long side more often than along it
        place = rng.uniform(0.46, 0.54)
        shade = Image.new("L", (width, height), 0)
        draw = ImageDraw.Draw(shade)
        band = max(2, round(short * rng.uniform(0.006, 0.012)))
        if (width > height) == across:  # the fold runs down the sheet
            x = round(width * place)
            draw.rectangle((x - band, 0, x + band, height), fill=rng.randint(25, 45))
            shade = shade.filter(ImageFilter.GaussianBlur(band))
            line = (x, 0, x, height)
        else:
            y = round(height * place)
            draw.rectangle((0, y - band, width, y + band), fill=rng.randint(25, 45))
            shade = shade.filter(ImageFilter.GaussianBlur(band))
            line = (0, y, width, y)
        dark = Image.new(canvas.mode, canvas.size, 0)
        canvas = Image.composite(dark, canvas, shade)
        draw = ImageDraw.Draw(canvas)
        thin = max(1, round(short / 1500))
        grey = rng.randint(110, 160)
        draw.line(line, fill=grey if canvas.mode == "L" else (grey, grey, grey), width=thin)
    if stain:
        radius = round(short * rng.uniform(0.07, 0.12))
        cx, cy = round(width * rng.uniform(0.2, 0.8)), round(height * rng.uniform(0.2, 0.8))
        ring = Image.new("L", (width, height), 0)
        draw = ImageDraw.Draw(ring)
        draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=0 if dark_ring else 18)
        rim = max(2, round(radius * rng.uniform(0.02, 0.04) if dark_ring else radius * rng.uniform(0.04, 0.08)))
        outline = rng.randint(150, 190) if dark_ring else rng.randint(70, 110)
        draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), outline=outline, width=rim)
        ring = ring.filter(ImageFilter.GaussianBlur(1 if dark_ring else max(1, rim // 2)))
        tone = 60 if dark_ring else 120
        coffee = Image.new(canvas.mode, canvas.size, tone if canvas.mode == "L" else (tone + 20, tone - 20, tone // 2))
        canvas = Image.composite(coffee, canvas, ring)
    return canvas

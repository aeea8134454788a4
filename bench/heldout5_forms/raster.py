"""An image-only copy of a PDF: pages rendered, turned a little, speckled, saved by Pillow."""

from __future__ import annotations

import random
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageFilter


def rasterise(src: Path, dst: Path, rng: random.Random) -> dict:
    dpi = rng.choice((200, 240, 300))
    angle = rng.uniform(-1.5, 1.5)
    noise = rng.uniform(0.002, 0.01)
    pdf = pdfium.PdfDocument(str(src))
    pages = []
    for page in pdf:
        image = page.render(scale=dpi / 72).to_pil().convert("L")
        image = image.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        if rng.random() < 0.5:
            image = image.filter(ImageFilter.GaussianBlur(radius=0.6))
        pixels = image.load()
        w, h = image.size
        speck = random.Random(rng.random())
        for _ in range(int(w * h * noise / 20)):  # dust: small dark dots
            x, y = speck.randrange(w), speck.randrange(h)
            pixels[x, y] = speck.randrange(0, 120)
        pages.append(image)
    pdf.close()
    pages[0].save(dst, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])
    return {"dpi": dpi, "skew": round(angle, 2), "noise": round(noise, 4)}

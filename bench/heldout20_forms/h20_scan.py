"""The image-only families: the laid-out pages (h16_layout) drawn into Pillow images with FreeType (the seventeenth
generator's `draw_page`), degraded with numpy, no text layer.
`date_stamp` (a colour office scan at 200 dpi: a red or violet rubber date stamp, a frame round "INKOM" and a date,
pressed half over an answer's lines, and a paper clip's grey shadow at the top edge; saved by Pillow);
`thermal_streaks` (a thermal fax print at 204 × 196 dpi, thresholded to black and white, the paper a little grey,
with three to seven dead print-head columns drawn as white vertical streaks through the text; stored by img2pdf as
lossless 1-bit PNG pages); `four_a6` (the form printed four pages to a sheet, A6 on A4, two by two, dashed cut marks
between them, scanned grey at 300 dpi; a form of fewer than four pages leaves quadrants empty; saved by Pillow).
"""

from __future__ import annotations

import io
import random
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout17_forms"))
from h16_layout import FONTS, Page, text_width  # noqa: E402
from h17_scan import _noise, draw_page  # noqa: E402


def img2pdf_available() -> bool:
    try:
        import img2pdf  # noqa: F401
    except ImportError:
        return False
    return True


def _save(images: list[Image.Image], path: Path, dpi: int, quality: int) -> int:
    images[0].save(path, "PDF", save_all=True, append_images=images[1:], resolution=dpi, quality=quality)
    return len(images)


def _stamp(rng: random.Random, year: int, scale: float) -> Image.Image:
    """A rubber date stamp: a rounded frame, "INKOM" above a date, uneven ink; RGBA, the ink in the alpha."""
    w, h = round(118 * scale), round(50 * scale)
    stamp = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(stamp)
    draw.rounded_rectangle((2, 2, w - 3, h - 3), radius=round(6 * scale), outline=255, width=max(2, round(2 * scale)))
    font = ImageFont.truetype(FONTS[True], round(13 * scale))
    draw.text((w / 2, h * 0.36), "INKOM", font=font, fill=255, anchor="mm")
    date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    draw.text((w / 2, h * 0.72), date, font=ImageFont.truetype(FONTS[False], round(12 * scale)), fill=255, anchor="mm")
    ink = np.asarray(stamp, dtype=float) * np.clip(0.75 + _noise(rng, (h, w), 0.25), 0.2, 1)
    stamp = Image.fromarray(np.clip(ink, 0, 255).astype(np.uint8), "L").rotate(
        rng.uniform(-12, 12), expand=True, resample=Image.BICUBIC
    )
    colour = rng.choice(((190, 30, 40), (110, 50, 150)))
    out = Image.new("RGBA", stamp.size, colour + (0,))
    out.putalpha(stamp.point(lambda v: int(v * 0.85)))
    return out


def _clip_shadow(image: Image.Image, rng: random.Random, scale: float) -> Image.Image:
    """A paper clip's shadow at the top edge: two nested grey loops, blurred."""
    shade = Image.new("L", image.size, 0)
    draw = ImageDraw.Draw(shade)
    x = round(rng.uniform(0.25, 0.7) * image.width)
    w, length = round(12 * scale), round(rng.uniform(55, 75) * scale)
    for inset in (0, round(3.5 * scale)):
        draw.rounded_rectangle(
            (x + inset, -round(20 * scale) + inset, x + w - inset, length - inset), radius=w // 2, outline=110, width=3
        )
    shade = shade.filter(ImageFilter.GaussianBlur(2.5))
    return Image.composite(Image.new("RGB", image.size, (95, 95, 100)), image, shade)


def date_stamp(pages: list[Page], path: Path, rng: random.Random, year: int) -> int:
    dpi, out = 200, []
    scale = dpi / 72
    for n, page in enumerate(pages):
        grey = np.asarray(draw_page(page, dpi, ink=22, paper=255), dtype=float)[..., None] / 255
        rgb = np.array((30, 30, 38), dtype=float) + grey * np.array((214, 214, 208), dtype=float)
        rgb += _noise(rng, (rgb.shape[0], rgb.shape[1], 1), 3)
        image = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB")
        answers = [r for r in page.runs if r.kind == "answer"] or page.runs
        anchor = answers[min(len(answers) - 1, rng.randint(0, 3))] if n == 0 else rng.choice(answers)
        stamp = _stamp(rng, year, scale)
        x = round((anchor.left + rng.uniform(0.2, 0.6) * text_width(anchor.text, anchor.size)) * scale)
        y = round((anchor.y - anchor.size) * scale) - stamp.height // 3
        x, y = max(0, min(x, image.width - stamp.width)), max(0, min(y, image.height - stamp.height))
        image.paste(stamp, (x, y), stamp)
        if n == 0:
            image = _clip_shadow(image, rng, scale)
        out.append(image)
    return _save(out, path, dpi, rng.randint(72, 88))


def thermal_streaks(pages: list[Page], path: Path, rng: random.Random) -> int:
    import img2pdf

    xdpi, ydpi = 204, 196
    frames = []
    for page in pages:
        grey = draw_page(page, xdpi, ink=0, paper=255)
        grey = grey.resize((grey.width, round(grey.height * ydpi / xdpi)), Image.BILINEAR)
        pixels = np.asarray(grey, dtype=float) + _noise(rng, (grey.height, grey.width), 18)
        ink = pixels < rng.uniform(120, 150)
        for _ in range(rng.randint(3, 7)):  # dead heating elements: columns that never print
            x = rng.randrange(40, grey.width - 40)
            ink[:, x : x + rng.randint(1, 4)] = False
        image = Image.fromarray(np.where(ink, 0, 255).astype(np.uint8), "L").convert("1")
        buffer = io.BytesIO()
        image.save(buffer, "PNG", dpi=(xdpi, ydpi))
        frames.append(buffer.getvalue())
    path.write_bytes(img2pdf.convert(frames))
    return len(frames)


def four_a6(pages: list[Page], path: Path, rng: random.Random) -> int:
    dpi = 300
    scale = dpi / 72
    sheet_w, sheet_h = round(595 * scale), round(842 * scale)
    out = []
    for first in range(0, len(pages), 4):
        sheet = Image.new("L", (sheet_w, sheet_h), 248)
        for k, page in enumerate(pages[first : first + 4]):
            small = draw_page(page, dpi // 2, ink=25, paper=248)  # A4 drawn at A6 size
            small = small.rotate(rng.uniform(-0.4, 0.4), fillcolor=248, resample=Image.BICUBIC)
            col, row = k % 2, k // 2
            sheet.paste(
                small,
                (
                    col * sheet_w // 2 + (sheet_w // 2 - small.width) // 2,
                    row * sheet_h // 2 + (sheet_h // 2 - small.height) // 2,
                ),
            )
        draw = ImageDraw.Draw(sheet)
        for t in range(0, sheet_h, 24):  # dashed cut marks between the quarters
            draw.line((sheet_w // 2, t, sheet_w // 2, t + 12), fill=150, width=2)
        for t in range(0, sheet_w, 24):
            draw.line((t, sheet_h // 2, t + 12, sheet_h // 2), fill=150, width=2)
        pixels = np.asarray(sheet, dtype=float) + _noise(rng, (sheet_h, sheet_w), 4)
        out.append(Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L"))
    return _save(out, path, dpi, rng.randint(70, 85))
